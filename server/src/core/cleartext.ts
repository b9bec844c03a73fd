import type { Node } from 'web-tree-sitter';
import type { FileFlow } from './dataflow/flow';
import { stripQuotes, valuesOf } from './dataflow/values';
import type { WordLists } from './word-lists';
/**
 * Deciding whether a string literal is a cleartext URL to a remote host (CWE-319).
 * Shared by every language's `transport-cleartext-url` query through `#sc-cleartext-url?`.
 */

// Loopback and emulator hosts never leave the device (10.0.2.2 is the Android emulator's
// alias of the host machine, 10.0.3.2 Genymotion's). Namespace and schema hosts (URIs that
// are identifiers, never fetched) and RFC 2606/6761 placeholder names are word lists in
// server/rules/_lists/hosts.yaml.
const LOCAL_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|10\.0\.[23]\.2|\[::1?\]|::1)$/i;
// Document type and schema documents (`http://www.apple.com/DTDs/PropertyList-1.0.dtd`,
// `…/foo.xsd`) are public identifiers that parsers match as strings, not fetch.
const SCHEMA_DOCUMENT = /\/DTDs\/|\.(dtd|xsd)([?#].*)?$/i;

/** The schemes `transport-cleartext-url` reports; other rules name their own (`ftp`, `telnet`). */
export const WEB_CLEARTEXT_SCHEMES: readonly string[] = ['http', 'ws'];
const prefixes = new Map<string, RegExp>();
function cleartextPrefix(schemes: readonly string[]): RegExp {
  const key = schemes.join('|');
  let re = prefixes.get(key);
  if (!re) prefixes.set(key, (re = new RegExp(`^(?:[@$]?(?:"""|["'\`]))?(${key}):\\/\\/([^/?#"'\`\\s]*)`, 'i')));
  return re;
}

export interface CleartextUrl {
  /** Lower case: `http`, `ws`, or another scheme the caller asked for. */
  scheme: string;
  /** Empty when the host follows in a concatenation; may be an interpolation (`${host}`). */
  host: string;
}

/** Parses the start of a literal's source text; undefined unless it starts with one of the schemes (http:// or ws://). */
export function cleartextUrlOf(literalText: string, schemes: readonly string[] = WEB_CLEARTEXT_SCHEMES): CleartextUrl | undefined {
  const match = cleartextPrefix(schemes).exec(literalText.trimStart());
  if (!match) return undefined;
  // Drop `user:pass@`, but not the `%@` of a format string such as "http://%@/api".
  // The port may be a number or an interpolation (`localhost:${port}`, `localhost:$port`,
  // `localhost:\(port)`, `localhost:%d`): either way the host before it decides.
  let host = match[2]!.replace(/^[^@]*@(?=.)/, '');
  // A known host ends where text is interpolated after it (`localhost:${port}${path}`, `localhost\(path)`).
  if (!/^[$\\%{(]/.test(host)) host = host.replace(/(\$\{|\$\w|\\\(|%[@\w]).*$/, '');
  host = host.startsWith('[') ? host.replace(/^(\[[^\]]*\]).*$/, '$1') : host.replace(/:.*$/, ''); // the port
  return { scheme: match[1]!.toLowerCase(), host: host.replace(/\.$/, '') }; // `example.com.` is `example.com`
}

/** True when the literal sends data in cleartext to a host other than this device. */
export function isRemoteCleartextUrl(literalText: string, continuedByConcatenation: boolean, lists: WordLists, schemes: readonly string[] = WEB_CLEARTEXT_SCHEMES): boolean {
  const url = cleartextUrlOf(literalText, schemes);
  if (!url) return false;
  // A prose string such as "http://… is not allowed" is a message, not a URL.
  if (/\s/.test(stripQuotes(literalText))) return false;
  if (url.host === '') return continuedByConcatenation;
  if (SCHEMA_DOCUMENT.test(stripQuotes(literalText))) return false;
  // `http://*/*`, `http://*.shop.io/*`: an allow-list or match pattern, not an address.
  if (url.host.includes('*')) return false;
  if (/^[$\\{(]/.test(url.host)) return true; // interpolated host: unknown, so remote
  return !(LOCAL_HOST.test(url.host) || lists.matcher('namespace-hosts').test(url.host) || lists.matcher('placeholder-hosts').test(url.host));
}


/** The `http://` (or `ws://`) alone, or followed by exactly one interpolated name or expression. */
const SCHEME_ONLY = /^(?:http|ws):\/\/$/i;
// (and optionally a port: `http://${host}:${port}`, `"http://$host:8080"`)
const SCHEME_THEN_INTERPOLATION = /^(?:http|ws):\/\/(?:\$\{([^}]+)\}|\$([A-Za-z_]\w*)|\\\(((?:[^()]|\([^()]*\))+)\))(?::(?:\$\{[^}]+\}|\$[A-Za-z_]\w*|\\\((?:[^()]|\([^()]*\))+\)|\d+))?$/is;
/** A condition that asks whether an address already has a scheme. */
// (also in a regular expression literal: `/https?:/`, `/^(http|https)/`)
const SCHEME_TEST = /:\/\/|:\\\/\\\/|["'`]https?\b|https\?|\(https?\||scheme|protocol|isNetworkUrl|isValidUrl|isHttpUrl|isHttpsUrl|isAbsolute|WEB_URL/i;
const CONDITIONAL = /^(if_statement|if_expression|ternary_expression|conditional_expression|when_entry|guard_statement)$/;
const STOPS_HERE = /\b(return|throw|continue|break)\b/;

/**
 * A scheme put in front of an address only when it has none:
 * `if (!url.contains("://")) url = "http://" + url`, `url.startsWith("http") ? url : "http://" + url`,
 * `if (url.startsWith("http")) return url; return "http://$url"`. The address comes from the
 * user or a setting; `http://` is a default that lets it be parsed or opened, not a cleartext
 * endpoint chosen by the app. The literal must be the bare scheme followed by exactly one
 * expression (by `+` or interpolation), under (or after an early exit from) a condition that
 * tests that same expression (or a value computed from it, `lower = url.lowercase()`) for a scheme.
 */
export function isDefaultScheme(literal: Node, flow: FileFlow | undefined, functions: ReadonlySet<string>): boolean {
  const lang = flow?.lang;
  const text = stripQuotes(literal.text);
  let address: string | undefined;
  let url: Node = literal; // the whole URL expression: the literal, or `"http://" + host`
  if (SCHEME_ONLY.test(text) && lang) {
    const parent = literal.parent;
    const parts = parent ? lang.concatenation(parent) : undefined;
    if (!parent || !parts || parts[0]?.id !== literal.id || parts.length !== 2) return false;
    if (parent.parent && lang.concatenation(parent.parent)) return false; // `"http://" + host + "/api"`: a path follows
    address = parts[1]!.text;
    url = parent;
  } else {
    const m = SCHEME_THEN_INTERPOLATION.exec(text);
    address = m ? (m[1] ?? m[2] ?? m[3]) : undefined;
  }
  if (!address) return false;
  if (flow && addressGivenElsewhere(flow, url, address)) return true;
  const mentions = new RegExp(`(^|[^\\w$.])${escapeRegExp(address.trim().replace(/^(this|self)\./, ''))}(?![\\w$])`);
  const tests = (conditions: Node[]): boolean => conditions.some((c) => SCHEME_TEST.test(c.text) && (mentions.test(c.text) || derivedFrom(flow, c, mentions)));
  for (let child: Node = literal, p = literal.parent; p; child = p, p = p.parent) {
    if (CONDITIONAL.test(p.type) && tests(conditionsOf(p, child))) return true;
    // An early exit before: `if (url.startsWith("http")) return url` … `return "http://" + url`
    for (let s = child.previousNamedSibling; s && /block|statements|function_body|control_structure_body/.test(p.type); s = s.previousNamedSibling) {
      if (/^(if_statement|if_expression|guard_statement)$/.test(s.type) && STOPS_HERE.test(s.text) && tests(conditionsOf(s))) return true;
    }
    if (functions.has(p.type)) break;
  }
  return false;
}

/**
 * `"http://" + address`, `` `http://${uri}` ``, `"http://\(server)"` with nothing after the
 * address, whose value this file does not know (a parameter, a field, user input, a host
 * read from a log or a page): the scheme only turns an address that comes from elsewhere into
 * a URL (to parse it, link it or open it), and which host it reaches — and whether that one
 * speaks TLS — is decided by whoever supplies the address. Still reported: a host this file
 * knows (`val HOST = "api.shop.io"`), a constant named elsewhere (`BuildConfig.API_HOST`), and a
 * choice against https (`secure ? "https://$host" : "http://$host"`): there the app picks cleartext.
 */
function addressGivenElsewhere(flow: FileFlow, url: Node, address: string): boolean {
  if (/(^|\.)[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$|(^|\.)[A-Z]{2,}$/.test(address.trim())) return false;
  if (choosesAgainstTls(flow, url)) return false;
  return valuesOf(flow, url).some((v) => v.parts.some((p) => 'unknown' in p));
}

/**
 * `tls ? "https://…" : "http://…"`, `if (secure) "https://$h" else "http://$h"`,
 * `if (secure) a = "https://" + h; else a = "http://" + h`: cleartext chosen over an encrypted
 * branch (the conditions themselves do not count: `u.startsWith("https://") ? u : "http://" + u`
 * only keeps a scheme the address already has).
 */
function choosesAgainstTls(flow: FileFlow, expr: Node): boolean {
  for (let carrier = expr, p = expr.parent; p && !flow.lang.functions.has(p.type); carrier = p, p = p.parent) {
    if (!CONDITIONAL.test(p.type)) continue;
    const conditions = conditionsOf(p, carrier).map((c) => c.id);
    const branches = p.namedChildren.filter((c): c is Node => c !== null && c.id !== carrier.id && !conditions.includes(c.id));
    if (branches.some((b) => /(["'`]|^)(https|wss):\/\//i.test(b.text))) return true;
  }
  return false;
}

/** A name in the condition holds a value computed from the address (`val lower = url.lowercase()`). */
function derivedFrom(flow: FileFlow | undefined, condition: Node, mentions: RegExp): boolean {
  if (!flow) return false;
  const stack = [condition];
  for (let n = stack.pop(), seen = 0; n && seen < 64; n = stack.pop(), seen++) {
    if (flow.lang.identifiers.has(n.type)) {
      const b = flow.bindings.resolve(n);
      if (b && b.declared.kind === 'local' && flow.bindings.definitionsReaching(b, n).some((d) => mentions.test(d.value.text))) return true;
    }
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
  return false;
}

/**
 * A conditional's condition, unless `child` is in it. A `when` entry is reached only after the
 * entries above it failed, so every entry's conditions (before `->`) and the subject count.
 */
function conditionsOf(n: Node, child?: Node): Node[] {
  const condition = n.childForFieldName('condition');
  if (condition) return condition.id === child?.id ? [] : [condition];
  if (n.type === 'when_entry' && n.parent) {
    const entries = n.parent.namedChildren.filter((c): c is Node => c !== null);
    const subject = entries.filter((c) => c.type === 'when_subject');
    const conditions = entries.filter((c) => c.type === 'when_entry').flatMap((e) => e.namedChildren.filter((c): c is Node => c !== null).slice(0, -1));
    return [...subject, ...conditions].filter((c) => c.id !== child?.id);
  }
  return [];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A bare scheme (`"http://"`) kept or chosen as the start of a URL: the left operand of a
 * concatenation (`"http://" + host`), or — through ternaries, `if`/`when` branches and
 * parentheses — the value of a declaration, assignment or return
 * (`val scheme = if (secure) "https://" else "http://"`, `return tls ? "https://" : "http://"`).
 * A bare scheme in a list or passed on its own (`listOf("https://", "http://")` as input
 * suggestions, `Uri.parse("http://")` to find the browser) is no URL.
 */
export function isSchemePrefix(literal: Node, flow: FileFlow | undefined): boolean {
  if (!flow || !SCHEME_ONLY.test(stripQuotes(literal.text))) return false;
  const { lang } = flow;
  let carrier: Node = literal;
  let value: Node = literal;
  for (let p = literal.parent; p; p = p.parent) {
    if (/^(block|statements|control_structure_body|when_entry)$/.test(p.type) && p.lastNamedChild?.id === carrier.id) { carrier = p; continue; }
    if (lang.alternatives(p)?.some((c) => c.id === value.id || c.id === carrier.id)) { carrier = value = p; continue; }
    const parts = lang.concatenation(p);
    if (parts) return parts[0]?.id === carrier.id;
    if (lang.assignment(p)?.value.id === carrier.id || lang.returnValue(p)?.id === carrier.id) return true;
    for (const holder of [p, p.parent]) {
      if (holder && lang.declarations(holder)?.some((d) => d.value?.id === carrier.id)) return true;
      if (holder && lang.functions.has(holder.type) && lang.expressionBody(holder)?.id === carrier.id) return true;
    }
    return false;
  }
  return false;
}

/**
 * The name a literal is kept under: the variable, constant, property or key whose value it is
 * (directly, as one branch of a choice, or as the start of a concatenation):
 * `NAMESPACE = "http://ws.shop.io/"`, `val proxyUrl = "http://" + host`, `"xmlns" to "http://…"`.
 */
export function nameKeptUnder(literal: Node, flow: FileFlow | undefined): string | undefined {
  if (!flow) return undefined;
  const { lang } = flow;
  let carrier: Node = literal;
  for (let p = literal.parent, depth = 0; p && depth < 8; p = p.parent, depth++) {
    if (lang.alternatives(p)?.some((c) => c.id === carrier.id) || lang.concatenation(p)?.[0]?.id === carrier.id
      || /^(block|statements|control_structure_body|when_entry)$/.test(p.type) && p.lastNamedChild?.id === carrier.id) { carrier = p; continue; }
    const assigned = lang.assignment(p);
    if (assigned) return assigned.value.id === carrier.id ? lastIdentifier(assigned.target.text) : undefined;
    for (const holder of [p, p.parent]) {
      const d = holder && lang.declarations(holder)?.find((x) => x.value?.id === carrier.id);
      if (d) return d.name.text;
    }
    const entry = lang.collection(p)?.entries.find((e) => e.value.id === carrier.id);
    if (entry?.key !== undefined) return entry.key;
    // Kotlin `"xmlns" to "http://…"` outside a map builder
    if (p.type === 'infix_expression' && p.namedChildren[1]?.text === 'to' && p.namedChildren[2]?.id === carrier.id) return stripQuotes(p.namedChildren[0]?.text ?? '');
    return undefined;
  }
  return undefined;
}

function lastIdentifier(text: string): string {
  return /([A-Za-z_$][\w$]*)\s*$/.exec(text)?.[1] ?? text;
}
