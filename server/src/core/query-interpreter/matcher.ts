import type { FlatTree } from './flat-tree';
import type { ParsedQuery } from './parse';
import { patternMapLowerBound } from './parse';
import { meetsRequirements, patternRequirements, type ChildTest } from './requirements';
import { DONE_DEPTH, ERROR_SYMBOL, NONE, WILDCARD, type PatternEntry, type Step } from './steps';

/**
 * tree-sitter's query cursor (`ts_query_cursor__advance` in lib/src/query.c, executing
 * `ts_query_cursor_next_match` to the end), over a FlatTree. It keeps the same list of
 * in-progress states in the same order, splits, merges and finishes them at the same nodes,
 * so its matches — which, with which captures, and in which order — are tree-sitter's.
 * Comments name the C they follow; keep them in step with it.
 */

export interface RawCapture {
  /** Capture id: an index into the query's capture names. */
  id: number;
  /** FlatTree index of the captured node. */
  node: number;
}

export interface RawMatch {
  patternIndex: number;
  captures: RawCapture[];
  /** Found by an extra state (see RunResult.uncertain): a match tree-sitter may not return. */
  extra: boolean;
}

export interface RunResult {
  matches: RawMatch[];
  /**
   * The run kept extra states at steps whose splitting tree-sitter decides from its grammar
   * analysis (Step.split 'unknown'), and one of them may have changed which other states
   * were dropped, deferred or compared. Without that, the matches are tree-sitter's
   * whichever way it decides, except those marked `extra`, which it may not return; with
   * it, the caller must ask tree-sitter.
   */
  uncertain: boolean;
  /** The progress callback stopped the run. */
  stopped: boolean;
}

class State {
  hasInProgressAlternatives = false;
  dead = false;
  skippedQuantifier = false;
  /** An extra state: from a split tree-sitter may not make (Step.split 'unknown'), or a copy of one. */
  extra = false;

  constructor(
    public stepIndex: number,
    readonly patternIndex: number,
    /** uint16, as in C. */
    readonly startDepth: number,
    public captures: RawCapture[],
    public seekingImmediateMatch: boolean,
    public needsParent: boolean,
  ) {}

  copy(): State {
    const c = new State(this.stepIndex, this.patternIndex, this.startDepth, this.captures.slice(), this.seekingImmediateMatch, this.needsParent);
    c.hasInProgressAlternatives = this.hasInProgressAlternatives;
    c.dead = this.dead;
    c.skippedQuantifier = this.skippedQuantifier;
    c.extra = this.extra;
    return c;
  }
}

const LEFT_CONTAINS_RIGHT = 1;
const RIGHT_CONTAINS_LEFT = 2;

/** How often (in nodes entered) the progress callback is asked whether to stop. */
const PROGRESS_INTERVAL = 1000;

const entriesCache = new WeakMap<ParsedQuery, PatternEntry[][]>();
const requirementsCache = new WeakMap<ParsedQuery, (ChildTest[] | null)[]>();

function requirementsOf(query: ParsedQuery): (ChildTest[] | null)[] {
  let requirements = requirementsCache.get(query);
  if (!requirements) requirementsCache.set(query, (requirements = patternRequirements(query)));
  return requirements;
}

/** The pattern-map entries that start at each symbol, by symbol (sparse). */
function entriesOf(query: ParsedQuery): PatternEntry[][] {
  let bySymbol = entriesCache.get(query);
  if (!bySymbol) {
    bySymbol = [];
    const { steps, patternMap, wildcardRootCount } = query;
    for (let i = wildcardRootCount; i < patternMap.length; i++) {
      const symbol = steps[patternMap[i]!.stepIndex]!.symbol;
      if (bySymbol[symbol]) continue;
      const entries: PatternEntry[] = [];
      for (let k = patternMapLowerBound(steps, patternMap, wildcardRootCount, symbol); k < patternMap.length && steps[patternMap[k]!.stepIndex]!.symbol === symbol; k++) {
        entries.push(patternMap[k]!);
      }
      bySymbol[symbol] = entries;
    }
    entriesCache.set(query, bySymbol);
  }
  return bySymbol;
}

