import { Query, type Language, type Node, type QueryMatch } from 'web-tree-sitter';
import { InterpretedQuery } from '../../../server/out/core/query-interpreter/query';

/** One match as a line: pattern index, then each capture's name and node id, in order. */
export function matchKey(m: QueryMatch): string {
  return `${m.patternIndex}|${m.captures.map((c) => `${c.name}=${c.node.id}`).join(',')}`;
}

/** A readable form of a match, for assertion messages and semantics tests. */
export function matchText(m: QueryMatch): string {
  return `${m.patternIndex}: ${m.captures.map((c) => `@${c.name}=${c.node.type}:${JSON.stringify(c.node.text.slice(0, 40))}`).join(' ')}`;
}

export interface Parity {
  /** Matches in tree-sitter's order, as matchKey lines. */
  treeSitter: string[];
  interpreter: string[];
  /** Empty when both agree on everything: metadata, match set and order. */
  differences: string[];
  /**
   * The interpreter could not be sure of this tree (a state tree-sitter keeps or not by its
   * grammar analysis mattered) and answered with tree-sitter's query: `interpreter` is then
   * tree-sitter's answer, not the interpreter's.
   */
  uncertain: boolean;
}

/**
 * Runs one query source both ways on `root`: web-tree-sitter's Query and the interpreter.
 * Compares what the engine reads of a query (capture names, pattern count, predicates,
 * #set! properties) and every match with its captures, in order.
 */
export function compareQuery(language: Language, source: string, root: Node, queries?: { ts: Query; int: InterpretedQuery }): Parity {
  const ts = queries?.ts ?? new Query(language, source);
  const int = queries?.int ?? new InterpretedQuery(language, source);
  const differences: string[] = [];
  try {
    if (JSON.stringify(ts.captureNames) !== JSON.stringify(int.captureNames)) differences.push(`capture names: ${ts.captureNames} vs ${int.captureNames}`);
    if (ts.patternCount() !== int.patternCount()) differences.push(`pattern count: ${ts.patternCount()} vs ${int.patternCount()}`);
    for (let i = 0; i < Math.min(ts.patternCount(), int.patternCount()); i++) {
      const a = JSON.stringify(ts.predicatesForPattern(i));
      const b = JSON.stringify(int.predicatesForPattern(i));
      if (a !== b) differences.push(`predicates of pattern ${i}: ${a} vs ${b}`);
      const pa = JSON.stringify(ts.setProperties[i] ?? null);
      const pb = JSON.stringify(int.setProperties[i] ?? null);
      if (pa !== pb) differences.push(`#set! of pattern ${i}: ${pa} vs ${pb}`);
      if (ts.startIndexForPattern(i) !== int.startIndexForPattern(i) && !/[^\x00-\x7f]/.test(source)) {
        differences.push(`start of pattern ${i}: ${ts.startIndexForPattern(i)} vs ${int.startIndexForPattern(i)}`);
      }
    }
    const tsMatches = ts.matches(root);
    const uncertainBefore = int.uncertainRuns;
    const intMatches = int.matches(root);
    const uncertain = int.uncertainRuns > uncertainBefore;
    const treeSitter = tsMatches.map(matchKey);
    const interpreter = intMatches.map(matchKey);
    if (treeSitter.join('\n') !== interpreter.join('\n')) {
      const onlyTs = tsMatches.filter((m) => !interpreter.includes(matchKey(m))).map(matchText);
      const onlyInt = intMatches.filter((m) => !treeSitter.includes(matchKey(m))).map(matchText);
      differences.push(onlyTs.length || onlyInt.length
        ? `matches only tree-sitter finds: ${onlyTs.slice(0, 5).join(' | ') || 'none'}; only the interpreter: ${onlyInt.slice(0, 5).join(' | ') || 'none'}`
        : `same ${treeSitter.length} matches in another order`);
    }
    return { treeSitter, interpreter, differences, uncertain };
  } finally {
    if (!queries) ts.delete();
  }
}
