import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { lastName } from './dataflow/names';
import { render, stripQuotes, valuesOf, valuesThrough, type ThroughWrapper } from './dataflow/values';
import type { FileContext } from './file-context';
import { enclosingScope, node, type PredicateArg, type PredicateFn } from './predicate-helpers';
import { allDescendants } from './syntax';
import type { GrammarId } from './types';

/**
 * `(#sc-app-redirect? @node)`: the OAuth authorization request built around the node (in the
 * member function around it) does not send the user back to a web server: no `redirect_uri`
 * is visible, or one of them is a custom scheme (`com.shop.app:/oauth`), a loopback address or
 * a value this file does not show. When every redirect URI the request names is an http(s)
 * URL or a path on some host (`${server}/_oauth/google`), the code is redeemed by that server,
 * a confidential client holding its own secret: a missing PKCE there is the server's concern,
 * not the app's (RFC 9700 section 2.1.1, RFC 8252 section 8.1).
 */
const REDIRECT_KEY = /^(redirect_?ur[il]|redirectUR[IL]|redirect_uri|redirect_url)$/i;
/**
 * A web address: an http(s) URL (maybe percent-encoded) to a host other than loopback (a native
 * app's loopback redirect, RFC 8252 section 7.3, comes back to the app), or an unknown host
 * followed by a path.
 */
const WEB_URL = /^(https?(:|%3A)(\/\/|%2F%2F)(?!(127\.|localhost\b|\[::1\]|%5B::1%5D))|\u2026\/)/i;

function appRedirect(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-app-redirect?');
  const flow = file.flow;
  if (!flow) return true;
  const redirects = redirectValues(flow, enclosingScope(file.grammar, start), encodingWrapper(flow, file));
  return redirects.length === 0 || redirects.some((r) => !WEB_URL.test(r));
}