export function runQuery(query: ParsedQuery, tree: FlatTree, shouldStop?: (offset: number) => boolean): RunResult {
  const { steps, patternMap, wildcardRootCount } = query;
  const finished: RawMatch[] = [];
  /** An extra state had an effect that the run without it would not have (see RunResult). */
  let uncertain = false;
  const states: State[] = [];
  /**
   * Whether the states changed since the last longest-match pass. When they did not and no
   * state is at the depth of the node entered, entering it changes nothing (the pass would
   * compute what it computed last time), so it is skipped.
   */
  let dirty = true;
  const { type, field, depth: depths, parent, next, start, end, named, laterNamed } = tree;

  const entriesBySymbol = entriesOf(query);
  const requirements = requirementsOf(query);
  /** A pattern that cannot match at node i does not start there (requirements.ts says when that changes nothing). */
  const mayStart = (entry: PatternEntry, i: number): boolean => {
    const tests = requirements[entry.patternIndex];
    return !tests || meetsRequirements(tree, i, tests);
  };
  const NO_ENTRIES: PatternEntry[] = [];

  const finish = (state: State): void => {
    finished.push({ patternIndex: state.patternIndex, captures: state.captures, extra: state.extra });
  };

  /** ts_query_cursor__add_state: keeps states ordered by start depth, then pattern index. */
  const addState = (entry: PatternEntry, depth: number): void => {
    const step = steps[entry.stepIndex]!;
    const startDepth = (depth - step.depth) & 0xffff;
    const index = insertionIndex(entry, startDepth, false);
    // An extra state of the same depth may block the new state, or hide a state that would:
    // then the run without extra states may differ (the order of the others is the same).
    if (index !== BLOCKED && sameDepthExtra && insertionIndex(entry, startDepth, true) === BLOCKED) uncertain = true;
    if (index === BLOCKED) {
      if (sameDepthExtra && insertionIndex(entry, startDepth, true) !== BLOCKED) uncertain = true;
      return;
    }
    states.splice(index, 0, new State(entry.stepIndex, entry.patternIndex, startDepth, [], true, step.depth === 1));
    dirty = true;
  };
  const BLOCKED = -1;
  /** Set by insertionIndex: it met an extra state of the new state's depth. */
  let sameDepthExtra = false;
  /** Where add_state inserts a state (BLOCKED when an identical state exists), optionally as if extra states did not exist. */
  const insertionIndex = (entry: PatternEntry, startDepth: number, skipExtra: boolean): number => {
    if (!skipExtra) sameDepthExtra = false;
    let index = states.length;
    while (index > 0) {
      const prev = states[index - 1]!;
      if (prev.startDepth < startDepth) break;
      if (prev.extra && skipExtra) {
        index--;
        continue;
      }
      if (prev.startDepth === startDepth) {
        if (prev.extra) sameDepthExtra = true;
        if (prev.patternIndex === entry.patternIndex && prev.stepIndex === entry.stepIndex) return BLOCKED;
        if (prev.patternIndex <= entry.patternIndex) break;
      }
      index--;
    }
    return index;
  };

  /** ts_query_cursor__copy_state: the copy goes right after the original. */
  const copyState = (index: number): State => {
    const copy = states[index]!.copy();
    states.splice(index + 1, 0, copy);
    return copy;
  };

  const capture = (state: State, step: Step, node: number): void => {
    if (state.dead) return;
    for (const id of step.captureIds) state.captures.push({ id, node });
  };

  /** ts_query_cursor__compare_nodes: -1 when left comes first in a depth-first traversal. */
  const compareNodes = (left: number, right: number): number => {
    if (left !== right) {
      const ls = start[left]!;
      const rs = start[right]!;
      if (ls < rs) return -1;
      if (ls > rs) return 1;
      const le = end[left]!;
      const re = end[right]!;
      if (le > re) return -1;
      if (le < re) return 1;
    }
    return 0;
  };

  /** ts_query_cursor__compare_captures: LEFT_CONTAINS_RIGHT | RIGHT_CONTAINS_LEFT. */
  const compareCaptures = (left: State, right: State): number => {
    const lc = left.captures;
    const rc = right.captures;
    let leftContainsRight = true;
    let rightContainsLeft = true;
    let i = 0;
    let j = 0;
    for (;;) {
      if (i < lc.length) {
        if (j < rc.length) {
          const l = lc[i]!;
          const r = rc[j]!;
          if (l.node === r.node && l.id === r.id) {
            i++;
            j++;
          } else {
            switch (compareNodes(l.node, r.node)) {
              case -1:
                rightContainsLeft = false;
                i++;
                break;
              case 1:
                leftContainsRight = false;
                j++;
                break;
              default:
                rightContainsLeft = false;
                leftContainsRight = false;
                i++;
                j++;
            }
          }
        } else {
          rightContainsLeft = false;
          break;
        }
      } else {
        if (j < rc.length) leftContainsRight = false;
        break;
      }
    }
    return (leftContainsRight ? LEFT_CONTAINS_RIGHT : 0) | (rightContainsLeft ? RIGHT_CONTAINS_LEFT : 0);
  };

  /** ts_query_cursor__state_precedes. */
  const precedes = (a: State, b: State): boolean => {
    if (a.startDepth !== b.startDepth) return a.startDepth < b.startDepth;
    if (a.patternIndex !== b.patternIndex) return a.patternIndex < b.patternIndex;
    const ac = a.captures;
    const bc = b.captures;
    if ((ac.length === 0) !== (bc.length === 0)) return ac.length === 0;
    if (ac.length === 0) return false;
    return start[ac[0]!.node]! < start[bc[0]!.node]!;
  };

  /** ts_query_cursor__sort_states_by_capture: a stable insertion sort. */
  const sortStates = (): void => {
    for (let i = 1; i < states.length; i++) {
      if (!precedes(states[i]!, states[i - 1]!)) continue;
      const key = states[i]!;
      let j = i;
      do {
        states[j] = states[j - 1]!;
        j--;
      } while (j > 0 && precedes(key, states[j - 1]!));
      states[j] = key;
    }
  };

  /** The "leave node" part of ts_query_cursor__advance. */
  const leave = (depth: number): void => {
    let deleted = 0;
    for (let i = 0, n = states.length; i < n; i++) {
      const state = states[i]!;
      const stepDepth = steps[state.stepIndex]!.depth;
      if (stepDepth === DONE_DEPTH && (state.startDepth > depth || depth === 0)) {
        finish(state);
        deleted++;
      } else if (stepDepth !== DONE_DEPTH && state.startDepth + stepDepth > depth) {
        deleted++;
      } else if (deleted > 0) {
        states[i - deleted] = state;
      }
    }
    states.length -= deleted;
    if (deleted > 0) dirty = true;
  };

  /** The "enter node" part of ts_query_cursor__advance, for node `i`. */
  const enter = (i: number): void => {
    const depth = depths[i]!;
    const symbol = type[i]!;
    const isNamed = named[i] === 1;
    const fieldId = field[i]!;
    const hasLaterSiblings = next[i]! >= 0;
    const hasLaterNamedSiblings = laterNamed[i] === 1;
    const nodeIsError = symbol === ERROR_SYMBOL;
    const p = parent[i]!;
    const parentIsError = p >= 0 && type[p] === ERROR_SYMBOL;

    // New states for patterns whose root is a wildcard.
    if (!nodeIsError) {
      for (let k = 0; k < wildcardRootCount; k++) {
        const entry = patternMap[k]!;
        const step = steps[entry.stepIndex]!;
        if ((entry.isRooted || !parentIsError) && (!step.field || fieldId === step.field) && mayStart(entry, i)) addState(entry, depth);
      }
    }
    // New states for patterns whose root symbol is this node's.
    const entries = entriesBySymbol[symbol] ?? NO_ENTRIES;
    for (let k = 0; k < entries.length; k++) {
      const entry = entries[k]!;
      const step = steps[entry.stepIndex]!;
      if ((entry.isRooted || !parentIsError) && (!step.field || fieldId === step.field) && mayStart(entry, i)) addState(entry, depth);
    }
    if (states.length === 0) return;
    if (!dirty) {
      let atDepth = false;
      for (let j = 0; j < states.length && !atDepth; j++) atDepth = states[j]!.startDepth + steps[states[j]!.stepIndex]!.depth === depth;
      if (!atDepth) return;
    }

    // Update every in-progress state with this node.
    for (let j = 0, copyCount = 0; j < states.length; j += 1 + copyCount) {
      const state = states[j]!;
      const step = steps[state.stepIndex]!;
      state.hasInProgressAlternatives = false;
      copyCount = 0;
      if (state.startDepth + step.depth !== depth) continue;

      let nodeDoesMatch = step.symbol === WILDCARD ? !nodeIsError && (isNamed || !step.isNamed) : symbol === step.symbol;
      let laterSiblingCanMatch = hasLaterSiblings;
      if ((step.isImmediate && isNamed && !state.skippedQuantifier) || state.seekingImmediateMatch) laterSiblingCanMatch = false;
      if (step.isLastChild && hasLaterNamedSiblings) nodeDoesMatch = false;
      // On a field, tree-sitter looks further only if the grammar lets a later child of the
      // parent have that field too (can_have_later_siblings_with_this_field, read from the
      // production's field map; siblings that share a field through a hidden parent do not
      // count). Unless the tree shows it does (FlatTree.laterFieldSibling), the state that
      // looks further is extra.
      let fieldLooksFurther = false;
      if (step.field) {
        if (step.field === fieldId) fieldLooksFurther = laterSiblingCanMatch && !tree.laterFieldSibling(i);
        else nodeDoesMatch = false;
      }
      if (step.negatedFields) {
        for (const f of step.negatedFields) {
          if (tree.hasChildWithField(i, f)) {
            nodeDoesMatch = false;
            break;
          }
        }
      }

      // Remove a state as soon as it cannot match.
      if (!nodeDoesMatch) {
        if (!laterSiblingCanMatch) {
          states.splice(j, 1);
          j--;
        } else if (fieldLooksFurther) {
          state.extra = true;
        }
        continue;
      }

      // A step that a later sibling could match too: keep a copy that skips this node.
      if (laterSiblingCanMatch && step.split !== 'no') {
        const copy = copyState(j);
        if (step.split === 'unknown' || fieldLooksFurther) copy.extra = true;
        copyCount++;
      }

      // A pattern rooted at a wildcard started at its second step: check (and capture) the parent.
      if (state.needsParent) {
        if (p < 0) {
          state.dead = true;
        } else {
          state.needsParent = false;
          let skipped = state.stepIndex;
          do skipped--; while (steps[skipped]!.isDeadEnd || steps[skipped]!.isPassThrough || steps[skipped]!.depth > 0);
          const skippedStep = steps[skipped]!;
          if (skippedStep.captureIds.length) capture(state, skippedStep, p);
        }
      }

      if (step.captureIds.length) capture(state, step, i);

      if (state.dead) {
        states.splice(j, 1);
        j--;
        continue;
      }

      state.stepIndex++;
      const nextStep = steps[state.stepIndex]!;
      state.seekingImmediateMatch = step.symbol === WILDCARD && !step.isNamed && nextStep.isImmediate;
      state.skippedQuantifier = false;

      // Branch: a copy of the state for each alternative of the next step (iteratively).
      let endIndex = j + 1;
      for (let k = j; k < endIndex; k++) {
        const childIndex = k;
        const child = states[childIndex]!;
        const childStep = steps[child.stepIndex]!;
        if (childStep.alternativeIndex === NONE) continue;
        if (childStep.isDeadEnd) {
          child.stepIndex = childStep.alternativeIndex;
          k--;
          continue;
        }
        if (childStep.isPassThrough) {
          child.stepIndex++;
          k--;
        }
        if (childStep.alternativeIsSkip && childStep.isLastChild && hasLaterNamedSiblings) continue;
        const copy = copyState(childIndex); // the copy goes after the child, wherever k now points
        endIndex++;
        copyCount++;
        copy.stepIndex = childStep.alternativeIndex;
        if (childStep.isPassThrough) copy.seekingImmediateMatch = true;
        if (childStep.alternativeIsSkip) {
          if (!childStep.isImmediate) {
            const target = steps[childStep.alternativeIndex]!;
            copy.skippedQuantifier = target.depth === childStep.depth;
          } else if (steps[child.stepIndex - 1]!.depth < childStep.depth) {
            copy.seekingImmediateMatch = true;
          }
        }
      }
    }

    sortStates();
    // A pass that removes or finishes a state may compare other pairs the next time.
    dirty = false;

    // The longest-match rule, then finish the states that are done.
    for (let j = 0; j < states.length; j++) {
      const state = states[j]!;
      if (state.dead) {
        states.splice(j, 1);
        j--;
        dirty = true;
        continue;
      }
      let didRemove = false;
      for (let k = j + 1; k < states.length; k++) {
        const other = states[k]!;
        if (other.startDepth !== state.startDepth || other.patternIndex !== state.patternIndex) break;
        const sc = state.captures;
        const oc = other.captures;
        // Disjoint from here on. (Breaking at an extra state changes nothing: the states are
        // sorted by where their captures start, so the next one would stop the pass too.)
        if (sc.length > 0 && oc.length > 0 && start[oc[0]!.node]! >= end[sc[sc.length - 1]!.node]!) break;
        const contains = compareCaptures(state, other);
        // An extra state that drops a state, or defers a finished one that is not extra, has an effect.
        if (contains & LEFT_CONTAINS_RIGHT) {
          if (state.stepIndex === other.stepIndex && (other.seekingImmediateMatch || !state.seekingImmediateMatch)) {
            if (state.extra) uncertain = true;
            states.splice(k, 1);
            k--;
            dirty = true;
            continue;
          }
          if (state.extra && !other.extra && steps[other.stepIndex]!.depth === DONE_DEPTH) uncertain = true; // defers a finished state
          other.hasInProgressAlternatives = true;
        }
        if (contains & RIGHT_CONTAINS_LEFT) {
          if (state.stepIndex === other.stepIndex && (state.seekingImmediateMatch || !other.seekingImmediateMatch)) {
            if (other.extra) uncertain = true;
            states.splice(j, 1);
            j--;
            didRemove = true;
            dirty = true;
            break;
          }
          if (other.extra && !state.extra && steps[state.stepIndex]!.depth === DONE_DEPTH) uncertain = true; // defers a finished state
          state.hasInProgressAlternatives = true;
        }
      }
      if (!didRemove && steps[state.stepIndex]!.depth === DONE_DEPTH && !state.hasInProgressAlternatives) {
        finish(state);
        states.splice(j, 1);
        j--;
        dirty = true;
      }
    }
  };

  // Visit the nodes in preorder, leaving each node after its subtree.
  const open: number[] = [];
  for (let i = 0; i < tree.count; i++) {
    const d = depths[i]!;
    while (open.length && depths[open[open.length - 1]!]! >= d) leave(depths[open.pop()!]!);
    if (shouldStop && i % PROGRESS_INTERVAL === 0 && i > 0 && shouldStop(start[i]!)) return { matches: finished, uncertain, stopped: true };
    enter(i);
    open.push(i);
  }
  while (open.length) leave(depths[open.pop()!]!);
  return { matches: finished, uncertain, stopped: false };
}
