import type { Node } from 'web-tree-sitter';
import { nameKeptUnder } from './cleartext';
import type { FileContext } from './file-context';
import { stripQuotes } from './dataflow/values';
import { wordsOf, type WordLists } from './word-lists';

/**
 * Is a string literal a credential written into the code (CWE-798), or only something that
 * looks like one: an empty value, a placeholder (`"changeme"`, `"<your-key>"`, `"xxx"`), an
 * auth scheme waiting for its token (`"Bearer "`), a label or key name that merely contains a
 * secret word (`"password"`, `"access_token"`, `"SJRefreshToken"`, `"m.login.password"`)?
 * What is typed into the code and ships in the app is readable by anyone who unpacks it,
 * so a real value there is a finding wherever it is used for authentication.
 *
 * Modes (`#sc-credential-literal? @literal ["mode"]`):
 * - `any` (default): any real value. Used where the position already says "credential"
 *   (an `Authorization` header, the password of `Credentials.basic`, a `password:` key).
 * - `password`: a real value that is not a plain word or identifier (letters only, in any
 *   case style: `"android"`, `"keyHash"`, `"wg_private_key_last_update"`). Used where only a
 *   variable's name says "password" (`val password = "…"`), since such names also hold
 *   preference keys, bucket names and well-known debug defaults.
 * - `strict`: a value shaped like a generated key or token: no spaces, at least 8 key
 *   characters with letters and digits (or a well-known secret-key prefix), and no secret
 *   word in it. Used where only the *name* it is kept under says "secret" (`API_KEY = …`),
 *   since such names also hold storage keys and parameter names (`TOKEN = "token"`).
 * - `client-key`: a key that vendors issue to be shipped inside apps and restricted on
 *   their side (Google API keys `AIza…`, or a strict value kept under a maps / analytics /
 *   crash-reporting name). Reported as a low-confidence note; the other modes exclude them.
 *
 * Keys that their vendors document as public by design (Stripe publishable `pk_live_…`,
 * Mapbox public tokens `pk.eyJ…`, PostHog project keys `phc_…`, RevenueCat public SDK keys
 * `appl_…`/`goog_…`) are never credentials here.
 */
export type CredentialMode = 'any' | 'password' | 'strict' | 'client-key' | 'userinfo';
export const CREDENTIAL_MODES: readonly CredentialMode[] = ['any', 'password', 'strict', 'client-key', 'userinfo'];

/** Vendor keys that are public by design: shipped in every client, they authorise nothing secret. */
const PUBLISHABLE = /^(pk_(live|test)_|pk\.ey|phc_|appl_|goog_|amzn_|rcb_|strp_)/;
/** Google API keys: issued for apps (Maps, Firebase), to be restricted to the app's signature or bundle id. */
const GOOGLE_API_KEY = /^AIza[\w-]{30,}$/;
/** Prefixes of secret keys and tokens (Stripe secret and restricted keys, GitHub, Slack, AWS, SendGrid, JWTs, PEM). */
const SECRET_PREFIX = /^(sk_(live|test)_|rk_(live|test)_|ghp_|gho_|ghs_|github_pat_|glpat-|xox[abpors]-|AKIA[0-9A-Z]{12}|ASIA[0-9A-Z]{12}|SG\.[\w-]{10,}|eyJ[\w-]{10,}\.|-----BEGIN)/;
/** Words that only introduce a credential: auth schemes and `key=` labels. */
const SCHEME_WORDS = /^(basic|bearer|token|digest|apikey|api-key|api_key|key|oauth|jwt|hmac|realm|auth|authorization)$/i;
/** Interpolations: Kotlin `$x` / `${x}`, TypeScript `${x}`, Swift `\(x)`. Their values are not written here. */
const INTERPOLATION = /\$\{[^}]*\}|\$[A-Za-z_]\w*|\\\([^)]*\)/g;
/** Placeholders and format slots: `<your-key>`, `{token}`, `[API_KEY]`, `%s`, `%@`, `{0}`, `$(TOKEN)`. */
const SLOT = /<[^>]*>|\{[^}]*\}|\[[^\]]*\]|%[@sd]|%\d*\$?[sd@]|\$\([^)]*\)/;
/** Key characters: what generated keys and tokens are made of. */
const KEY_CHARS = /^[A-Za-z0-9_\-+/=.~]+$/;
/** An identifier or dotted/kebab/snake name: `access_token`, `SJRefreshToken`, `m.login.password`. */
const IDENTIFIER_LIKE = /^[A-Za-z][A-Za-z0-9]*([._:-][A-Za-z0-9]+)*$/;
/** Not keys: versions, package names, hex colours, e-mail addresses, URLs, paths. */
const NOT_A_KEY = /^v?\d+(\.\d+)+([-+.\w]*)$|^[a-z][a-z0-9]*(\.[a-z][a-z0-9_]*){2,}$|^#[0-9a-fA-F]{3,8}$|^[^@\s]+@[^@\s]+\.[a-z]{2,}$|:\/\/|^\/|^\.\.?\//;

