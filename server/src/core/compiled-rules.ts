import { Query, type Language } from 'web-tree-sitter';
import { ConfigError } from './config-error';
import { isKnownPredicate } from './predicates';
import { QuerySourceError } from './query-interpreter/errors';
import { InterpretedQuery } from './query-interpreter/query';
import type { RuleQuery } from './rule-query';
import type { Rule } from './rule';
import { WordLists } from './word-lists';
import type { GrammarId, RuleLanguage } from './types';

/**
 * Which engine runs a rule's query. Both give the same matches (test/src/query-interpreter*):
 *
 * - 'interpreter' (query-interpreter/): ready in about a millisecond. It copies each file's
 *   tree into flat arrays once (shared by every rule run on the file), which costs about as
 *   much as tree-sitter's matching of one query.
 * - 'tree-sitter': web-tree-sitter's Query. Building one analyses every pattern against the
 *   grammar's parse table: 30–370 ms a rule (Swift the most), which dominated a cold start.
 */
export type QueryTier = 'interpreter' | 'tree-sitter';

/**
 * When a rule moves from the interpreter to tree-sitter's compiled query. A rule starts
 * interpreted, so no file waits for `new Query`; it is compiled once the interpreter has
 * matched it against `compileAfterChars` characters of source (the files its triggers
 * selected), counting the file about to be analysed: from then on compiling costs less than
 * interpreting the rest would (the ski-rental rule). Measured per language
 * (bench/RESULTS.md, "Query interpreter"): compiling a rule costs 25 / 53 / 261 / 37 ms of CPU
 * (Java / Kotlin / Swift / TypeScript, a large scan's V8 flags), interpreting costs 88 / 99 /
 * 117 / 126 ms more than compiled matching per MB of source a rule runs on; so about
 * 0.3 / 0.5 / 2.2 / 0.3 MB. A small scan stays interpreted (INTERPRETER_ONLY); a
 * repository scan compiles its Java, Kotlin and TypeScript rules after the first few dozen
 * files that trigger them, its Swift rules seldom. Where:
 *
 * - 'inline': before the next file that needs the rule (the command line).
 * - 'idle': only by compileDue(), which an editor calls when no document waits (the
 *   language server), so no keystroke waits for a compilation either.
 */
export interface TieringPolicy {
  compileAfterChars: Readonly<Record<RuleLanguage, number>>;
  compile: 'inline' | 'idle';
}

export const DEFAULT_TIERING: TieringPolicy = {
  compileAfterChars: { java: 300_000, kotlin: 500_000, swift: 2_000_000, typescript: 300_000 },
  compile: 'inline',
};

/**
 * Never leaves the interpreter: a small scan (below LARGE_SCAN_BYTES, server/src/node/
 * wasm-tiering.ts), where WebAssembly runs in Liftoff only and compiling a query costs 2–3×
 * the figures above, and tests.
 */
export const INTERPRETER_ONLY: TieringPolicy = {
  compileAfterChars: { java: Infinity, kotlin: Infinity, swift: Infinity, typescript: Infinity },
  compile: 'idle',
};

interface CacheEntry {
  rule: Rule;
  language: RuleLanguage;
  grammar: GrammarId;
  tsLanguage: Language;
  /** What runs now: interpreted until compiled; a query that fails to build is remembered as its error. */
  current: RuleQuery | Error;
  tier: QueryTier;
  /** Characters of source the interpreter has matched this query against. */
  interpretedChars: number;
}

/**
 * Each rule's query once per grammar (TypeScript queries serve both the `typescript` and
 * `tsx` grammars), kept for the life of the process: interpreted first, compiled by
 * tree-sitter once that pays off (TieringPolicy).
 */
export class QueryCache {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly timings: QueryCompileTime[] = [];

  constructor(private policy: TieringPolicy = DEFAULT_TIERING) {}

  /** Changes the policy (e.g. once a command line knows how much it will scan). */
  setPolicy(policy: TieringPolicy): void {
    this.policy = policy;
  }

  /**
   * The rule's query, to run on `chars` characters of source: accounted for the policy, and
   * with 'inline' compilation the moment to compile when due. Throws the query's error.
   */
  get(rule: Rule, language: RuleLanguage, grammar: GrammarId, tsLanguage: Language, lists: WordLists = new WordLists(), chars = 0): RuleQuery {
    const entry = this.entry(rule, language, grammar, tsLanguage, lists);
    if (entry.tier === 'interpreter' && !(entry.current instanceof Error)) {
      entry.interpretedChars += chars;
      if (this.policy.compile === 'inline' && this.isDue(entry)) this.compileEntry(entry, lists);
    }
    if (entry.current instanceof Error) throw entry.current;
    return entry.current;
  }

  /** The tier a rule's query runs in now, if it was built. */
  tierOf(rule: Rule, grammar: GrammarId): QueryTier | undefined {
    return this.cache.get(keyOf(rule, grammar))?.tier;
  }

  /** Interpreted queries whose use calls for compiling them ('idle' policy). */
  due(): { ruleId: string; grammar: GrammarId }[] {
    return [...this.cache.values()].filter((e) => this.isDue(e)).map((e) => ({ ruleId: e.rule.id, grammar: e.grammar }));
  }

  /** Compiles a rule's query with tree-sitter now (idle time, benches); it runs compiled from then on. */
  compile(rule: Rule, language: RuleLanguage, grammar: GrammarId, tsLanguage: Language, lists: WordLists = new WordLists()): void {
    const entry = this.entry(rule, language, grammar, tsLanguage, lists);
    if (entry.tier === 'interpreter' && !(entry.current instanceof Error)) this.compileEntry(entry, lists);
  }

  /** Every query built so far, in order, with its tier: what cold start pays per rule (the bench reports it). */
  compileTimes(): readonly QueryCompileTime[] {
    return this.timings;
  }

