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
 * What a function body can answer, checked against `allowed`: nothing under it throws, and
 * every own `return` value (also Kotlin's `return@label v`) matches. Without a `return`, a
 * body answers its last expression where the language says so (Kotlin and Swift closures,
 * Kotlin `= expr` bodies, Swift single-expression bodies) and nothing (`""`, i.e. undefined
 * / void) where it falls off its end. A capture that is an expression is its own answer
 * (a Java lambda's `true`). Parentheses around a value do not count (`return (true);`).
 */
export function answersOnly(grammar: GrammarId, body: Node, allowed: { test(s: string): boolean }): boolean {
  const { returns, throws } = SYNTAX[grammar];
  if (!returns.has(body.type) && !BODY.test(body.type) && allowed.test(unparenthesized(body.text))) return true;
  if (throws.has(body.type) || containsThrow(grammar, body)) return false;
  const values: string[] = [];
  for (const n of [body, ...ownDescendants(grammar, body)]) {
    if (returns.has(n.type)) values.push(n.text.replace(/^return(@[\w$]+)?\b/, '').replace(/;$/, '').trim());
  }
  if (values.length > 0) return values.every((v) => allowed.test(unparenthesized(v)));
  const last = yieldsLastExpression(body) ? lastExpression(grammar, body)?.text : undefined;
  return allowed.test(unparenthesized(last ?? ''));
}

const BODY = /^(block|statement_block|statements|function_body|lambda_literal|constructor_body|class_body|computed_property)$/;

/** Bodies whose value is their last expression when they have no `return`. */
function yieldsLastExpression(body: Node): boolean {
  if (body.type === 'lambda_literal') return true; // Kotlin and Swift closures
  if (body.type === 'function_body') {
    if (body.firstChild?.type === '=') return true; // Kotlin `fun f() = expr`
    const statements = body.namedChildren.find((c) => c?.type === 'statements');
    return !!statements && statements.namedChildCount === 1 && !/statement|declaration/.test(statements.namedChild(0)!.type); // Swift
  }
  return false;
}

function unparenthesized(text: string): string {
  let t = text.trim();
  while (/^\(.*\)$/s.test(t)) t = t.slice(1, -1).trim();
  return t;
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