/**
 * Values that name something rather than being a secret: a PEM armour line alone
 * (`"-----BEGIN PRIVATE KEY-----"`, a delimiter the code searches for), validation rules
 * (`password: 'required'`, `'required|min:8'`), error codes and message keys made of slash-separated
 * identifiers (`'mailer/smtp_password_undefined'`), GitHub's fixed dummy password for a token sent
 * as the user name (`'x-oauth-basic'`), and emoji code points in a name table (`secret: '1f5dd'`).
 */
const NAMED_NOT_SECRET = /^-----(BEGIN|END) [A-Z0-9 ]+-----$|^(required|nullable|optional|sometimes|confirmed|filled|present)(\|[\w:,.]+)*$|^[a-z][a-z0-9_]*\/[a-z0-9]+(_[a-z0-9]+)+$|^x-oauth-basic$|^1f[0-9a-f]{3}(-[0-9a-f]{4,5})*$/;

/** `scheme://user:password@host`: the password. */
const USERINFO = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/\s:@]*:([^/\s@]+)@[^\s/@]/;

function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * The part of a literal that would be the secret: quotes, interpolations, a leading header
 * name (`Authorization: `) and scheme words (`Bearer`, `Basic`, `key=`) removed; the longest
 * piece that is left. Empty when nothing is left.
 */
export function credentialCore(literalText: string): string {
  return credentialPieces(literalText).reduce((longest, p) => (p.length > longest.length ? p : longest), '');
}

