import { Query, type Language } from 'web-tree-sitter';
import { ConfigError } from './config-error';
import { isKnownPredicate } from './predicates';
import type { Rule } from './rule';
import { WordLists } from './word-lists';
import type { GrammarId, RuleLanguage } from './types';

/**
 * Each rule's query compiled once per grammar (TypeScript queries serve both the
 * `typescript` and `tsx` grammars) and kept for the life of the process.
 */
export class QueryCache {
  /** A query that failed to compile is remembered as its error: no retry per file. */
  private readonly cache = new Map<string, Query | Error>();
  private readonly timings: QueryCompileTime[] = [];

  get(rule: Rule, language: RuleLanguage, grammar: GrammarId, tsLanguage: Language, lists: WordLists = new WordLists()): Query {
    const key = `${rule.id}\u0000${grammar}`;
    let query = this.cache.get(key);
    if (!query) {
      const t0 = performance.now();
      try {
        query = compileQuery(rule, language, tsLanguage, lists);
      } catch (e) {
        query = e as Error;
      }
      this.timings.push({
        ruleId: rule.id, grammar, ms: performance.now() - t0,
        patterns: query instanceof Error ? 0 : query.patternCount(),
      });
      this.cache.set(key, query);
    }
    if (query instanceof Error) throw query;
    return query;
  }

  /** Every compilation so far, in order: what cold start pays per rule (the bench reports it). */
  compileTimes(): readonly QueryCompileTime[] {
    return this.timings;
  }
}

export interface QueryCompileTime {
  ruleId: string;
  grammar: GrammarId;
  ms: number;
  patterns: number;
}

export function compileQuery(rule: Rule, language: RuleLanguage, tsLanguage: Language, lists: WordLists = new WordLists()): Query {
  const src = rule.querySources[language];
  if (!src) throw new Error(`rule ${rule.id} has no ${language} query`);
  let query: Query;
  try {
    query = new Query(tsLanguage, src.source);
  } catch (e) {
    const err = e as Error & { index?: number };
    const line = typeof err.index === 'number' ? src.source.slice(0, err.index).split('\n').length : 0;
    throw new ConfigError(src.file, line, `query does not compile: ${err.message}`);
  }
  const stray = strayPredicateLine(src.source);
  if (stray) {
    throw new ConfigError(src.file, stray, 'a predicate stands outside any pattern, so it filters nothing: ' +
      'wrap the pattern and its predicates in one pair of parentheses, e.g. ((call) @finding (#eq? @finding "x"))');
  }
  const names = query.captureNames;
  if (names.includes('source') !== names.includes('sink')) {
    throw new ConfigError(src.file, 0, `a flow needs both @source and @sink captures; this query has only @${names.includes('source') ? 'source' : 'sink'}`);
  }
  if (!names.includes('finding') && !(names.includes('source') && names.includes('sink'))) {
    throw new ConfigError(src.file, 0, 'the query has neither a @finding capture nor @source and @sink captures, so nothing would be reported');
  }
  checkVariants(rule, query, src);
  // `(#set! through "LIST")` names the word list of a flow's derived steps (dataflow/derived.ts).
  for (let i = 0; i < query.patternCount(); i++) {
    for (const property of ['through', 'through-arguments']) {
      const through = query.setProperties[i]?.[property];
      if (through === undefined) continue;
      const missing = (through ?? '').split(',').find((n) => !lists.has(n.trim()));
      if (missing === undefined) continue;
      const line = src.source.split('\n').findIndex((l) => l.includes(`#set! ${property} "${through}"`)) + 1;
      throw new ConfigError(src.file, line, `(#set! ${property} "${through}") names no word list (lists: ${lists.names().join(', ') || 'none'})`);
    }
  }
  for (let i = 0; i < query.patternCount(); i++) {
    for (const p of query.predicatesForPattern(i)) {
      if (!isKnownPredicate(p.operator)) {
        const line = src.source.split('\n').findIndex((l) => l.includes(`#${p.operator}`)) + 1;
        throw new ConfigError(src.file, line, `unknown predicate #${p.operator}`);
      }
      // Word lists named by `"list:NAME"` or `#sc-in-list?` must exist (server/rules/_lists/).
      for (const operand of p.operands) {
        if (operand.type !== 'string') continue;
        const names = p.operator === 'sc-in-list?' || p.operator === 'sc-not-in-list?' ? WordLists.namesIn(operand.value) : WordLists.referencedBy(operand.value);
        const missing = names.find((n) => !lists.has(n.trim()));
        if (missing) {
          const line = src.source.split('\n').findIndex((l) => l.includes(missing)) + 1;
          throw new ConfigError(src.file, line, `unknown word list '${missing}' (lists: ${lists.names().join(', ') || 'none'})`);
        }
      }
    }
  }
  return query;
}

/** The variant a pattern selects with `(#set! variant "<name>")`, if any. */
export function variantOf(query: Query, patternIndex: number): string | undefined {
  return query.setProperties[patternIndex]?.['variant'] ?? undefined;
}

/** Every `(#set! variant "<name>")` must name a variant declared in rule.yaml. */
function checkVariants(rule: Rule, query: Query, src: { file: string; source: string }): void {
  const known = Object.keys(rule.variants ?? {});
  for (let i = 0; i < query.patternCount(); i++) {
    const props = query.setProperties[i];
    if (!props || !('variant' in props)) continue;
    const name = props['variant'];
    if (name && known.includes(name)) continue;
    const lines = src.source.split('\n');
    const at = lines.findIndex((l) => !/^\s*;/.test(l) && /#set!\s+variant\b/.test(l) && (name === null || l.includes(`"${name}"`))) + 1;
    throw new ConfigError(src.file, at, name === null
      ? '(#set! variant) needs a name: (#set! variant "<name>")'
      : `(#set! variant "${name}") names no variant of rule.yaml (${known.length ? `declared: ${known.join(', ')}` : 'it declares none'})`);
  }
}

/**
 * tree-sitter accepts `(node) @finding (#eq? @finding "x")` at the top level, but then the
 * predicate becomes a pattern of its own and the node pattern matches unfiltered: a silent
 * false-positive generator. Returns the 1-based line of the first such predicate.
 */
export function strayPredicateLine(source: string): number | undefined {
  let depth = 0;
  let line = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') line++;
    else if (c === ';') { while (i + 1 < source.length && source[i + 1] !== '\n') i++; }
    else if (c === '"') { for (i++; i < source.length && source[i] !== '"'; i++) if (source[i] === '\\') i++; }
    else if (c === '(' || c === '[') {
      if (depth === 0 && c === '(' && /^\(\s*#/.test(source.slice(i, i + 40))) return line;
      depth++;
    } else if (c === ')' || c === ']') depth--;
  }
  return undefined;
}
