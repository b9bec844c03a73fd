import type { Node, QueryMatch, QueryPredicate, QueryProperties, QueryState } from 'web-tree-sitter';

export interface RuleQueryOptions {
  /** Called now and then while matching; returning true stops it (the matches so far are returned). */
  progressCallback?: (state: QueryState) => boolean | void;
}

/**
 * What the engine uses of a compiled rule query. Two implementations give the same answers:
 * web-tree-sitter's Query (slow to build, fast to run on large inputs) and InterpretedQuery
 * (query-interpreter/: built in a millisecond). QueryCache (compiled-rules.ts) picks one per
 * rule, so the engine does not care which runs.
 */
export interface RuleQuery {
  readonly captureNames: readonly string[];
  /** `(#set! key "value")` per pattern; undefined for a pattern without any. */
  readonly setProperties: readonly (QueryProperties | undefined)[];
  patternCount(): number;
  /** The predicates tree-sitter does not evaluate itself: ours (`#sc-…`), operator without '#'. */
  predicatesForPattern(patternIndex: number): QueryPredicate[];
  /** Every match under `node`, with #eq?, #match? and #any-of? (and negations) already applied. */
  matches(node: Node, options?: RuleQueryOptions): QueryMatch[];
}
