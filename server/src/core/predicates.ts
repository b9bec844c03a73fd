import type { Node, QueryPredicate } from 'web-tree-sitter';
import { cleartextUrlOf, isDefaultScheme, isRemoteCleartextUrl, isSchemePrefix, nameKeptUnder } from './cleartext';
import { inLoopbackBranch } from './cleartext-context';
import type { Binding } from './dataflow/bindings';
import { boundValue, expressionUseKinds, useKinds, useVocabulary, USE_KINDS, type UseKind } from './dataflow/uses';
import { render, valuesOf } from './dataflow/values';
import { calleeOf, destinationsOf } from './dataflow/forward';
import { originNames } from './dataflow/origins';
import type { FileContext } from './file-context';
import { STRUCTURAL_PREDICATES } from './structural-predicates';
import { TEXT_PREDICATES } from './text-predicates';
import { OAUTH_PREDICATES } from './oauth-predicates';
import { URL_VALUE_PREDICATES } from './url-value-predicates';
import { JSX_PREDICATES } from './jsx-predicates';
import { LOCAL_AUTH_PREDICATES } from './local-auth-predicates';
import { ADDRESS_PREDICATES } from './address-predicates';
import { VALUE_USE_PREDICATES } from './value-use-predicates';
import { TLS_CONFIG_PREDICATES } from './tls-config-predicates';
import { enclosingScope, node, noopTrustCheck, regexArg, answersOnly, type PredicateArg, type PredicateFn } from './predicate-helpers';
import { allDescendants, calleeName, insideCallTo, SYNTAX } from './syntax';
import { completesNormally, conditionLeadsTo, hostOnlyVerifier, noCallOutsideTry, scopeCanReject } from './trust-predicates';
import type { GrammarId } from './types';

/**
 * Named predicates that a query can use where tree-sitter's own (#eq?, #match?, #any-of?)
 * cannot say what we mean, e.g. `(#sc-returns-only? @body "^true$")`. Each is small, shared by all
 * languages through the SYNTAX table, and unit-tested. Shared building blocks live in
 * predicate-helpers.ts; the certificate-decision predicates in trust-predicates.ts.
 */
export type { PredicateArg } from './predicate-helpers';

/**
 * `(#sc-returns-only? @body "regex")`: nothing under the body throws and every own `return`
 * gives a value whose text matches the regex (a bare `return` counts as ""). With no
 * `return` at all the body falls off its end, which the pattern decides is acceptable by
 * capturing only block bodies. E.g. a Node `checkServerIdentity` that only ever answers
 * `undefined`/`null` accepts every host name (CWE-297).
 */
