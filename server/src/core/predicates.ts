import type { Node, QueryPredicate } from 'web-tree-sitter';
import { isRemoteCleartextUrl } from './cleartext';
import type { Matcher } from './word-lists';
import { allDescendants, calleeName, ownDescendants, SYNTAX } from './syntax';
import type { GrammarId } from './types';
import type { FileContext } from './file-context';
import { insideAnnotatedFunction, insideSwiftPreview } from './ignore-in';
import { useKinds, useVocabulary, USE_KINDS, type UseKind } from './dataflow/uses';
import { render, valuesOf } from './dataflow/values';

/**
 * Named predicates that a query can use where tree-sitter's own (#eq?, #match?, #any-of?)
 * cannot say what we mean, e.g. `(#sc-returns-true? @body)`. Each is small, shared by all
 * languages through the SYNTAX table, and unit-tested.
 */
export type PredicateArg = Node | string;
type PredicateFn = (grammar: GrammarId, args: PredicateArg[], file: FileContext) => boolean;

const node = (arg: PredicateArg | undefined, op: string): Node => {
  if (arg === undefined || typeof arg === 'string') throw new Error(`#${op} expects a capture as its first argument`);
  return arg;
};
const regexCache = new Map<string, RegExp>();
/**
 * A pattern argument: `"list:NAME[,NAME]"` names word lists (server/rules/_lists/), anything
 * else is a regular expression. Predicates run once per match: each is compiled once.
 */
const regexArg = (arg: PredicateArg | undefined, op: string, file: FileContext): Matcher => {
  if (typeof arg !== 'string') throw new Error(`#${op} expects a regular expression string or "list:NAME"`);
  const list = file.lists.patternOf(arg);
  if (list) return list;
  let re = regexCache.get(arg);
  if (!re) {
    re = new RegExp(arg);
    regexCache.set(arg, re);
  }
  return re;
};

/** True when a call or throw under `root` (nested lambdas included) matches. */
function anyCall(grammar: GrammarId, root: Node, test: (name: string | undefined) => boolean): boolean {
  const { calls } = SYNTAX[grammar];
  for (const n of allDescendants(root)) {
    if (n.type in calls && test(calleeName(grammar, n))) return true;
  }
  return false;
}

function containsThrow(grammar: GrammarId, root: Node): boolean {
  const { throws } = SYNTAX[grammar];
  for (const n of allDescendants(root)) if (throws.has(n.type)) return true;
  return false;
}

/**
 * A certificate check that checks nothing: no throw anywhere, and every call is one that
 * cannot reject a certificate (logging, or `checkValidity`, which only looks at dates).
 */
function noopTrustCheck(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const body = node(args[0], 'sc-noop-trust-check?');
  const harmless = typeof args[1] === 'string' ? regexArg(args[1], 'sc-noop-trust-check?', file) : file.lists.matcher('trust-check-harmless-callees');
  if (containsThrow(grammar, body)) return false;
  return !anyCall(grammar, body, (name) => name === undefined || !harmless.test(name));
}

