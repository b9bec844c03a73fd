import type { Node, QueryPredicate } from 'web-tree-sitter';
import { ASSERTION_CALLEE, isRemoteCleartextUrl, NON_NETWORK_CALLEE, URL_LIKE_NAME } from './cleartext';
import { allDescendants, calleeName, ownDescendants, SYNTAX } from './syntax';
import type { GrammarId } from './types';

/**
 * Named predicates that a query can use where tree-sitter's own (#eq?, #match?, #any-of?)
 * cannot say what we mean, e.g. `(#sc-returns-true? @body)`. Each is small, shared by all
 * languages through the SYNTAX table, and unit-tested.
 */
export type PredicateArg = Node | string;
type PredicateFn = (grammar: GrammarId, args: PredicateArg[]) => boolean;

const node = (arg: PredicateArg | undefined, op: string): Node => {
  if (arg === undefined || typeof arg === 'string') throw new Error(`#${op} expects a capture as its first argument`);
  return arg;
};
const regexCache = new Map<string, RegExp>();
/** Predicates run once per match: compile each regular expression once per process. */
const regexArg = (arg: PredicateArg | undefined, op: string): RegExp => {
  if (typeof arg !== 'string') throw new Error(`#${op} expects a regular expression string`);
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
function noopTrustCheck(grammar: GrammarId, args: PredicateArg[]): boolean {
  const body = node(args[0], 'sc-noop-trust-check?');
  const harmless = typeof args[1] === 'string' ? regexArg(args[1], 'sc-noop-trust-check?') : HARMLESS_IN_TRUST_CHECK;
  if (containsThrow(grammar, body)) return false;
  return !anyCall(grammar, body, (name) => name === undefined || !harmless.test(name));
}
const HARMLESS_IN_TRUST_CHECK = /^(log|[diwev]|wtf|info|debug|warn|warning|trace|print|println|printf|printStackTrace|checkValidity|getSubjectDN|getIssuerDN|getSubjectX500Principal|getName|toString|format|size|isEmpty|NSLog|Timber|tag)$/;

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

function returnsTrue(grammar: GrammarId, args: PredicateArg[]): boolean {
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

/** A parameter's name, from the name itself or from its declaration (`String h`, `h: String`). */
function parameterName(n: Node): string {
  if (/identifier$/.test(n.type)) return n.text;
  const name = n.childForFieldName('name') ?? n.namedChildren.find((c) => c !== null && /identifier$/.test(c.type)) ?? null;
  return name?.text ?? n.text;
}

/** What a function body can answer: its own returns, or an expression body / a closure's last expression. */
function answers(grammar: GrammarId, body: Node): string[] {
  const { returns } = SYNTAX[grammar];
  const values: string[] = [];
  for (const n of ownDescendants(grammar, body)) {
    if (returns.has(n.type)) values.push(n.text.replace(/^return(@[\w$]+)?\b/, '').replace(/;$/, '').trim());
  }
  if (values.length > 0 || body.type === 'block') return values; // a block without return answers nothing
  if (!/^(lambda_literal|function_body|statements)$/.test(body.type)) return [body.text]; // expression body
  const last = lastExpression(grammar, body);
  return last ? [last.text] : [];
}

/** Session members that only repeat the connection's host, port or parameters, not its certificate. */
const SESSION_WITHOUT_CERTIFICATE = /^\s*\??\.\s*(getPeerHost|peerHost|getPeerPort|peerPort|getProtocol|protocol|getCipherSuite|cipherSuite|getCreationTime|creationTime|getLastAccessedTime|lastAccessedTime|isValid)\b/;
const DELEGATES_HOST_CHECK = /^(verify|verifyHostname|getDefaultHostnameVerifier|checkServerIdentity|getPeerCertificates|getPeerCertificateChain|getPeerPrincipal|getSubjectAlternativeNames)$/;

/**
 * `(#sc-host-only-verifier? @body @host @session)`: a host name verifier whose answer depends
 * on the requested host and never on the certificate: the session parameter is unused (or
 * only asked for its peer host, port or protocol), nothing is delegated to another verifier,
 * and the answer is neither plain `true` (the always-true patterns report that) nor always
 * `false` (which rejects everything). E.g. `(host, session) -> host.equals("api.shop.io")`:
 * OkHttp uses the verifier instead of its own check, and HttpsURLConnection consults it when
 * the certificate's name does not match, so a trusted certificate for any other name is
 * accepted for that host (CWE-297).
 */
function hostOnlyVerifier(grammar: GrammarId, args: PredicateArg[]): boolean {
  const body = node(args[0], 'sc-host-only-verifier?');
  const hostParameter = node(args[1], 'sc-host-only-verifier?');
  const sessionParameter = node(args[2], 'sc-host-only-verifier?');
  const host = parameterName(hostParameter);
  const session = parameterName(sessionParameter);
  const declares = (n: Node) => [hostParameter, sessionParameter].some((p) => n.startIndex >= p.startIndex && n.endIndex <= p.endIndex);
  if (returnsTrue(grammar, [body])) return false;
  const values = answers(grammar, body);
  if (values.length > 0 && values.every((v) => /^\(*false\)*$/.test(v))) return false;
  if (anyCall(grammar, body, (name) => name !== undefined && DELEGATES_HOST_CHECK.test(name))) return false;
  let usesHost = false;
  for (const n of [body, ...allDescendants(body)]) {
    if (!/identifier$/.test(n.type) || n.namedChildCount > 0 || declares(n)) continue; // a closure's own parameter list
    if (n.text === host) usesHost = true;
    if (n.text === session && session !== '_') {
      const after = n.parent ? n.parent.text.slice(n.endIndex - n.parent.startIndex) : '';
      if (!SESSION_WITHOUT_CERTIFICATE.test(after)) return false;
    }
  }
  return usesHost;
}

/**
 * `(#sc-returns-only? @body "regex")`: nothing under the body throws and every own `return`
 * gives a value whose text matches the regex (a bare `return` counts as ""). With no
 * `return` at all the body falls off its end, which the pattern decides is acceptable by
 * capturing only block bodies. E.g. a Node `checkServerIdentity` that only ever answers
 * `undefined`/`null` accepts every host name (CWE-297).
 */
function returnsOnly(grammar: GrammarId, args: PredicateArg[]): boolean {
  const body = node(args[0], 'sc-returns-only?');
  const allowed = regexArg(args[1], 'sc-returns-only?');
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
function alwaysCallsWith(grammar: GrammarId, args: PredicateArg[]): boolean {
  const scope = node(args[0], 'sc-always-calls-with?');
  const fn = node(args[1], 'sc-always-calls-with?').text;
  const allowed = regexArg(args[2], 'sc-always-calls-with?');
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
function insideFunction(grammar: GrammarId, args: PredicateArg[]): boolean {
  const start = node(args[0], 'sc-inside-function?');
  const pattern = regexArg(args[1], 'sc-inside-function?');
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
 * annotation whose simple name matches the regex. E.g. Jetpack Compose `@Preview` /
 * multipreview functions (`@HAPreviews`) only feed the IDE's design view and never ship a
 * request, so their sample URLs are not traffic.
 */
function notInsideAnnotated(grammar: GrammarId, args: PredicateArg[]): boolean {
  const start = node(args[0], 'sc-not-inside-annotated?');
  const pattern = regexArg(args[1], 'sc-not-inside-annotated?');
  const { functions } = SYNTAX[grammar];
  for (let n = start.parent; n; n = n.parent) {
    // tree-sitter-kotlin sometimes reads `@Preview @Composable private fun F() {…}` as
    // annotated expressions around `private fun F() {…}`: their annotations count too.
    const holder = functions.has(n.type) ? n.namedChildren.find((c) => c?.type === 'modifiers')
      : n.type === 'annotated_expression' ? n : undefined;
    for (const annotation of holder?.namedChildren ?? []) {
      const name = /^@(?:[\w.]+\.)?(\w+)/.exec(annotation?.text ?? '')?.[1];
      if (annotation?.type === 'annotation' && name && pattern.test(name)) return false;
    }
  }
  return true;
}

/**
 * `(#sc-not-inside-swift-preview? @node)`: @node is not SwiftUI preview code, i.e. not inside a
 * `#Preview { … }` macro nor inside a type that conforms to `PreviewProvider`. Previews only
 * feed Xcode's canvas and never send their sample URLs (Swift's counterpart of Compose
 * `@Preview`, see sc-not-inside-annotated?).
 */
function notInsideSwiftPreview(_grammar: GrammarId, args: PredicateArg[]): boolean {
  for (let n = node(args[0], 'sc-not-inside-swift-preview?').parent; n; n = n.parent) {
    if (n.type === 'macro_invocation' && n.namedChildren.find((c) => c?.type === 'simple_identifier')?.text === 'Preview') return false;
    if (n.type === 'class_declaration' && n.namedChildren.some((c) => c?.type === 'inheritance_specifier' && /^(SwiftUI\.)?PreviewProvider$/.test(c.text))) return false;
  }
  return true;
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
function notArgumentOf(grammar: GrammarId, args: PredicateArg[]): boolean {
  const start = node(args[0], 'sc-not-argument-of?');
  const pattern = regexArg(args[1], 'sc-not-argument-of?');
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

const PREDICATES: Record<string, PredicateFn> = {
  /** `(#sc-scope-no-call? @node "regex")`: no call matching the regex in the member function around @node. */
  'sc-scope-no-call?': (g, a) => !anyCall(g, enclosingScope(g, node(a[0], 'sc-scope-no-call?')), (name) => !!name && regexArg(a[1], 'sc-scope-no-call?').test(name)),
  /**
   * Like sc-scope-no-call?, but only inside a function: module- or class-level code (no
   * function around it) always passes, rather than being judged by the rest of the file.
   */
  'sc-function-no-call?': (g, a) => {
    const scope = enclosingScope(g, node(a[0], 'sc-function-no-call?'));
    if (!SYNTAX[g].functions.has(scope.type) || /class_body$/.test(scope.type)) return true;
    return !anyCall(g, scope, (name) => !!name && regexArg(a[1], 'sc-function-no-call?').test(name));
  },
  'sc-scope-has-call?': (g, a) => anyCall(g, enclosingScope(g, node(a[0], 'sc-scope-has-call?')), (name) => !!name && regexArg(a[1], 'sc-scope-has-call?').test(name)),
  'sc-inside-function?': insideFunction,
  'sc-not-inside-swift-preview?': notInsideSwiftPreview,
  'sc-not-inside-annotated?': notInsideAnnotated,
  'sc-not-argument-of?': notArgumentOf,
  'sc-noop-trust-check?': noopTrustCheck,
  'sc-returns-true?': returnsTrue,
  'sc-returns-only?': returnsOnly,
  'sc-host-only-verifier?': hostOnlyVerifier,
  'sc-always-calls-with?': alwaysCallsWith,
  /** No call under the capture has a callee matching the regex (e.g. no SecTrustEvaluate). */
  'sc-no-call?': (g, a) => !anyCall(g, node(a[0], 'sc-no-call?'), (name) => !!name && regexArg(a[1], 'sc-no-call?').test(name)),
  'sc-has-call?': (g, a) => anyCall(g, node(a[0], 'sc-has-call?'), (name) => !!name && regexArg(a[1], 'sc-has-call?').test(name)),
  /** The literal is an http:// or ws:// URL to a remote host (see cleartext.ts). */
  'sc-cleartext-url?': (_g, a) => {
    const literal = node(a[0], 'sc-cleartext-url?');
    const continued = /binary|additive|concat|infix|template|interpolat/.test(literal.parent?.type ?? '');
    return isRemoteCleartextUrl(literal.text, continued);
  },
  /** A name under which URLs are kept (`baseUrl`, `API_HOST`, `endpoint`). */
  'sc-url-name?': (_g, a) => URL_LIKE_NAME.test(node(a[0], 'sc-url-name?').text),
  /** The call may send its argument somewhere: it is not logging, string editing or an assertion. */
  'sc-may-send?': (g, a) => {
    const call = node(a[0], 'sc-may-send?');
    const name = calleeName(g, call);
    if (name !== undefined && (NON_NETWORK_CALLEE.test(name) || ASSERTION_CALLEE.test(name))) return false;
    // Inside an assertion (`assertThat(parse("http://…"))`, `assertThrows { get("http://…") }`)
    // the URL is a test fixture, not traffic.
    for (let n = call.parent; n; n = n.parent) {
      if (n.type in SYNTAX[g].calls && ASSERTION_CALLEE.test(calleeName(g, n) ?? '')) return false;
    }
    return true;
  },
};

export function isKnownPredicate(operator: string): boolean {
  return operator in PREDICATES;
}

/** Applies a pattern's custom predicates to one match; tree-sitter already applied its own. */
export function customPredicatesHold(
  grammar: GrammarId,
  predicates: readonly QueryPredicate[],
  captureNodes: (name: string) => Node | undefined,
): boolean {
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
    if (!fn(grammar, args)) return false;
  }
  return true;
}