/** A piece next to an interpolation (`"alice-$stamp"`, `"${user}:x"`) is computed at run time: not a written value. */
function credentialPieces(literalText: string): string[] {
  let text = stripQuotes(literalText).replace(INTERPOLATION, '\u0000');
  text = text.replace(/^\s*[A-Za-z][\w-]*\s*:\s+/, (m) => (/auth|key|token|secret|pass/i.test(m) ? '' : m));
  return text.split(/[\s,;"'=]+/).filter((p) => p !== '' && !p.includes('\u0000') && !SCHEME_WORDS.test(p));
}

/** Letters and separators only, in any case style: a word or an identifier, not a password. */
const PLAIN_WORDS = /^[A-Za-z]+([._-][A-Za-z]+)*$/;

export function isCredentialText(literalText: string, mode: CredentialMode, lists: WordLists, keptUnder?: string): boolean {
  if (mode === 'userinfo') {
    const password = USERINFO.exec(stripQuotes(literalText).replace(INTERPOLATION, '\u0000'))?.[1];
    return password !== undefined && !password.includes('\u0000') && isCredentialText(JSON.stringify(decodePercent(password)), 'any', lists);
  }
  const whole = stripQuotes(literalText).replace(INTERPOLATION, ' ').trim();
  const core = credentialCore(literalText);
  if (core.length < 4 || PUBLISHABLE.test(core)) return false;
  // "DeepL-Auth-Key ", "send-v1 ", "&md5pass=": a scheme or parameter name waiting for the value appended to it.
  if (/[\s:=]$/.test(stripQuotes(literalText)) && credentialPieces(literalText).length === 1) return false;
  const clientKey = GOOGLE_API_KEY.test(core) || (keptUnder !== undefined && lists.has('client-key-names')
    && lists.matcher('client-key-names').test(keptUnder) && looksGenerated(core, lists));
  if (mode === 'client-key') return clientKey;
  if (clientKey) return false;
  if (NAMED_NOT_SECRET.test(whole)) return false;
  if (SECRET_PREFIX.test(core)) return true;
  if (placeholder(whole, core, lists)) return false;
  if (mode === 'password') return !PLAIN_WORDS.test(core);
  return mode === 'strict' ? looksGenerated(core, lists) : true;
}

/** A placeholder, a label, a key name or prose: nothing a server would accept as a secret. */
function placeholder(whole: string, core: string, lists: WordLists): boolean {
  if (SLOT.test(whole) || /^(.)\1*$/.test(core) || /^[\W_]+$/.test(core) || /[•…]|\.\.\./.test(whole)) return true;
  if (NOT_A_KEY.test(core)) return true;
  // A prefix put in front of a generated part: "ol_api_", "rt_", "sk-".
  if (/[_\-./]$/.test(core)) return true;
  // A constant's name: "HMAC-SHA1", "FCM_TOKEN", "GRANT_TYPE_PASSWORD".
  if (IDENTIFIER_LIKE.test(core) && /[._:-]/.test(core) && !/[a-z]/.test(core)) return true;
  // Prose and UI text: "Enter your password", "Password:", "minlength: 8; maxlength: 50;".
  if (credentialPieces(whole).filter((p) => /[A-Za-z]/.test(p)).length >= 3) return true;
  if (/^[A-Z][a-z\u00c0-\u024f]+:?$/.test(whole)) return true; // "Password", "Passwort", "Contraseña"
  const secretWord = lists.has('secret-like-names') ? lists.matcher('secret-like-names') : undefined;
  const filler = lists.has('credential-placeholder-words') ? lists.matcher('credential-placeholder-words') : undefined;
  const words = wordsOf(core);
  // Made only of placeholder words and secret words: "YOUR_API_KEY", "change_me", "my-secret-token", "password".
  if (words.length > 0 && words.every((w) => secretWord?.test(w) || filler?.test(w) || /^(api|key|app|client|access|auth|private|public|id)$/.test(w))) return true;
  // A key name or label holding a secret word: "access_token", "FCM_TOKEN", "m.login.password",
  // or a camelCase name ending in one: "SJRefreshToken", "encPrivateKey".
  if (IDENTIFIER_LIKE.test(core) && secretWord) {
    const last = words[words.length - 1] ?? '';
    const endsSecret = secretWord.test(last) || secretWord.test((words[words.length - 2] ?? '') + last);
    if (/[._:-]/.test(core) ? words.some((w) => secretWord.test(w)) || secretWord.test(core) : endsSecret) return true;
  }
  return false;
}

/** Shaped like a generated key or token: key characters only, 8+ long, letters and digits, no secret word. */
function looksGenerated(core: string, lists: WordLists): boolean {
  if (SECRET_PREFIX.test(core) || GOOGLE_API_KEY.test(core)) return true;
  if (!KEY_CHARS.test(core) || core.length < 8 || !/[A-Za-z]/.test(core) || !/\d/.test(core)) return false;
  if (NOT_A_KEY.test(core)) return false;
  const secretWord = lists.has('secret-like-names') ? lists.matcher('secret-like-names') : undefined;
  return !secretWord || !wordsOf(core).some((w) => secretWord.test(w));
}

/** `(#sc-credential-literal? @literal [mode])`, with the name the literal is kept under. */
export function credentialLiteral(literal: Node, mode: CredentialMode, file: FileContext): boolean {
  return isCredentialText(writtenText(literal), mode, file.lists, nameKeptUnder(literal, file.flow));
}

const SUBSTITUTION = /substitution|interpolat/;

/**
 * The literal's source text with each interpolation (`${…}`, `\(…)`, nested templates
 * included) replaced by `${}`, which the text checks read as a value from elsewhere.
 */
function writtenText(literal: Node): string {
  const slots = literal.namedChildren.filter((c): c is Node => c !== null && SUBSTITUTION.test(c.type));
  let text = '';
  let at = literal.startIndex;
  for (const slot of slots) {
    text += literal.text.slice(at - literal.startIndex, slot.startIndex - literal.startIndex) + '${}';
    at = slot.endIndex;
  }
  return text + literal.text.slice(at - literal.startIndex);
}

/**
 * Is a variable, property, key or argument name one under which the secret itself is kept
 * (`API_KEY`, `authToken`, `password`, `"secret"`), rather than something about it
 * (`passwordHint`, `tokenType`), a storage or intent key for it (`TOKEN_KEY`,
 * `KEY_PASSWORD`, `PREF_PIN`), or a secret that another rule reports (OAuth client
 * secrets, JWT signing keys: list `secret-names-of-other-rules`)?
 * `kind` `password` asks for a password or shared secret (`password-like-names`),
 * `secret` for any secret (`secret-like-names`), `key` for a secret that is not a password
 * (API keys, tokens).
 */
export function isSecretName(rawName: string, kind: 'secret' | 'password' | 'key', lists: WordLists): boolean {
  const name = stripQuotes(rawName);
  if (kind === 'key') return isSecretName(name, 'secret', lists) && !isSecretName(name, 'password', lists);
  const list = kind === 'password' ? 'password-like-names' : 'secret-like-names';
  if (!lists.has(list) || !lists.matcher(list).test(name)) return false;
  const is = (listName: string, word: string): boolean => lists.has(listName) && lists.matcher(listName).test(word);
  if (is('not-secret-names', name) || is('secret-names-of-other-rules', name)) return false;
  const words = wordsOf(name);
  if (words.length > 1 && is('storage-key-words', words[0]!)) return false; // KEY_TOKEN, EXTRA_PASSWORD, PREF_PIN
  const last = words[words.length - 1]!;
  if (words.length > 1 && /^(key|keys)$/.test(last)) {
    // TOKEN_KEY, PASSWORD_HASH_KEY name where the secret is stored; API_KEY, PRIVATE_KEY, SECRET_KEY are the secret.
    const owner = words[words.length - 2]!;
    return is('key-owner-words', owner) || is('secret-like-names', owner + last);
  }
  return true;
}
