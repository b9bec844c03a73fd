import type { Node } from 'web-tree-sitter';
import { allDescendants, calleeName, ownDescendants, SYNTAX } from './syntax';
import type { GrammarId } from './types';
import type { FileContext } from './file-context';
import type { Matcher } from './word-lists';

/** Building blocks shared by the query predicates (predicates.ts, trust-predicates.ts). */
export type PredicateArg = Node | string;
export type PredicateFn = (grammar: GrammarId, args: PredicateArg[], file: FileContext) => boolean;

export const node = (arg: PredicateArg | undefined, op: string): Node => {
  if (arg === undefined || typeof arg === 'string') throw new Error(`#${op} expects a capture as its first argument`);
  return arg;
};
const regexCache = new Map<string, RegExp>();
/**
 * A pattern argument: `"list:NAME[,NAME]"` names word lists (server/rules/_lists/, given a
 * file context), anything else is a regular expression. Predicates run once per match: each
 * regular expression is compiled once per process.
 */
export const regexArg = (arg: PredicateArg | undefined, op: string, file?: FileContext): Matcher => {
  if (typeof arg !== 'string') throw new Error(`#${op} expects a regular expression string or "list:NAME"`);
  const list = file?.lists.patternOf(arg);
  if (list) return list;
  let re = regexCache.get(arg);
  if (!re) {
    re = new RegExp(arg);
    regexCache.set(arg, re);
  }
  return re;
};

/**
 * True when a call under `root` (nested lambdas included) matches. Given the file, a call of
 * a function declared in this file is judged by what that function calls, not by its name:
 * a helper `isTrusted(trust)` that evaluates nothing evaluates nothing, and
 * `passesPolicy(trust)` that calls `SecTrustEvaluateWithError` evaluates.
 */
export function anyCall(grammar: GrammarId, root: Node, test: (name: string | undefined) => boolean, file?: FileContext, visited = new Set<number>()): boolean {
  const { calls } = SYNTAX[grammar];
  for (const n of allDescendants(root)) {
    if (!(n.type in calls)) continue;
    const callees = file ? sameFileCallees(file, n) : [];
    if (callees.length === 0) {
      if (test(calleeName(grammar, n))) return true;
      continue;
    }
    for (const fn of callees) {
      if (visited.has(fn.id)) continue;
      visited.add(fn.id);
      if (anyCall(grammar, bodyOf(fn), test, file, visited)) return true;
    }
  }
  return false;
}

/** The function declarations of this file a call may run (every overload of the name), or none. */
export function sameFileCallees(file: FileContext, call: Node): Node[] {
  const bindings = file.flow?.bindings;
  return bindings ? bindings.functionsCalledBy(call).flatMap((fn) => bindings.overloadsOf(fn)) : [];
}

function bodyOf(fn: Node): Node {
  return fn.childForFieldName('body') ?? fn;
}

/** The function a body belongs to, so that a recursive or overload call to it adds nothing. */
function ownFunction(grammar: GrammarId, body: Node): Set<number> {
  const fn = body.parent;
  return new Set(fn && SYNTAX[grammar].functions.has(fn.type) ? [fn.id] : []);
}

export function containsThrow(grammar: GrammarId, root: Node): boolean {
  const { throws } = SYNTAX[grammar];
  for (const n of allDescendants(root)) if (throws.has(n.type)) return true;
  return false;
}

/**
 * A certificate check that checks nothing: no throw anywhere, and every call is one that
 * cannot reject a certificate (logging, or `checkValidity`, which only looks at dates).
 */
export function noopTrustCheck(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const body = node(args[0], 'sc-noop-trust-check?');
  const harmless = typeof args[1] === 'string' ? regexArg(args[1], 'sc-noop-trust-check?', file) : file.lists.matcher('trust-check-harmless-callees');
  return checksNothing(grammar, body, harmless, file, ownFunction(grammar, body));
}

/**
 * No throw, and every call is harmless: by name, or, for a function of this file (a
 * `verifyChain(chain)` helper), because its own body checks nothing either.
 */
function checksNothing(grammar: GrammarId, body: Node, harmless: Matcher, file: FileContext, visited: Set<number>): boolean {
  if (containsThrow(grammar, body)) return false;
  const { calls } = SYNTAX[grammar];
  for (const n of allDescendants(body)) {
    if (!(n.type in calls)) continue;
    const callees = sameFileCallees(file, n);
    if (callees.length === 0) {
      const name = calleeName(grammar, n);
      if (name === undefined || !harmless.test(name)) return false;
      continue;
    }
    for (const fn of callees) {
      if (visited.has(fn.id)) continue;
      visited.add(fn.id);
      if (!checksNothing(grammar, bodyOf(fn), harmless, file, visited)) return false;
    }
  }
  return true;
}

/** The last expression of a block-bodied lambda/closure (Kotlin, Swift), comments skipped. */
export function lastExpression(grammar: GrammarId, n: Node): Node | null {
  const comments = SYNTAX[grammar].comments;
  let last: Node | null = null;
  for (const child of n.namedChildren) {
    if (child && !comments.has(child.type) && !/parameters|statements$/.test(child.type)) last = child;
    if (child?.type === 'statements') last = lastExpression(grammar, child);
  }
  return last;
}

/**
 * The function body always answers `true`: either it is `true` itself (expression body),
 * or every own `return` (also Kotlin's labelled `return@label true`) returns `true` and
 * nothing throws, or a closure ends in `true`.
 */
/** `true`, also parenthesised (`return (true);`). */
export function isTrueLiteral(text: string | undefined): boolean {
  let t = text?.trim();
  while (t && /^\(.*\)$/s.test(t)) t = t.slice(1, -1).trim();
  return t === 'true';
}

export function returnsTrue(grammar: GrammarId, args: PredicateArg[]): boolean {
  const body = node(args[0], 'sc-returns-true?');
  if (isTrueLiteral(body.text)) return true;
  if (containsThrow(grammar, body)) return false;
  const { returns } = SYNTAX[grammar];
  const values: string[] = [];
  for (const n of ownDescendants(grammar, body)) {
    if (returns.has(n.type)) values.push(n.text.replace(/^return(@[\w$]+)?\b/, '').replace(/;$/, '').trim());
  }
  if (values.length > 0) return values.every(isTrueLiteral);
  return isTrueLiteral(lastExpression(grammar, body)?.text);
}

/**
 * The member function around a node: the outermost function or lambda inside the nearest
 * class body (so a completion closure counts as part of the method that receives it); the
 * class body or the file when there is none. Used for "is the trust evaluated anywhere in
 * this handler" checks, where the evaluation may sit outside the closure that answers.
 */
export function enclosingScope(grammar: GrammarId, start: Node): Node {
  const { functions } = SYNTAX[grammar];
  let scope: Node | null = null;
  let last: Node = start;
  for (let n = start.parent; n; n = n.parent) {
    if (/(^|_)(class|enum|interface|protocol|object)_body$/.test(n.type)) return scope ?? n;
    if (functions.has(n.type)) scope = n;
    last = n;
  }
  return scope ?? last;
}
