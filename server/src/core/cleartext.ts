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

const CLEARTEXT_PREFIX = /^(?:[@$]?(?:"""|["'`]))?(http|ws):\/\/([^/?#"'`\s]*)/i;

export interface CleartextUrl {
  scheme: 'http' | 'ws';
  /** Empty when the host follows in a concatenation; may be an interpolation (`${host}`). */
  host: string;
}

/** Parses the start of a literal's source text; undefined unless it starts with http:// or ws://. */
export function cleartextUrlOf(literalText: string): CleartextUrl | undefined {
  const match = CLEARTEXT_PREFIX.exec(literalText.trimStart());
  if (!match) return undefined;
  // Drop `user:pass@`, but not the `%@` of a format string such as "http://%@/api".
  // The port may be a number or an interpolation (`localhost:${port}`, `localhost:$port`,
  // `localhost:\(port)`, `localhost:%d`): either way the host before it decides.
  let host = match[2]!.replace(/^[^@]*@(?=.)/, '');
  // A known host ends where text is interpolated after it (`localhost:${port}${path}`, `localhost\(path)`).
  if (!/^[$\\%{(]/.test(host)) host = host.replace(/(\$\{|\$\w|\\\(|%[@\w]).*$/, '');
  host = host.startsWith('[') ? host.replace(/^(\[[^\]]*\]).*$/, '$1') : host.replace(/:.*$/, ''); // the port
  return { scheme: match[1]!.toLowerCase() as 'http' | 'ws', host: host.replace(/\.$/, '') }; // `example.com.` is `example.com`
}

/** True when the literal sends data in cleartext to a host other than this device. */
export function isRemoteCleartextUrl(literalText: string, continuedByConcatenation: boolean, lists: WordLists): boolean {
  const url = cleartextUrlOf(literalText);
  if (!url) return false;
  // A prose string such as "http://… is not allowed" is a message, not a URL.
  if (/\s/.test(stripQuotes(literalText))) return false;
  if (url.host === '') return continuedByConcatenation;
  // `http://*/*`, `http://*.shop.io/*`: a match pattern (allow lists, content scripts), not an address.
  if (url.host.includes('*')) return false;
  if (SCHEMA_DOCUMENT.test(stripQuotes(literalText))) return false;
  if (/^[$\\{(]/.test(url.host)) return true; // interpolated host: unknown, so remote
  return !(LOCAL_HOST.test(url.host) || lists.matcher('namespace-hosts').test(url.host) || lists.matcher('placeholder-hosts').test(url.host));
}

function stripQuotes(text: string): string {
  return text.trim().replace(/^[@$]?("""|["'`])/, '').replace(/("""|["'`])$/, '');
}