/** The last expression of a block-bodied lambda/closure (Kotlin, Swift), comments skipped. */
function lastExpression(grammar: GrammarId, n: Node): Node | null {
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
function isTrueLiteral(text: string | undefined): boolean {
  let t = text?.trim();
  while (t && /^\(.*\)$/s.test(t)) t = t.slice(1, -1).trim();
  return t === 'true';
}

function returnsTrue(grammar: GrammarId, args: PredicateArg[], _file: FileContext): boolean {
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
 * `(#sc-returns-only? @body "regex")`: nothing under the body throws and every own `return`
 * gives a value whose text matches the regex (a bare `return` counts as ""). With no
 * `return` at all the body falls off its end, which the pattern decides is acceptable by
 * capturing only block bodies. E.g. a Node `checkServerIdentity` that only ever answers
 * `undefined`/`null` accepts every host name (CWE-297).
 */
function returnsOnly(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const body = node(args[0], 'sc-returns-only?');
  const allowed = regexArg(args[1], 'sc-returns-only?', file);
  if (containsThrow(grammar, body)) return false;
  const { returns } = SYNTAX[grammar];
  for (const n of ownDescendants(grammar, body)) {
    if (!returns.has(n.type)) continue;
    const value = n.text.replace(/^return(@[\w$]+)?\b/, '').replace(/;$/, '').trim();
    if (!allowed.test(value)) return false;
  }
  return true;
}

/**
 * `(#sc-always-calls-with? @scope @_fn "regex")`: the function named by @_fn (typically a
 * callback parameter) is called at least once under @scope, nested closures included, and
 * the argument text of every such call (what follows the callee, e.g. `(0)`) matches the
 * regex. E.g. an Electron certificate-verify proc whose `callback` only ever gets `0`.
 */
function alwaysCallsWith(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const scope = node(args[0], 'sc-always-calls-with?');
  const fn = node(args[1], 'sc-always-calls-with?').text;
  const allowed = regexArg(args[2], 'sc-always-calls-with?', file);
  const { calls } = SYNTAX[grammar];
  let called = false;
  for (const n of [scope, ...allDescendants(scope)]) { // an expression body may be the call itself
    const callee = calls[n.type]?.(n);
    if (!callee || callee.text !== fn) continue;
    if (!allowed.test(n.text.slice(callee.endIndex - n.startIndex).trim())) return false;
    called = true;
  }
  return called;
}

/**
 * `(#sc-inside-function? @node "regex")`: some enclosing function or method, at any depth
 * (through nested lambdas and anonymous classes), has a name matching the regex. Queries
 * cannot match "a descendant at any depth", so this ties e.g. a `handler.proceed()` inside a
 * dialog's click listener back to the `onReceivedSslError` override around it (CWE-295).
 */
function insideFunction(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-inside-function?');
  const pattern = regexArg(args[1], 'sc-inside-function?', file);
  const { functions } = SYNTAX[grammar];
  for (let n = start.parent; n; n = n.parent) {
    if (!functions.has(n.type)) continue;
    const name = n.childForFieldName('name');
    if (name && pattern.test(name.text)) return true;
  }
  return false;
}

/**
 * `(#sc-not-inside-annotated? @node "regex")`: no enclosing function (at any depth) carries an
 * annotation whose simple name matches the regex (see ignore-in.ts).
 */
function notInsideAnnotated(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  return !insideAnnotatedFunction(node(args[0], 'sc-not-inside-annotated?'), file, regexArg(args[1], 'sc-not-inside-annotated?', file));
}

/** `(#sc-not-inside-swift-preview? @node)`: not SwiftUI preview code (see ignore-in.ts). */
function notInsideSwiftPreview(_grammar: GrammarId, args: PredicateArg[]): boolean {
  return !insideSwiftPreview(node(args[0], 'sc-not-inside-swift-preview?'));
}

/**
 * The member function around a node: the outermost function or lambda inside the nearest
 * class body (so a completion closure counts as part of the method that receives it); the
 * class body or the file when there is none. Used for "is the trust evaluated anywhere in
 * this handler" checks, where the evaluation may sit outside the closure that answers.
 */
function enclosingScope(grammar: GrammarId, start: Node): Node {
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

/**
 * `(#sc-not-argument-of? @node "regex")`: @node is not passed straight to a call or
 * constructor whose callee name matches the regex. E.g. TLS options handed to a *server*
 * (`https.createServer({ …, rejectUnauthorized: false })`), where the flag is about client
 * certificates, not about trusting the server one talks to.
 */
function notArgumentOf(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-not-argument-of?');
  const pattern = regexArg(args[1], 'sc-not-argument-of?', file);
  let n: Node | null = start.parent;
  let inArguments = false;
  // Through wrappers (`(…)`, `… as T`) and the argument list, up to the call itself.
  while (n && /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression|arguments|value_arguments?|call_suffix|argument_list)$/.test(n.type)) {
    if (/argument/.test(n.type)) inArguments = true;
    n = n.parent;
  }
  if (!n || !inArguments || !(n.type in SYNTAX[grammar].calls)) return true;
  return !pattern.test(calleeName(grammar, n) ?? '');
}

/**
 * `(#sc-used-beyond? @name "logged compared host …")`: the value bound at @name (a
 * declaration's name, or an assignment's target) has a use of a kind outside the listed
 * harmless ones (see dataflow/uses.ts). A URL constant only logged or compared sends nothing.
 */
function usedBeyond(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const name = node(args[0], 'sc-used-beyond?');
  const harmless = kindsArg(args[1], 'sc-used-beyond?');
  const flow = file.flow;
  const binding = flow && (flow.bindings.declaredBy(name) ?? flow.bindings.resolve(name));
  if (!flow || !binding) return true; // nothing known about its uses: it may be sent
  for (const kind of useKinds(flow, binding, useVocabulary(file.lists), file.text)) if (!harmless.has(kind)) return true;
  return false;
}

const kindsCache = new Map<string, Set<UseKind>>();
function kindsArg(arg: PredicateArg | undefined, op: string): Set<UseKind> {
  if (typeof arg !== 'string') throw new Error(`#${op} expects a list of use kinds`);
  let kinds = kindsCache.get(arg);
  if (!kinds) {
    const words = arg.split(/[\s,|]+/).filter(Boolean);
    const unknown = words.filter((w) => !(USE_KINDS as readonly string[]).includes(w));
    if (unknown.length) throw new Error(`#${op}: unknown use kind '${unknown[0]}' (known: ${USE_KINDS.join(', ')})`);
    kinds = new Set(words as UseKind[]);
    kindsCache.set(arg, kinds);
  }
  return kinds;
}

/** `(#sc-value-matches? @expr "regex")`: one of the values @expr can have matches (unknown parts read as `…`). */
function valueMatches(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const expr = node(args[0], 'sc-value-matches?');
  const pattern = regexArg(args[1], 'sc-value-matches?', file);
  const flow = file.flow;
  if (!flow) return pattern.test(expr.text);
  return valuesOf(flow, expr).some((v) => pattern.test(render(v)));
}

/** Calls that take a URL-looking argument without sending it anywhere. */
const NON_NETWORK_LISTS = 'logging-callees,comparison-callees,string-edit-callees,assertion-callees,test-definition-callees,ui-text-callees,namespace-callees';

const PREDICATES: Record<string, PredicateFn> = {
  'sc-used-beyond?': usedBeyond,
  'sc-value-matches?': valueMatches,
  /** `(#sc-scope-no-call? @node "regex")`: no call matching the regex in the member function around @node. */
  'sc-scope-no-call?': (g, a, f) => !anyCall(g, enclosingScope(g, node(a[0], 'sc-scope-no-call?')), (name) => !!name && regexArg(a[1], 'sc-scope-no-call?', f).test(name)),
  /**
   * Like sc-scope-no-call?, but only inside a function: module- or class-level code (no
   * function around it) always passes, rather than being judged by the rest of the file.
   */
  'sc-function-no-call?': (g, a, f) => {
    const scope = enclosingScope(g, node(a[0], 'sc-function-no-call?'));
    if (!SYNTAX[g].functions.has(scope.type) || /class_body$/.test(scope.type)) return true;
    return !anyCall(g, scope, (name) => !!name && regexArg(a[1], 'sc-function-no-call?', f).test(name));
  },
  'sc-scope-has-call?': (g, a, f) => anyCall(g, enclosingScope(g, node(a[0], 'sc-scope-has-call?')), (name) => !!name && regexArg(a[1], 'sc-scope-has-call?', f).test(name)),
  'sc-inside-function?': insideFunction,
  'sc-not-inside-swift-preview?': notInsideSwiftPreview,
  'sc-not-inside-annotated?': notInsideAnnotated,
  'sc-not-argument-of?': notArgumentOf,
  'sc-noop-trust-check?': noopTrustCheck,
  'sc-returns-true?': returnsTrue,
  'sc-returns-only?': returnsOnly,
  'sc-always-calls-with?': alwaysCallsWith,
  /** No call under the capture has a callee matching the regex (e.g. no SecTrustEvaluate). */
  'sc-no-call?': (g, a, f) => !anyCall(g, node(a[0], 'sc-no-call?'), (name) => !!name && regexArg(a[1], 'sc-no-call?', f).test(name)),
  'sc-has-call?': (g, a, f) => anyCall(g, node(a[0], 'sc-has-call?'), (name) => !!name && regexArg(a[1], 'sc-has-call?', f).test(name)),
  /** The literal is an http:// or ws:// URL to a remote host (see cleartext.ts). */
  'sc-cleartext-url?': (_g, a, f) => {
    const literal = node(a[0], 'sc-cleartext-url?');
    const continued = /binary|additive|concat|infix|template|interpolat/.test(literal.parent?.type ?? '');
    return isRemoteCleartextUrl(literal.text, continued, f.lists);
  },
  /** A name under which URLs are kept (`baseUrl`, `API_HOST`, `endpoint`). */
  'sc-url-name?': (_g, a, f) => f.lists.matcher('url-like-names').test(node(a[0], 'sc-url-name?').text),
  /** `(#sc-in-list? @node "NAME[,NAME]")`: the node's text is in the word list(s). */
  'sc-in-list?': (_g, a, f) => {
    if (typeof a[1] !== 'string') throw new Error('#sc-in-list? expects a word list name');
    return f.lists.matcher(a[1]).test(node(a[0], 'sc-in-list?').text);
  },
  /** The call may send its argument somewhere: it is not logging, string editing or an assertion. */
  'sc-may-send?': (g, a, f) => {
    const call = node(a[0], 'sc-may-send?');
    const name = calleeName(g, call);
    if (name !== undefined && f.lists.matcher(NON_NETWORK_LISTS).test(name)) return false;
    // Inside an assertion (`assertThat(parse("http://…"))`, `assertThrows { get("http://…") }`)
    // the URL is a test fixture, not traffic.
    for (let n = call.parent; n; n = n.parent) {
      if (n.type in SYNTAX[g].calls && f.lists.matcher('assertion-callees').test(calleeName(g, n) ?? '')) return false;
    }
    return true;
  },
};

export function isKnownPredicate(operator: string): boolean {
  return operator in PREDICATES;
}

/** Applies a pattern's custom predicates to one match; tree-sitter already applied its own. */
export function customPredicatesHold(
  file: FileContext,
  predicates: readonly QueryPredicate[],
  captureNodes: (name: string) => Node | undefined,
): boolean {
  const grammar = file.grammar;
  for (const p of predicates) {
    const fn = PREDICATES[p.operator];
    if (!fn) continue; // validated at load time: unknown operators never get here
    const args: PredicateArg[] = [];
    for (const step of p.operands) {
      if (step.type === 'string') { args.push(step.value); continue; }
      const captured = captureNodes(step.name);
      if (!captured) return false; // an optional capture that did not match: predicate cannot hold
      args.push(captured);
    }
    if (!fn(grammar, args, file)) return false;
  }
  return true;
}
