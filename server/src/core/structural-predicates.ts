import type { Node } from 'web-tree-sitter';
import type { FileContext } from './file-context';
import { inIgnoredContext, insideAnnotatedFunction, insideSwiftPreview } from './ignore-in';
import { checkedBefore } from './checked-before';
import { anyCall, enclosingScope, node, regexArg, type PredicateArg, type PredicateFn } from './predicate-helpers';
import { calleeName, insideCallTo, SYNTAX } from './syntax';
import type { GrammarId } from './types';

/**
 * Relational predicates in the spirit of ast-grep's `has` / `inside` / `stopBy`: one
 * question ("is there a call matching X", "is this node inside Y") with a parameter for how
 * far to look, instead of one predicate per variant.
 *
 * `(#sc-has-call? @node "re" ["within"])` / `(#sc-not-has-call? …)`, where within is
 * - `node` (default): the node itself and everything under it, nested lambdas included;
 * - `member`: the member function around the node (a completion closure counts as part of
 *   the method that receives it); the class body or file when there is none;
 * - `function`: the same, but only inside a function: at class or file level there is
 *   nothing to search (so `sc-not-has-call?` holds there).
 * A call of a function of this file counts by what its body calls (predicate-helpers.ts).
 *
 * `(#sc-inside? @node "kind" ["re"])` / `(#sc-not-inside? …)`, where kind is
 * - `function-named`: some enclosing function's name matches re;
 * - `annotated-function`: some enclosing function carries an annotation matching re;
 * - `call-to`: some enclosing call, at any depth, has a callee matching re;
 * - `debug-only`: debug-only code (debug-only.ts); `preview`: SwiftUI preview code;
 * - `checked-by`: reached only after a check matching re passed (an `if` condition, a local
 *   it tests, or an earlier statement of the same `try` block; checked-before.ts).
 *
 * `(#sc-after? @node "re")`: the sibling before the node, comments skipped, is a token or
 * node whose text matches re (`if` / `,` before a condition, not `=` before a bound value).
 * Queries cannot say this themselves at a fair price: comments are extras that may sit
 * anywhere, and `"," . (comment)* . condition: (_)` makes tree-sitter take seconds (~7 s for
 * Swift) to compile the pattern.
 */
export type Within = 'node' | 'member' | 'function';
const WITHIN: readonly Within[] = ['node', 'member', 'function'];
export type InsideKind = 'function-named' | 'annotated-function' | 'call-to' | 'debug-only' | 'preview' | 'checked-by';
const INSIDE_KINDS: readonly InsideKind[] = ['function-named', 'annotated-function', 'call-to', 'debug-only', 'preview', 'checked-by'];
// "Passed to a call" follows the value forward: that is #sc-not-argument-of? (dataflow/forward.ts).

function hasCall(grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const start = node(args[0], op);
  const pattern = regexArg(args[1], op, file);
  const within = choice(args[2], WITHIN, 'node', op);
  let scope: Node | undefined = start;
  if (within !== 'node') {
    const member = enclosingScope(grammar, start);
    const inFunction = SYNTAX[grammar].functions.has(member.type) && !/class_body$/.test(member.type);
    scope = within === 'function' && !inFunction ? undefined : member;
  }
  if (!scope) return false;
  const test = (name: string | undefined): boolean => !!name && pattern.test(name);
  return (scope.type in SYNTAX[grammar].calls && test(calleeName(grammar, scope))) || anyCall(grammar, scope, test, file);
}

function inside(grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const start = node(args[0], op);
  const kind = choice(args[1], INSIDE_KINDS, undefined, op);
  const pattern = (): { test(s: string): boolean } => regexArg(args[2], op, file);
  switch (kind) {
    case 'function-named':
      for (let n = start.parent; n; n = n.parent) {
        if (!SYNTAX[grammar].functions.has(n.type)) continue;
        const name = n.childForFieldName('name');
        if (name && pattern().test(name.text)) return true;
      }
      return false;
    case 'annotated-function': return insideAnnotatedFunction(start, file, pattern());
    case 'call-to': return insideCallTo(grammar, start, pattern());
    case 'debug-only': return inIgnoredContext(start, ['debug-only'], file);
    case 'preview': return insideSwiftPreview(start) || insideAnnotatedFunction(start, file, /Preview/);
    case 'checked-by': return checkedBefore(start, pattern(), file);
  }
}

/** The sibling before the node, comments skipped, matches re. */
function after(grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const start = node(args[0], op);
  const pattern = regexArg(args[1], op, file);
  let before = start.previousSibling;
  while (before && SYNTAX[grammar].comments.has(before.type)) before = before.previousSibling;
  return !!before && pattern.test(before.text);
}

function choice<T extends string>(arg: PredicateArg | undefined, allowed: readonly T[], fallback: T | undefined, op: string): T {
  if (arg === undefined && fallback !== undefined) return fallback;
  if (typeof arg !== 'string' || !(allowed as readonly string[]).includes(arg)) {
    throw new Error(`#${op}: expected one of ${allowed.join(', ')}, got ${typeof arg === 'string' ? `'${arg}'` : 'a capture'}`);
  }
  return arg as T;
}

export const STRUCTURAL_PREDICATES: Record<string, PredicateFn> = {
  'sc-has-call?': (g, a, f) => hasCall(g, a, f, 'sc-has-call?'),
  'sc-not-has-call?': (g, a, f) => !hasCall(g, a, f, 'sc-not-has-call?'),
  'sc-inside?': (g, a, f) => inside(g, a, f, 'sc-inside?'),
  'sc-not-inside?': (g, a, f) => !inside(g, a, f, 'sc-not-inside?'),
  'sc-after?': (g, a, f) => after(g, a, f, 'sc-after?'),
};
