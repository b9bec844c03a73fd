import { Query, type Language } from 'web-tree-sitter';
import { ConfigError } from './config-error';
import { isKnownPredicate } from './predicates';
import type { Rule } from './rule';
import type { GrammarId, RuleLanguage } from './types';

/**
 * Each rule's query compiled once per grammar (TypeScript queries serve both the
 * `typescript` and `tsx` grammars) and kept for the life of the process.
 */
export class QueryCache {
  /** A query that failed to compile is remembered as its error: no retry per file. */
  private readonly cache = new Map<string, Query | Error>();
  private readonly timings: QueryCompileTime[] = [];

  get(rule: Rule, language: RuleLanguage, grammar: GrammarId, tsLanguage: Language): Query {
    const key = `${rule.id}\u0000${grammar}`;
    let query = this.cache.get(key);
    if (!query) {
      const t0 = performance.now();
      try {
        query = compileQuery(rule, language, tsLanguage);
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

export function compileQuery(rule: Rule, language: RuleLanguage, tsLanguage: Language): Query {
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
  if (!query.captureNames.includes('finding')) {
    throw new ConfigError(src.file, 0, 'the query has no @finding capture, so nothing would be reported');
  }
  for (let i = 0; i < query.patternCount(); i++) {
    for (const p of query.predicatesForPattern(i)) {
      if (!isKnownPredicate(p.operator)) {
        const line = src.source.split('\n').findIndex((l) => l.includes(`#${p.operator}`)) + 1;
        throw new ConfigError(src.file, line, `unknown predicate #${p.operator}`);
      }
    }
  }
  return query;
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