  private entry(rule: Rule, language: RuleLanguage, grammar: GrammarId, tsLanguage: Language, lists: WordLists): CacheEntry {
    const key = keyOf(rule, grammar);
    let entry = this.cache.get(key);
    if (!entry) {
      const t0 = performance.now();
      let current: RuleQuery | Error;
      let tier: QueryTier = 'interpreter';
      // When the interpreter cannot be sure of a file's matches, tree-sitter's query answers,
      // and runs the rule from then on (it is compiled anyway).
      const fallback = (): RuleQuery => {
        const e = this.cache.get(key)!;
        if (e.tier === 'interpreter') this.compileEntry(e, lists);
        if (e.current instanceof Error) throw e.current;
        return e.current;
      };
      try {
        current = interpretQuery(rule, language, tsLanguage, lists, fallback);
      } catch (e) {
        current = e as Error;
      }
      // What the interpreter cannot run (UnsupportedQueryError), or a broken query: tree-sitter
      // decides, so a rule's error is always the one the compiled query gives.
      if (current instanceof Error) {
        tier = 'tree-sitter';
        try {
          current = compileQuery(rule, language, tsLanguage, lists);
        } catch (e) {
          current = e as Error;
        }
      }
      this.record(rule, grammar, tier, t0, current);
      entry = { rule, language, grammar, tsLanguage, current, tier, interpretedChars: 0 };
      this.cache.set(key, entry);
    }
    return entry;
  }

  private isDue(entry: CacheEntry): boolean {
    return entry.tier === 'interpreter' && !(entry.current instanceof Error) && entry.interpretedChars >= this.policy.compileAfterChars[entry.language];
  }

  private compileEntry(entry: CacheEntry, lists: WordLists): void {
    const t0 = performance.now();
    let compiled: RuleQuery | Error;
    try {
      compiled = compileQuery(entry.rule, entry.language, entry.tsLanguage, lists);
    } catch (e) {
      compiled = e as Error;
    }
    this.record(entry.rule, entry.grammar, 'tree-sitter', t0, compiled);
    entry.tier = 'tree-sitter';
    // Should tree-sitter refuse a query the interpreter accepted (a pattern its analysis finds
    // impossible), its verdict wins, as when the query was compiled first.
    entry.current = compiled;
  }

  private record(rule: Rule, grammar: GrammarId, tier: QueryTier, t0: number, query: RuleQuery | Error): void {
    this.timings.push({
      ruleId: rule.id, grammar, tier, ms: performance.now() - t0,
      patterns: query instanceof Error ? 0 : query.patternCount(),
    });
  }
}

const keyOf = (rule: Rule, grammar: GrammarId): string => `${rule.id}\u0000${grammar}`;

export interface QueryCompileTime {
  ruleId: string;
  grammar: GrammarId;
  /** 'interpreter': parsing the query for the interpreter; 'tree-sitter': `new Query`. */
  tier: QueryTier;
  ms: number;
  patterns: number;
}

/** A rule's query compiled by tree-sitter, checked (compileQuery's checks below). */
export function compileQuery(rule: Rule, language: RuleLanguage, tsLanguage: Language, lists: WordLists = new WordLists()): Query {
  const src = sourceOf(rule, language);
  checkStrayPredicates(src);
  let query: Query;
  try {
    query = new Query(tsLanguage, src.source);
  } catch (e) {
    const err = e as Error & { index?: number };
    const line = typeof err.index === 'number' ? src.source.slice(0, err.index).split('\n').length : 0;
    throw new ConfigError(src.file, line, `query does not compile: ${err.message}`);
  }
  checkQuery(rule, query, src, lists);
  return query;
}

/**
 * A rule's query for the interpreter, with the same checks. Throws a ConfigError naming the
 * line for a query tree-sitter would refuse too, and UnsupportedQueryError for one the
 * interpreter cannot run.
 */
export function interpretQuery(
  rule: Rule, language: RuleLanguage, tsLanguage: Language, lists: WordLists = new WordLists(), fallback?: () => RuleQuery,
): InterpretedQuery {
  const src = sourceOf(rule, language);
  checkStrayPredicates(src);
  let query: InterpretedQuery;
  try {
    query = new InterpretedQuery(tsLanguage, src.source, fallback);
  } catch (e) {
    if (e instanceof QuerySourceError) throw new ConfigError(src.file, e.line, `query does not compile: ${e.message}`);
    throw e;
  }
  checkQuery(rule, query, src, lists);
  return query;
}

function sourceOf(rule: Rule, language: RuleLanguage): { file: string; source: string } {
  const src = rule.querySources[language];
  if (!src) throw new Error(`rule ${rule.id} has no ${language} query`);
  return src;
}

function checkStrayPredicates(src: { file: string; source: string }): void {
  const stray = strayPredicateLine(src.source);
  if (stray) {
    throw new ConfigError(src.file, stray, 'a predicate stands outside any pattern, so it filters nothing: ' +
      'wrap the pattern and its predicates in one pair of parentheses, e.g. ((call) @finding (#eq? @finding "x"))');
  }
}

/** What a rule's query must satisfy beyond compiling: captures, variants, predicates, word lists. */
function checkQuery(rule: Rule, query: RuleQuery, src: { file: string; source: string }, lists: WordLists): void {
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
}

/** The variant a pattern selects with `(#set! variant "<name>")`, if any. */
export function variantOf(query: RuleQuery, patternIndex: number): string | undefined {
  return query.setProperties[patternIndex]?.['variant'] ?? undefined;
}

/** Every `(#set! variant "<name>")` must name a variant declared in rule.yaml. */
function checkVariants(rule: Rule, query: RuleQuery, src: { file: string; source: string }): void {
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
