/**
 * The step representation of a query, as tree-sitter's `query.c` builds it (`QueryStep`):
 * each node of a pattern is one step, in source order, with its depth in the pattern; `[…]`
 * alternations and `?` `*` `+` quantifiers add branch, pass-through and dead-end steps;
 * every pattern ends with a DONE step. The matcher (matcher.ts) runs these steps the way
 * tree-sitter's query cursor does, so both produce the same matches in the same order.
 */

/** `NONE` and `PATTERN_DONE_MARKER` of query.c: uint16 max, so comparisons behave as in C. */
export const NONE = 0xffff;
export const DONE_DEPTH = 0xffff;
/** Symbol 0: the `_` / `(_)` wildcard (also the symbol of branch and DONE steps). */
export const WILDCARD = 0;
/** tree-sitter's `ts_builtin_sym_error`. */
export const ERROR_SYMBOL = 0xffff;
/** query.c `MAX_STEP_CAPTURE_COUNT`: further captures on one node are dropped. */
export const MAX_STEP_CAPTURES = 3;

export interface Step {
  symbol: number;
  field: number;
  /** Up to MAX_STEP_CAPTURES capture ids. */
  captureIds: number[];
  depth: number;
  alternativeIndex: number;
  /** Fields that must be absent (`!field`); null when none. */
  negatedFields: number[] | null;
  isNamed: boolean;
  isImmediate: boolean;
  isLastChild: boolean;
  isPassThrough: boolean;
  isDeadEnd: boolean;
  isInsideAlternation: boolean;
  containsCaptures: boolean;
  alternativeIsSkip: boolean;
  /**
   * Whether the cursor keeps a copy of a state that skips a node this step matched, when a
   * later sibling could match the step too: 'yes' when the step contains captures, 'no' when
   * it cannot fail further on. Otherwise query.c decides with `ts_query__step_is_fallible`,
   * which reads `parent_pattern_guaranteed` from the parse-table analysis that makes
   * `new Query` slow: 'unknown' here. The matcher then splits, marks the copy as extra, and
   * reports when an extra state could have made a difference (matcher.ts, `uncertain`).
   */
  split: 'yes' | 'no' | 'unknown';
}

export function newStep(symbol: number, depth: number, isImmediate: boolean): Step {
  return {
    symbol, field: 0, captureIds: [], depth, alternativeIndex: NONE, negatedFields: null,
    isNamed: false, isImmediate, isLastChild: false, isPassThrough: false, isDeadEnd: false,
    isInsideAlternation: false, containsCaptures: false, alternativeIsSkip: false, split: 'no',
  };
}

export function addCapture(step: Step, captureId: number): void {
  if (step.captureIds.length < MAX_STEP_CAPTURES) step.captureIds.push(captureId);
}

/** query.c `PatternEntry`: where a pattern can start, by the symbol of its first step. */
export interface PatternEntry {
  stepIndex: number;
  patternIndex: number;
  isRooted: boolean;
}
