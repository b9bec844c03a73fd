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

/** True when a call or throw under `root` (nested lambdas included) matches. */
export function anyCall(grammar: GrammarId, root: Node, test: (name: string | undefined) => boolean): boolean {
  const { calls } = SYNTAX[grammar];
  for (const n of allDescendants(root)) {
    if (n.type in calls && test(calleeName(grammar, n))) return true;
  }
  return false;
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
  if (containsThrow(grammar, body)) return false;
  return !anyCall(grammar, body, (name) => name === undefined || !harmless.test(name));
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
