import type { UseVocabulary } from './dataflow/uses';
/**
 * Deciding whether a string literal is a cleartext URL to a remote host (CWE-319).
 * Shared by every language's `transport-cleartext-url` query through `#sc-cleartext-url?`.
 */

// Loopback and emulator hosts never leave the device (10.0.2.2 is the Android emulator's
// alias of the host machine, 10.0.3.2 Genymotion's). Namespace and schema URIs look like
// URLs but are identifiers that are never fetched. RFC 2606/6761 names are placeholders.
const LOCAL_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|10\.0\.[23]\.2|\[::1?\]|::1)$/i;
const IDENTIFIER_HOST = /^(www\.)?(w3\.org|xml\.org|xmlpull\.org|purl\.org|json-schema\.org|apache\.org|javax\.xml\.XMLConstants|java\.sun\.com|xmlns\.com|ns\.adobe\.com|docs\.oasis-open\.org|schemas\.[\w.-]+|ns\.[\w.-]+)$/i;
const PLACEHOLDER_HOST = /^(.+\.)?(example\.(com|org|net)|example|test|invalid)$/i;
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
  return { scheme: match[1]!.toLowerCase() as 'http' | 'ws', host: match[2]!.replace(/^[^@]*@(?=.)/, '').replace(/:(\d*|\$\{[^}]*\}|\$\w+|\\\([^)]*\)|%\w+)$/, '').replace(/\.$/, '') }; // `example.com.` is `example.com`
}

/** True when the literal sends data in cleartext to a host other than this device. */
export function isRemoteCleartextUrl(literalText: string, continuedByConcatenation: boolean): boolean {
  const url = cleartextUrlOf(literalText);
  if (!url) return false;
  // A prose string such as "http://… is not allowed" is a message, not a URL.
  if (/\s/.test(stripQuotes(literalText))) return false;
  if (url.host === '') return continuedByConcatenation;
  if (SCHEMA_DOCUMENT.test(stripQuotes(literalText))) return false;
  if (/^[$\\{(]/.test(url.host)) return true; // interpolated host: unknown, so remote
  return !(LOCAL_HOST.test(url.host) || IDENTIFIER_HOST.test(url.host) || PLACEHOLDER_HOST.test(url.host));
}

function stripQuotes(text: string): string {
  return text.trim().replace(/^[@$]?("""|["'`])/, '').replace(/("""|["'`])$/, '');
}

/** Names under which a URL is stored: `BASE_URL`, `apiEndpoint`, `serverHost`, `wsUri`… */
export const URL_LIKE_NAME = /(url|uri|endpoint|host|server|base|api|domain|address|link|socket|href|origin|website|site|redirect|callback|webhook|path)/i;

/**
 * Functions that take a URL-looking string without sending anything: logging, string
 * comparison and editing (incl. Core Data's `NSPredicate(format:)`), assertions, localisation (incl. gettext's `_('e.g. %s', url)`), and XML APIs whose URL-shaped arguments
 * are namespace or feature names (`new QName(ns, …)`, `createElementNS`, `setFeature`).
 * An argument to anything else may be sent.
 */
export const NON_NETWORK_CALLEE = /^(_|__|log|[diwev]|wtf|info|debug|warn|warning|error|trace|fatal|print|println|printf|format|NSLog|os_log|startsWith|endsWith|hasPrefix|hasSuffix|contains|includes|indexOf|lastIndexOf|replace|replaceAll|replaceFirst|replacingOccurrences|removePrefix|removeSuffix|substringAfter|substringBefore|split|equals|equalsIgnoreCase|matches|compare|compareTo|regionMatches|assert\w*|expect|toBe|toEqual|toMatch|isEqualTo|isNotEqualTo|hasToString|containsExactly|should(Not)?(Be|Equal|Contain|StartWith|Match)\w*|test|it|describe|NSLocalizedString|NSPredicate|getString|Text|makeText|alert|confirm|setText|append|trimStart|RegExp|Regex|Pattern|compile|QName|addNamespaceDeclaration|setFeature|getFeature|[a-z]\w*NS|lookupPrefix|lookupNamespaceURI|isDefaultNamespace)$/;

/** Test assertions (JUnit, AssertJ/Truth, Kotest, Jest/Chai, XCTest): a URL anywhere inside one is a fixture. */
export const ASSERTION_CALLEE = /^(assert\w*|XCTAssert\w*|expect|isEqualTo|isNotEqualTo|should(Not)?(Be|Equal|Contain|StartWith|Match)\w*)$/;

/** Harmless uses of a URL-like value, by kind (`#sc-used-beyond?`, dataflow/uses.ts). */
export const USE_VOCABULARY: UseVocabulary = {
  logging: /^(log|[diwev]|wtf|info|debug|warn|warning|error|trace|fatal|print|println|printf|NSLog|os_log|Timber|logger|tag)$/,
  comparison: /^(startsWith|endsWith|hasPrefix|hasSuffix|contains|includes|indexOf|lastIndexOf|equals|equalsIgnoreCase|matches|compare|compareTo|regionMatches|isEqual|isEqualTo|split|test|match|search|assert\w*|XCTAssert\w*|expect|toBe|toEqual|toMatch|RegExp|Regex|Pattern|compile|NSPredicate|replace|replaceAll|replaceFirst|replacingOccurrences|removePrefix|removeSuffix|substringAfter|substringBefore)$/,
  ui: /^(setHint|setPlaceholder|placeholder|Text|TextField|setText|makeText|alert|confirm|NSLocalizedString|getString|setTitle|setSummary|setContentDescription|_|__)$/,
  namespace: /^(QName|addNamespaceDeclaration|setFeature|getFeature|[a-z]\w*NS|lookupPrefix|lookupNamespaceURI|isDefaultNamespace)$/,
  urlPart: /^(host|getHost|hostname|scheme|getScheme|protocol|authority|getAuthority|port|getPort|origin|lastPathComponent|pathComponents)$/,
  passThrough: /^(replace|replaceAll|replaceFirst|replacingOccurrences|removePrefix|removeSuffix|substringBefore|trim|trimEnd|trimStart|toString|lowercase|uppercase|lowercased|uppercased|toLowerCase|toUpperCase|removeSurrounding|plus|concat|appending|appendingPathComponent)$/,
};
