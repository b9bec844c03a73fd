import type { FlatTree } from './flat-tree';
import type { ParsedQuery } from './parse';
import { NONE, WILDCARD, type PatternEntry, type Step } from './steps';

/**
 * Most states the query cursor starts can never finish: a `(call_expression (call_suffix …))`
 * pattern starts at every call, and most calls lack what the pattern needs. tree-sitter
 * carries each such state through the node's children until it fails; here a pattern does
 * not start at a node that lacks a child its every match needs (recursively, for children
 * of those children).
 *
 * That changes no match, captures or order when such a state could not have affected another
 * one: states only interact through the longest-match rule, within one pattern and root
 * depth, and a state that never finishes holds only nodes inside its root. The one state it
 * could hold back is a finished-but-deferred state of the same pattern rooted at an earlier
 * sibling whose captures are empty (an empty capture list is contained in every other). So
 * a pattern gets a check only when every match captures something, when it is rooted (one
 * top-level node) and starts at that node's step (no root alternation, no wildcard root that
 * starts at its child), and when its steps are contiguous (no loop-back copies from
 * quantifiers in alternations).
 */
export interface ChildTest {
  /** WILDCARD for `(_)` / `_`. */
  symbol: number;
  /** For a wildcard: `(_)` needs a named node. */
  named: boolean;
  field: number;
  children: ChildTest[];
}

/** Per pattern: the child tests a node must pass to start it, or null when it is not checked. */
export function patternRequirements(query: ParsedQuery): (ChildTest[] | null)[] {
  const entriesPerPattern = new Map<number, PatternEntry[]>();
  for (const entry of query.patternMap) {
    const list = entriesPerPattern.get(entry.patternIndex) ?? [];
    list.push(entry);
    entriesPerPattern.set(entry.patternIndex, list);
  }
  return query.patterns.map((pattern, p) => {
    const entries = entriesPerPattern.get(p) ?? [];
    // A pattern of several top-level siblings (not rooted) continues after its first node.
    if (pattern.hasCopies || entries.length !== 1 || entries[0]!.stepIndex !== pattern.firstStep || !entries[0]!.isRooted) return null;
    return requirementsOf(query.steps, pattern.firstStep, pattern.doneStep);
  });
}

function requirementsOf(steps: readonly Step[], start: number, done: number): ChildTest[] | null {
  if (steps[start]!.depth !== 0) return null;
  // Siblings of the root (tree-sitter counts `((a [b c]) (d))` as rooted: its check stops at the alternation).
  for (let i = start + 1; i < done; i++) if (steps[i]!.depth === 0) return null;
  const capturing = (i: number): boolean => steps[i]!.captureIds.length > 0;
  if (!capturing(start) && canFinish(steps, start, done, capturing)) return null; // a match may capture nothing

  const mandatory = (c: number): boolean => !canFinish(steps, start, done, (i) => i === c);
  // The tests, as a tree following the steps' depths.
  const tests: ChildTest[] = [];
  const parents: (ChildTest | null)[] = [];
  for (let i = start + 1; i < done; i++) {
    const s = steps[i]!;
    if (s.isDeadEnd || s.isPassThrough) continue;
    const parent = s.depth === 1 ? undefined : parents[s.depth - 1];
    parents.length = s.depth;
    if ((s.depth > 1 && !parent) || !mandatory(i)) {
      parents[s.depth] = null;
      continue;
    }
    const test: ChildTest = { symbol: s.symbol, named: s.symbol === WILDCARD && s.isNamed, field: s.field, children: [] };
    (parent ? parent.children : tests).push(test);
    parents[s.depth] = test;
  }
  return tests.length ? tests : null;
}

/**
 * Whether some path through the steps reaches DONE after the root step matched, matching no
 * step for which `blocked` holds. Paths follow the cursor: after a step matches, the next
 * step's alternatives branch (a dead end jumps, a pass-through splits).
 */
function canFinish(steps: readonly Step[], start: number, done: number, blocked: (i: number) => boolean): boolean {
  const seen = new Set<number>();
  const todo = [start + 1];
  while (todo.length) {
    const t = todo.pop()!;
    if (t === done) return true;
    if (t < start || t > done || seen.has(t)) continue;
    seen.add(t);
    const s = steps[t]!;
    if (s.alternativeIndex !== NONE) {
      todo.push(s.alternativeIndex);
      if (s.isDeadEnd) continue;
      if (s.isPassThrough) {
        todo.push(t + 1);
        continue;
      }
    }
    if (!blocked(t)) todo.push(t + 1);
  }
  return false;
}

/** Whether node `index` has children that pass every test. */
export function meetsRequirements(tree: FlatTree, index: number, tests: readonly ChildTest[]): boolean {
  for (let k = 0; k < tests.length; k++) if (!hasChildPassing(tree, index, tests[k]!)) return false;
  return true;
}

function hasChildPassing(tree: FlatTree, index: number, test: ChildTest): boolean {
  const first = index + 1;
  if (first >= tree.count || tree.parent[first] !== index) return false;
  for (let c = first; c >= 0; c = tree.next[c]!) {
    if (test.field && tree.field[c] !== test.field) continue;
    if (test.symbol !== WILDCARD ? tree.type[c] !== test.symbol : test.named && tree.named[c] !== 1) continue;
    if (test.children.length === 0 || meetsRequirements(tree, c, test.children)) return true;
  }
  return false;
}