/** The rendered values of every redirect URI that the code under `scope` names. */
export function redirectValues(flow: FileFlow, scope: Node, through: ThroughWrapper): string[] {
  const out: string[] = [];
  const add = (value: Node): void => {
    for (const v of valuesThrough(flow, value, through)) out.push(render(v));
  };
  const isKey = (n: Node): boolean => {
    if (flow.lang.strings.has(n.type)) return REDIRECT_KEY.test(stripQuotes(n.text));
    return (flow.lang.identifiers.has(n.type) || !!flow.lang.member(n)) && valuesOf(flow, n).some((v) => REDIRECT_KEY.test(render(v)));
  };
  const seenText = new Set<number>();
  for (const n of allDescendants(scope)) {
    // { redirect_uri: x }, mapOf("redirect_uri" to x), ["redirect_uri": x]
    const collection = flow.lang.collection(n);
    if (collection) for (const e of collection.entries) if (e.key !== undefined && REDIRECT_KEY.test(e.key)) add(e.value);
    // .appendQueryParameter("redirect_uri", x), URLQueryItem(name: "redirect_uri", value: x), Config(redirectUri = x)
    const call = flow.lang.call(n);
    if (call) {
      call.args.forEach((a, i) => {
        if (a.label && REDIRECT_KEY.test(a.label)) add(a.value);
        else if (i + 1 < call.args.length && isKey(a.value)) add(call.args[i + 1]!.value);
      });
    }
    // "…&redirect_uri=" + REDIRECT, `…&redirect_uri=${uri}&…`: the whole concatenation's value
    if (flow.lang.strings.has(n.type) && /redirect_uri=/.test(n.text)) {
      let top = n;
      while (top.parent && flow.lang.concatenation(top.parent)) top = top.parent;
      if (seenText.has(top.id)) continue;
      seenText.add(top.id);
      for (const v of valuesThrough(flow, top, through)) {
        for (const m of render(v).matchAll(/redirect_uri=([^&#]*)/g)) out.push(m[1]!);
      }
    }
  }
  return out;
}

/** `encodeURIComponent(u)`, `URLEncoder.encode(u, …)`, `u.addingPercentEncoding(…)`: the address `u` (word list `url-encoding-callees`). */
export function encodingWrapper(flow: FileFlow, file: FileContext): ThroughWrapper {
  const encoders = file.lists.matcher('url-encoding-callees');
  return (n) => {
    const call = flow.lang.call(n);
    if (!call || !encoders.test(lastName(call.callee.text))) return undefined;
    const positional = call.args.find((a) => !a.label);
    return positional?.value ?? flow.lang.member(call.callee)?.object ?? call.receiver;
  };
}

/**
 * `(#sc-secret-like-literal? @literal)`: a string literal that reads like a real secret value,
 * not a placeholder or a name: no interpolation, at least 10 characters and no whitespace,
 * some digits or both upper- and lower-case letters (`client-secret-key`, `CLIENT_SECRET`
 * and `oauth.client.secret` are names of settings), not a URL, a path or an upper-case name
 * (`CLIENT_SECRET`, `HMAC-SHA1`), and none of the word list `secret-placeholder-fragments`,
 * also once decoded from base64 (`YOUR_CLIENT_SECRET`, `<secret>`, `changeme`,
 * `fakeSecret`, `client_secret_post`). A credential in app code (CWE-798) is only worth
 * reporting when it can be one.
 */
function secretLikeLiteral(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const literal = node(args[0], 'sc-secret-like-literal?');
  return isSecretLike(literal, file);
}

export function isSecretLike(literal: Node, file: FileContext): boolean {
  if (literal.namedChildren.some((c) => c !== null && /interpolat|substitution/.test(c.type))) return false;
  const text = stripQuotes(literal.text);
  if (text.length < 10 || /\s/.test(text)) return false;
  if (/\$[{A-Za-z_]|\\\(/.test(text)) return false; // a template the grammar keeps as text ("$SECRET", "\(secret)")
  if (/:\/\/|^\//.test(text)) return false;
  if (!/\d/.test(text) && !(/[a-z]/.test(text) && /[A-Z]/.test(text))) return false;
  if (/^[A-Z][A-Z0-9_.-]*$/.test(text)) return false; // an environment key or an algorithm name (HMAC-SHA1)
  if (/^(.)\1+$/.test(text)) return false;
  const placeholder = file.lists.matcher('secret-placeholder-fragments');
  return !placeholder.test(text) && !placeholder.test(base64Text(text));
}

/** A base64 literal that decodes to plain text (`dGVzdC1zZWNyZXQ=` is "test-secret"), or ''. */
function base64Text(text: string): string {
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(text) || text.length % 4 !== 0) return '';
  const decoded = atob(text); // latin1 text; atob runs in Node and in browsers alike
  return /^[\x20-\x7e]+$/.test(decoded) ? decoded : '';
}

/**
 * `(#sc-named-like? @expr "LIST" "NOT-LIST")`: the expression is named like the words of LIST
 * (`session.accessToken`, `getToken()`, `authToken`: `secret-like-names`) and neither its
 * name nor, for a name this file assigns, what it is assigned (`const token =
 * user.getTransferToken()`) has a word of NOT-LIST (`nextPageToken`, `transfer`:
 * `non-secret-token-names`). A name is what says what a value means when the value itself
 * comes from elsewhere.
 */
function namedLike(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const expr = node(args[0], 'sc-named-like?');
  if (typeof args[1] !== 'string' || typeof args[2] !== 'string') throw new Error('#sc-named-like? expects two word list names');
  const wanted = file.lists.matcher(args[1]);
  const unwanted = file.lists.matcher(args[2]);
  if (!wanted.test(expr.text) || unwanted.test(expr.text)) return false;
  const flow = file.flow;
  const binding = flow && (flow.lang.identifiers.has(expr.type) || flow.lang.member(expr)) ? flow.bindings.resolve(expr) : undefined;
  if (!flow || !binding) return true;
  return !flow.bindings.definitionsReaching(binding, expr).some((d) => unwanted.test(d.value.text));
}

export const OAUTH_PREDICATES: Record<string, PredicateFn> = {
  'sc-app-redirect?': appRedirect,
  'sc-secret-like-literal?': secretLikeLiteral,
  'sc-named-like?': namedLike,
};
