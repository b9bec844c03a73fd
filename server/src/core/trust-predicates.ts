import type { Node } from 'web-tree-sitter';
import { anyCall, containsThrow, enclosingScope, lastExpression, node, noopTrustCheck, regexArg, answersOnly, type PredicateArg } from './predicate-helpers';
import { allDescendants, calleeName, ownDescendants, SYNTAX } from './syntax';
import type { GrammarId } from './types';
import type { FileContext } from './file-context';

/**
 * Predicates about what certificate checks decide: host name verifiers that never look at the
 * certificate (CWE-297) and handlers that forgive an expired one (CWE-298). Registered in
 * predicates.ts; unit-tested in test/src/predicates.test.ts.
 */

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
  // A block without return answers nothing (Java void, a Kotlin `fun f(…) { … }` returning Unit).
  if (values.length > 0 || body.type === 'block' || body.namedChildren[0]?.type === 'block') return values;
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
export function hostOnlyVerifier(grammar: GrammarId, args: PredicateArg[]): boolean {
  const body = node(args[0], 'sc-host-only-verifier?');
  const hostParameter = node(args[1], 'sc-host-only-verifier?');
  const sessionParameter = node(args[2], 'sc-host-only-verifier?');
  const host = parameterName(hostParameter);
  const session = parameterName(sessionParameter);
  const declares = (n: Node) => [hostParameter, sessionParameter].some((p) => n.startIndex >= p.startIndex && n.endIndex <= p.endIndex);
  if (answersOnly(grammar, body, /^true$/)) return false;
  const values = answers(grammar, body);
  if (values.length === 0 || values.every((v) => /^\(*false\)*$/.test(v))) return false; // no answer, or always no
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
 * `(#sc-scope-can-reject? @node "harmless-regex")`: the member function around @node can
 * still reject a certificate: something in it throws, or calls what is not in the harmless
 * list (the list of #sc-noop-trust-check?). A trust manager that cannot reject anything is
 * tls-trust-all-certificates' finding; a narrower rule stays silent there, so one weakness is
 * reported once.
 */
export function scopeCanReject(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const scope = enclosingScope(grammar, node(args[0], 'sc-scope-can-reject?'));
  return !noopTrustCheck(grammar, [scope, ...args.slice(1)], file);
}

/** The try statement whose catch clause holds @node, and that try's guarded body. */
function guardedTryBody(start: Node): Node | undefined {
  for (let n: Node | null = start; n; n = n.parent) {
    if (!/^catch_(clause|block)$/.test(n.type)) continue;
    const tryNode = n.parent; // Java: field `body`; Kotlin: the first block of try_expression
    return tryNode?.childForFieldName('body') ?? tryNode?.namedChildren.find((c) => c?.type === 'block') ?? undefined;
  }
  return undefined;
}

/**
 * `(#sc-no-call-outside-try? @node "regex")`: in the member function around @node, every
 * call matching the regex sits in the body of the try whose catch holds @node (there may be
 * none at all). E.g. forgiving `CertificateExpiredException` from `chain[0].checkValidity()`
 * forgives nothing when the platform's `checkServerTrusted` runs as well: it checks the dates
 * again. Forgiving it from that very call is what lets an expired chain through (CWE-298).
 */
export function noCallOutsideTry(grammar: GrammarId, args: PredicateArg[]): boolean {
  const start = node(args[0], 'sc-no-call-outside-try?');
  const pattern = regexArg(args[1], 'sc-no-call-outside-try?');
  const guarded = guardedTryBody(start);
  const { calls } = SYNTAX[grammar];
  for (const n of allDescendants(enclosingScope(grammar, start))) {
    if (!(n.type in calls) || !pattern.test(calleeName(grammar, n) ?? '')) continue;
    if (!guarded || n.startIndex < guarded.startIndex || n.endIndex > guarded.endIndex) return false;
  }
  return true;
}

/**
 * The code a condition leads to when it holds: the then-branch of an `if`, the rest of the
 * block after a Swift `guard`, the body of a `case` / `when` entry. `undefined` when @from is
 * not in the condition of `n` (e.g. it sits in a branch, or `n` is no conditional).
 */
function acceptedCode(n: Node, from: Node): string | undefined {
  const within = (outer: Node) => from.startIndex >= outer.startIndex && from.endIndex <= outer.endIndex;
  switch (n.type) {
    case 'if_statement':
    case 'if_expression': {
      if (!n.childrenForFieldName('condition').some((c) => c !== null && within(c))) return undefined;
      if (n.childForFieldName('consequence')) return n.childForFieldName('consequence')!.text; // Java
      // Kotlin and Swift: the first child after the condition that is not a field (`bound_identifier`…)
      for (let i = 0; i < n.namedChildCount; i++) {
        const c = n.namedChild(i);
        if (c && c.startIndex >= from.endIndex && n.fieldNameForNamedChild(i) === null) return c.text;
      }
      return '';
    }
    case 'guard_statement': {
      if (!n.childrenForFieldName('condition').some((c) => c !== null && within(c))) return undefined;
      return n.parent ? n.parent.text.slice(n.endIndex - n.parent.startIndex) : undefined;
    }
    case 'switch_entry':
    case 'when_entry': {
      const body = n.namedChildren.find((c) => c !== null && /^(statements|control_structure_body|block)$/.test(c.type));
      return body && !within(body) ? body.text : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * `(#sc-condition-leads-to? @node "regex")`: @node is part of the condition of an `if`,
 * `guard`, `case` or `when` entry whose accepting code matches the regex. E.g. a trust
 * evaluation result compared with `.recoverableTrustFailure` (or an error code compared with
 * `errSecCertificateExpired`) in a condition that leads to `.useCredential` accepts an expired
 * certificate (CWE-298). The search stops at the enclosing function.
 */
export function conditionLeadsTo(grammar: GrammarId, args: PredicateArg[]): boolean {
  const start = node(args[0], 'sc-condition-leads-to?');
  const pattern = regexArg(args[1], 'sc-condition-leads-to?');
  const { functions } = SYNTAX[grammar];
  for (let n = start.parent; n && !functions.has(n.type); n = n.parent) {
    const accepted = acceptedCode(n, start);
    if (accepted !== undefined) return pattern.test(accepted);
  }
  return false;
}

/**
 * `(#sc-completes-normally? @branch)`: an error handled by @branch goes no further. Nothing
 * in it throws or answers `false`, and it either returns or is followed by nothing that
 * throws up to the end of its catch clause (or function). E.g. in
 * `catch (CertificateException e) { if (e.getCause() instanceof CertificateExpiredException) { Log.w(…); } throw e; }`
 * the expiry is only logged: the `throw e` after the `if` still rejects it.
 */
export function completesNormally(grammar: GrammarId, args: PredicateArg[]): boolean {
  const branch = node(args[0], 'sc-completes-normally?');
  const { returns, throws, functions } = SYNTAX[grammar];
  if (throws.has(branch.type) || containsThrow(grammar, branch)) return false;
  const own = [branch, ...ownDescendants(grammar, branch)].filter((n) => returns.has(n.type));
  if (own.some((r) => /^return(@[\w$]+)?\s+\(*false\)*;?$/.test(r.text.trim()))) return false;
  if (own.length > 0) return true;
  for (let n: Node = branch; n.parent && !functions.has(n.parent.type) && !/^catch_(clause|block)$/.test(n.type); n = n.parent) {
    if (!/^(block|statements)$/.test(n.parent.type)) continue; // a sibling in an `if` is its other branch
    for (let next = n.nextNamedSibling; next; next = next.nextNamedSibling) {
      if (throws.has(next.type) || containsThrow(grammar, next)) return false;
    }
  }
  return true;
}