function returnsOnly(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  return answersOnly(grammar, node(args[0], 'sc-returns-only?'), regexArg(args[1], 'sc-returns-only?', file));
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
 * `(#sc-not-argument-of? @node "regex")`: @node's value does not end up only as arguments of
 * calls or constructors whose callee name matches the regex. The value is followed
 * (dataflow/forward.ts) through wrappers, object literals and spreads, locals and fields,
 * and this file's helper functions, so `const opts = { key, cert, rejectUnauthorized: false };
 * https.createServer(opts)` counts as an argument of `createServer` just like the literal
 * would. E.g. TLS options handed to a *server*, where the flag is about client
 * certificates, not about trusting the server one talks to.
 */
function notArgumentOf(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-not-argument-of?');
  const pattern = regexArg(args[1], 'sc-not-argument-of?', file);
  const flow = file.flow;
  if (!flow) return !passedStraightTo(grammar, start, pattern);
  const destinations = destinationsOf(flow, start);
  if (destinations.length === 0) return true;
  return !destinations.every((d) => d.kind === 'argument' && pattern.test(calleeOf(flow, d.call!)));
}

/**
 * `(#sc-argument-of? @node "regex")`: the mirror of `#sc-not-argument-of?`. @node's value
 * reaches, as an argument, at least one call or constructor whose callee name matches the
 * regex, followed the same way (wrappers, object literals, locals, this file's helpers). E.g.
 * `algorithms: ['none']` is a JWT setting only where the options object reaches `jwt.verify`
 * or `expressjwt(…)`; the same key in a compression config is not.
 */
function argumentOf(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const start = node(args[0], 'sc-argument-of?');
  const pattern = regexArg(args[1], 'sc-argument-of?', file);
  const flow = file.flow;
  if (!flow) return passedStraightTo(grammar, start, pattern);
  return destinationsOf(flow, start).some((d) => d.kind === 'argument' && pattern.test(calleeOf(flow, d.call!)));
}

/** Without a flow model: the node is passed straight to a matching call. */
function passedStraightTo(grammar: GrammarId, start: Node, pattern: { test(s: string): boolean }): boolean {
  let n: Node | null = start.parent;
  let inArguments = false;
  // Through wrappers (`(…)`, `… as T`) and the argument list, up to the call itself.
  while (n && /^(parenthesized_expression|as_expression|satisfies_expression|non_null_expression|arguments|value_arguments?|call_suffix|argument_list)$/.test(n.type)) {
    if (/argument/.test(n.type)) inArguments = true;
    n = n.parent;
  }
  if (!n || !inArguments || !(n.type in SYNTAX[grammar].calls)) return false;
  return pattern.test(calleeName(grammar, n) ?? '');
}

/**
 * `(#sc-value-used? @expr)`: @expr's value is read somewhere: it is not only stored in names
 * that nobody reads or that are overwritten before every read (`let o = { … }; o = { ca };
 * request(o)`), nor in a property that a later `{ ...o, key: … }` replaces.
 */
function valueUsed(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const expr = node(args[0], 'sc-value-used?');
  const flow = file.flow;
  return !flow || destinationsOf(flow, expr).length > 0;
}

/** What a URL literal passes through on its way to the call that uses it. */
const URL_WRAPPER_NODE = /^(binary_expression|additive_expression|parenthesized_expression|value_arguments?|arguments|argument_list|call_suffix|postfix_expression|navigation_expression|navigation_suffix|as_expression|non_null_expression|template_substitution|interpolated_expression)$/;
/** Calls that only turn a string into a URL: `Uri.parse(…)`, `"…".toUri()`, `URL(string: …)`, `URI.create(…)`. */
const URL_WRAPPER_CALL = /^(parse|toUri|toURI|toUrl|toURL|URL|NSURL|URI|create|fromString)$/;

/** The receiver of `intent.setData(…)` / `intent.data = …` was built as an ACTION_VIEW intent. */
function isViewIntent(grammar: GrammarId, text: string, at: Node): boolean {
  if (/\bACTION_VIEW\b|"android\.intent\.action\.VIEW"/.test(text)) return true;
  const receiver = /^\s*([A-Za-z_]\w*)\s*(?:\.|\?\.)\s*(?:setData|setDataAndType|data)\b/.exec(text)?.[1];
  if (!receiver) return false;
  const scope = enclosingScope(grammar, at).text;
  return new RegExp(`\\b${receiver}\\s*(?::\\s*Intent\\s*)?=\\s*(?:new\\s+)?Intent\\(\\s*(?:Intent\\.)?ACTION_VIEW\\b`).test(scope);
}

/**
 * `(#sc-opened-in-external-browser? @literal)`: the URL only reaches an API that hands it to the
 * user's browser app: an ACTION_VIEW intent (`Intent(ACTION_VIEW, Uri.parse(…))`,
 * `setData`/`data =` on one), Compose `uriHandler.openUri`, Desktop `browse`, UIKit/AppKit
 * `open`/`openURL`, SwiftUI `Link`/`openURL`, React Native `Linking.openURL`, Electron
 * `shell.openExternal`. Nothing the app itself sends goes over that link (the browser's own
 * protections then apply), so transport-cleartext-url reports it as a note. In-app browsers
 * (Custom Tabs, SFSafariViewController, WebView) are not external.
 */
function openedInExternalBrowser(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  return onlyOpenedInExternalBrowser(grammar, node(args[0], 'sc-opened-in-external-browser?'), file, 0);
}

function onlyOpenedInExternalBrowser(grammar: GrammarId, start: Node, file: FileContext, hops: number): boolean {
  const { calls } = SYNTAX[grammar];
  let n = start;
  let argument: Node | undefined;
  for (let depth = 0; n.parent && depth < 16; depth++, n = n.parent) {
    const p = n.parent;
    if (p.type === 'value_argument') argument = p;
    if (p.type in calls) {
      const name = calleeName(grammar, p) ?? '';
      if (URL_WRAPPER_CALL.test(name)) continue;
      const callee = calls[p.type]!(p)?.text ?? '';
      if (name === 'Intent') return /\bACTION_VIEW\b|"android\.intent\.action\.VIEW"/.test(p.text);
      if (/^(setData|setDataAndType)$/.test(name)) return isViewIntent(grammar, p.text, p);
      if (name === 'Link') return /^destination\s*:/.test(argument?.text ?? ''); // SwiftUI Link("Help", destination: …)
      if (/^(openUri|openURL|openExternal|browse)$/.test(name)) return true;
      return name === 'open' && /\b(UIApplication|NSWorkspace)\b|^application\.open$/.test(callee);
    }
    if (/^(assignment|assignment_expression)$/.test(p.type)) {
      // Intent(Intent.ACTION_VIEW).apply { data = Uri.parse("http://…") }; intent.data = …
      const target = (p.childForFieldName('left') ?? p.namedChildren[0])?.text ?? '';
      if (!/(^|\.)data$/.test(target)) return false;
      for (let up: Node | null = p.parent, hops = 0; up && hops < 6; up = up.parent, hops++) {
        if (up.type in calls && /^\s*(new\s+)?Intent\(\s*(Intent\.)?ACTION_VIEW\b/.test(up.text)) return true;
      }
      return isViewIntent(grammar, p.text, p);
    }
    // `if let url = URL(string: "http://…") { UIApplication.shared.open(url) }`: kept in a local
    // whose every read is opened in the external browser.
    const flow = file.flow;
    for (const holder of flow ? [p, p.parent] : []) {
      const declared = holder && flow!.lang.declarations(holder)?.find((d) => d.value?.id === n.id);
      if (!declared) continue;
      const b = flow!.bindings.declaredBy(declared.name);
      return !!b && b.uses.length > 0 && hops < 3 && b.uses.every((use) => onlyOpenedInExternalBrowser(grammar, use, file, hops + 1));
    }
    if (!URL_WRAPPER_NODE.test(p.type)) return false;
  }
  return false;
}

/**
 * `(#sc-used-beyond? @name "logged compared host …")`: the value bound at @name (a
 * declaration's name, an assignment's target, or the stored expression itself) has a use of
 * a kind outside the listed harmless ones (see dataflow/uses.ts). Only the reads that this
 * value reaches count: a local overwritten before it is read leaves it unused. A URL
 * constant only logged or compared sends nothing. An expression that is not stored in a
 * name (an argument, a return value) is used where it stands.
 */
function usedBeyond(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const at = node(args[0], 'sc-used-beyond?');
  const harmless = kindsArg(args[1], 'sc-used-beyond?');
  const flow = file.flow;
  if (!flow) return true; // nothing known about its uses: it may be sent
  const declared = flow.bindings.declaredBy(at);
  const bound = declared ? { binding: declared, site: declared.site } : assignedAt(flow, at) ?? boundValue(flow, at);
  const referenced = bound ? undefined : flow.bindings.resolve(at); // a read of the name: all its uses
  if (!bound && !referenced) return true;
  const kinds = bound ? useKinds(flow, bound.binding, useVocabulary(file.lists), file.text, 0, bound.site) : useKinds(flow, referenced!, useVocabulary(file.lists), file.text);
  for (const kind of kinds) if (!harmless.has(kind)) return true;
  return false;
}

/** `x = …` with @name on `x`: the binding and the assignment. */
function assignedAt(flow: NonNullable<FileContext['flow']>, target: Node): { binding: Binding; site: Node } | undefined {
  let p = target.parent;
  for (let depth = 0; p && depth < 3 && !flow.lang.assignment(p); depth++) p = p.parent;
  const assigned = p && flow.lang.assignment(p);
  if (!p || !assigned || target.startIndex < assigned.target.startIndex || target.endIndex > assigned.target.endIndex) return undefined;
  const binding = flow.bindings.resolve(assigned.target);
  return binding && { binding, site: p };
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

/**
 * `(#sc-made-by? @expr "regex" ["receiver"])`: one of the names the value of @expr is made by (dataflow/
 * origins.ts: the calls, constructors and objects it comes from, through locals, fields,
 * helpers, call receivers and arguments; for a parameter or injected property, its
 * declaration's name, type and annotations) matches. `prefs.edit()` of
 * `context.getSharedPreferences(…)` is made by `getSharedPreferences`; of
 * `EncryptedSharedPreferences.create(…)` by `EncryptedSharedPreferences`. With "receiver", a
 * call is asked about the object it is made on only (`editor.putString(k, v)`: the editor).
 */
function madeBy(_grammar: GrammarId, args: PredicateArg[], file: FileContext, op: string): boolean {
  const expr = node(args[0], op);
  const pattern = regexArg(args[1], op, file);
  if (args[2] !== undefined && args[2] !== 'receiver') throw new Error(`#${op}: the third argument may only be "receiver"`);
  const flow = file.flow;
  if (!flow) return pattern.test(expr.text);
  for (const name of originNames(flow, expr, args[2] === 'receiver')) if (pattern.test(name)) return true;
  return false;
}

/** `(#sc-value-matches? @expr "regex")`: one of the values @expr can have matches (unknown parts read as `…`). */
function valueMatches(_grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const expr = node(args[0], 'sc-value-matches?');
  const pattern = regexArg(args[1], 'sc-value-matches?', file);
  const flow = file.flow;
  if (!flow) return pattern.test(expr.text);
  return valuesOf(flow, expr).some((v) => pattern.test(render(v)));
}

/**
 * `(#sc-cleartext-url? @literal ["schemes"])`: the literal is an http:// or ws:// URL (or one of
 * the given schemes, `"ftp telnet"`) to a remote host (cleartext.ts), not a scheme that only a
 * loopback host gets (`if (/^localhost/.test(h)) h = `http://${h}``, cleartext-context.ts), and
 * not an Apple Maps or App Store link handed to the external browser (the OS opens its own
 * app; nothing is requested in cleartext).
 */
function cleartextUrl(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const literal = node(args[0], 'sc-cleartext-url?');
  const schemes = schemesArg(args[1]);
  const continued = /binary|additive|concat|infix|template|interpolat/.test(literal.parent?.type ?? '');
  if (!isRemoteCleartextUrl(literal.text, continued, file.lists, schemes) || inLoopbackBranch(literal)) return false;
  const host = cleartextUrlOf(literal.text, schemes)?.host ?? '';
  return !(file.lists.has('os-app-link-hosts') && file.lists.matcher('os-app-link-hosts').test(host) && onlyOpenedInExternalBrowser(grammar, literal, file, 0));
}

const schemesCache = new Map<string, readonly string[]>();
/** `"ftp telnet"`: URL schemes, letters only (they become part of a regular expression). */
function schemesArg(arg: PredicateArg | undefined): readonly string[] | undefined {
  if (arg === undefined) return undefined;
  if (typeof arg !== 'string' || !/^[a-z][a-z0-9+.-]*([\s,|]+[a-z][a-z0-9+.-]*)*$/i.test(arg.trim())) {
    throw new Error('#sc-cleartext-url? expects URL schemes as its second argument, e.g. "ftp telnet"');
  }
  let schemes = schemesCache.get(arg);
  if (!schemes) schemesCache.set(arg, (schemes = arg.trim().split(/[\s,|]+/).map((x) => x.replace(/[+.]/g, '\\$&'))));
  return schemes;
}

/** Calls that take a URL-looking argument without sending it anywhere. */
const NON_NETWORK_LISTS = 'logging-callees,comparison-callees,string-edit-callees,serialization-callees,assertion-callees,test-definition-callees,ui-text-callees,credits-callees,namespace-callees';
/**
 * Calls a flow passes through rather than ends at: collections and formatted strings carry
 * their values on; a proxy address or a header value is not a destination.
 */
const PASS_ON_LISTS = 'collection-builder-callees,string-building-callees,proxy-callees,header-callees';
/** What the result of a URL parse may be used for without a request: reading a part, comparing, logging, showing. */
const INSPECTED_ONLY: ReadonlySet<UseKind> = new Set(['host', 'compared', 'logged', 'ui', 'namespace', 'debug', 'unused']);

/**
 * `Uri.parse(x).host`, `val u = URL(x); return u.getHost()`: a call that only turns a string
 * into a URL object whose every use reads a part of it, compares or logs it. The scheme was
 * only there so the text could be parsed; nothing is requested.
 */
function parsedOnlyToInspect(file: FileContext, call: Node, name: string | undefined): boolean {
  if (name === undefined || !file.lists.matcher('url-parse-callees').test(name)) return false;
  const flow = file.flow;
  if (!flow) return false;
  const kinds = expressionUseKinds(flow, call, useVocabulary(file.lists), file.text);
  return kinds.size > 0 && [...kinds].every((k) => INSPECTED_ONLY.has(k));
}

const PREDICATES: Record<string, PredicateFn> = {
  'sc-not-argument-of?': notArgumentOf,
  'sc-argument-of?': argumentOf,
  'sc-value-used?': valueUsed,
  'sc-noop-trust-check?': noopTrustCheck,
  'sc-returns-only?': returnsOnly,
  'sc-host-only-verifier?': hostOnlyVerifier,
  'sc-scope-can-reject?': scopeCanReject,
  'sc-no-call-outside-try?': noCallOutsideTry,
  'sc-condition-leads-to?': conditionLeadsTo,
  'sc-completes-normally?': completesNormally,
  'sc-always-calls-with?': alwaysCallsWith,
  'sc-cleartext-url?': cleartextUrl,
  /**
   * `(#sc-not-default-scheme? @literal)`: the literal is not a scheme put in front of an address
   * that lacks one: `if (!url.contains("://")) url = "http://" + url`,
   * `if (url.startsWith("http")) url else "http://$url"`. The address is typed or configured
   * elsewhere; `http://` is only its default (see cleartext.ts).
   */
  'sc-not-default-scheme?': (g, a, f) => !isDefaultScheme(node(a[0], 'sc-not-default-scheme?'), f.flow, SYNTAX[g].functions),
  /** `(#sc-scheme-prefix? @literal)`: a bare `"http://"` kept or chosen as the start of a URL (see cleartext.ts). */
  'sc-scheme-prefix?': (_g, a, f) => isSchemePrefix(node(a[0], 'sc-scheme-prefix?'), f.flow) && !inLoopbackBranch(node(a[0], 'sc-scheme-prefix?')),
  /**
   * `(#sc-not-kept-under? @literal "NAME[,NAME]")`: the literal is not the value of a variable,
   * constant, property or key whose name is in the word list(s): `NAMESPACE = "http://ws.shop.io/"`
   * is an identifier, `proxyUrl = "http://" + host` a proxy address, not a destination.
   */
  'sc-not-kept-under?': (_g, a, f) => {
    if (typeof a[1] !== 'string') throw new Error('#sc-not-kept-under? expects a word list name');
    const name = nameKeptUnder(node(a[0], 'sc-not-kept-under?'), f.flow);
    return name === undefined || !f.lists.matcher(a[1]).test(name);
  },
  'sc-opened-in-external-browser?': openedInExternalBrowser,
  /** A name under which URLs are kept (`baseUrl`, `API_HOST`, `endpoint`), not a namespace or proxy name (`NSURI`, `proxyUrl`). */
  'sc-url-name?': (_g, a, f) => {
    const text = node(a[0], 'sc-url-name?').text;
    return f.lists.matcher('url-like-names').test(text) && !f.lists.matcher('not-url-names').test(text);
  },
  /** `(#sc-in-list? @node "NAME[,NAME]")`: the node's text is in the word list(s). */
  'sc-in-list?': (_g, a, f) => {
    if (typeof a[1] !== 'string') throw new Error('#sc-in-list? expects a word list name');
    return f.lists.matcher(a[1]).test(node(a[0], 'sc-in-list?').text);
  },
  /** `(#sc-not-in-list? @node "NAME[,NAME]")`: the node's text is in none of the word list(s). */
  'sc-not-in-list?': (_g, a, f) => {
    if (typeof a[1] !== 'string') throw new Error('#sc-not-in-list? expects a word list name');
    return !f.lists.matcher(a[1]).test(node(a[0], 'sc-not-in-list?').text);
  },
  'sc-used-beyond?': usedBeyond,
  /**
   * `(#sc-not-used-beyond? @name "kinds")`: the opposite of `#sc-used-beyond?`: every use of the
   * value bound at @name is of a listed kind. With `"unused logged debug"`, a pinner built and
   * never read (or only logged): nothing installs it. Where nothing is known about the uses
   * (no flow model, a name this file does not bind), it does not hold.
   */
  'sc-not-used-beyond?': (g, a, f) => !!f.flow && !usedBeyond(g, a, f),
  'sc-sink-call?': (g, a, f) => sinkCall(g, a, f),
  'sc-value-matches?': valueMatches,
  'sc-made-by?': (g, a, f) => madeBy(g, a, f, 'sc-made-by?'),
  'sc-not-made-by?': (g, a, f) => !madeBy(g, a, f, 'sc-not-made-by?'),
  /** The call may send its argument somewhere: it is not logging, string editing or an assertion. */
  'sc-may-send?': (g, a, f) => {
    const call = node(a[0], 'sc-may-send?');
    const name = calleeName(g, call);
    if (name !== undefined && f.lists.matcher(NON_NETWORK_LISTS).test(name)) return false;
    // Inside an assertion (`assertThat(parse("http://…"))`, `assertThrows { get("http://…") }`)
    // the URL is a test fixture, not traffic.
    return !insideCallTo(g, call, f.lists.matcher('assertion-callees'));
  },
};

/**
 * `(#sc-sink-call? @call)`: for flow sinks, a call where a value leaves what the file shows:
 * it may send (#sc-may-send?), and it is not
 * - a function of this file (the flow follows the argument into its parameter, so the sink
 *   is where that function uses it; a helper that only logs it sends nothing),
 * - a collection builder (`listOf`, `Arrays.asList`: the flow follows the collection),
 * - proxy configuration (`addProxyRule("http://" + proxyHost)`: `http://` names the proxy
 *   protocol; TLS traffic is tunnelled through it), or a request header (`addHeader("Referer", …)`),
 * - a URL parse whose result is only read for a part, compared or logged (`Uri.parse(x).host`).
 */
function sinkCall(grammar: GrammarId, args: PredicateArg[], file: FileContext): boolean {
  const call = node(args[0], 'sc-sink-call?');
  if (!PREDICATES['sc-may-send?']!(grammar, args, file)) return false;
  const name = calleeName(grammar, call);
  if (name !== undefined && file.lists.matcher(PASS_ON_LISTS).test(name)) return false;
  if (file.flow?.bindings.functionsCalledBy(call).length) return false;
  return !parsedOnlyToInspect(file, call, name);
}

Object.assign(PREDICATES, STRUCTURAL_PREDICATES);
Object.assign(PREDICATES, TEXT_PREDICATES);
Object.assign(PREDICATES, OAUTH_PREDICATES);
Object.assign(PREDICATES, URL_VALUE_PREDICATES);
Object.assign(PREDICATES, JSX_PREDICATES);
Object.assign(PREDICATES, LOCAL_AUTH_PREDICATES);
Object.assign(PREDICATES, ADDRESS_PREDICATES);
Object.assign(PREDICATES, VALUE_USE_PREDICATES);
Object.assign(PREDICATES, TLS_CONFIG_PREDICATES);

/** Every registered predicate name (for the generated reference and its test). */
export function registeredPredicates(): string[] {
  return Object.keys(PREDICATES);
}

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
