import { nameKeptUnder } from './cleartext';
import { CREDENTIAL_MODES, credentialLiteral, isSecretName, type CredentialMode } from './credentials';
import type { Node } from 'web-tree-sitter';
import type { FileContext } from './file-context';
import { node, regexArg, type PredicateFn } from './predicate-helpers';
import { randomDigits } from './random-range';

/**
 * Predicates of the second-factor and local-decision rules (auth-hardcoded-credentials,
 * auth-client-side-check, auth-otp-low-entropy, auth-biometric-not-crypto-bound).
 */
export const LOCAL_AUTH_PREDICATES: Record<string, PredicateFn> = {
  /**
   * `(#sc-credential-literal? @literal ["any"|"password"|"strict"|"client-key"|"userinfo"])`: the literal is a real
   * credential written into the code, not an empty value, a placeholder, a label or a key
   * name (credentials.ts).
   */
  'sc-credential-literal?': (_g, a, f) => {
    const mode = a[1] ?? 'any';
    if (typeof mode !== 'string' || !(CREDENTIAL_MODES as readonly string[]).includes(mode)) {
      throw new Error(`#sc-credential-literal?: expected one of ${CREDENTIAL_MODES.join(', ')}`);
    }
    return credentialLiteral(node(a[0], 'sc-credential-literal?'), mode as CredentialMode, f);
  },
  /**
   * `(#sc-secret-name? @name ["secret"|"password"|"key"] ["kept-under"])`: the name (an identifier
   * or a string key) is one under which the secret itself is kept, not a hint, a storage key
   * or another rule's secret (credentials.ts isSecretName). With `kept-under`, @name is a
   * literal and the name asked about is the one it is kept under (`API_KEY = "…"`).
   */
  'sc-secret-name?': (_g, a, f) => {
    const at = node(a[0], 'sc-secret-name?');
    const kind = a[1] ?? 'secret';
    if (kind !== 'secret' && kind !== 'password' && kind !== 'key') throw new Error('#sc-secret-name?: expected "secret", "password" or "key"');
    if (a[2] !== undefined && a[2] !== 'kept-under') throw new Error('#sc-secret-name?: the third argument can only be "kept-under"');
    const name = a[2] === 'kept-under' ? nameKeptUnder(at, f.flow) : at.text;
    return name !== undefined && isSecretName(name, kind, f.lists);
  },
  /**
   * `(#sc-declared-as? @expr "re")`: the expression, or the declaration and assignments of
   * the name it reads, matches: `prompt` declared `lateinit var prompt: BiometricPrompt` or
   * `val prompt = BiometricPrompt(this, executor, callback)`. Bodies of lambdas and
   * anonymous classes in an initializer are left out (`object : BiometricPrompt.
   * AuthenticationCallback() { … }` is a callback, whatever its body mentions).
   */
  'sc-declared-as?': (_g, a, f) => declaredAs(node(a[0], 'sc-declared-as?'), regexArg(a[1], 'sc-declared-as?', f), f),
  /**
   * `(#sc-entered-credential? @expr)`: the expression reads a credential the user typed or
   * received: it names one (`pin`, `enteredPassword`, `otpInput.text`, `binding.passcode`:
   * list `entered-credential-names`) and is not something about it (`pinLength`,
   * `passwordError`, `otpAttempts`: `not-secret-names`) nor a length or emptiness check
   * (`pin.length`, `password.isEmpty()`).
   */
  'sc-entered-credential?': (_g, a, f) => enteredCredential(node(a[0], 'sc-entered-credential?'), f),
  /**
   * `(#sc-random-digits-below? @call "6")`: the random call, with the arithmetic around it,
   * makes a number of fewer than that many decimal digits (`nextInt(9000) + 1000`,
   * `Math.floor(Math.random() * 10000)`, `Int.random(in: 1000...9999)`); unknown bounds
   * never hold (random-range.ts).
   */
  'sc-random-digits-below?': (_g, a, f) => {
    const limit = Number(a[1]);
    if (!Number.isInteger(limit) || limit < 1) throw new Error('#sc-random-digits-below? expects a number of digits');
    const digits = f.flow && randomDigits(node(a[0], 'sc-random-digits-below?'), f.flow);
    return digits !== undefined && digits !== null && digits < limit;
  },
};

function declaredAs(expr: Node, re: { test(s: string): boolean }, file: FileContext): boolean {
  if (re.test(shape(expr.text))) return true;
  const b = file.flow?.bindings.resolve(expr);
  if (!b) return false;
  const value = b.declared.value;
  const head = value ? b.site.text.slice(0, Math.max(0, value.startIndex - b.site.startIndex)) : b.site.text;
  return re.test(shape(head + (value ? value.text : ''))) || b.assignments.some((x) => re.test(shape(x.value.text)));
}

/** The text before the first body (`{`): a declaration's type and constructor, not what a callback does. */
function shape(text: string): string {
  const brace = text.indexOf('{');
  return (brace < 0 ? text : text.slice(0, brace)).trim();
}

const SIZE_OR_EMPTINESS = /\.\s*(length|count|size|isEmpty|isBlank|isNotEmpty|isNotBlank|isNullOrEmpty|isNullOrBlank|characters\.count)\s*(\(\s*\))?\s*$/;
/** Trailing steps that keep the typed value: `.text`, `.getText()`, `.toString()`, `.trim()`, `!!`, `?? ""`. */
const KEEPS_VALUE = /(\s*(!!|!|\?\?\s*(""|''))|\s*\??\.\s*(text|getText|toString|trim|trimmed|value|orEmpty|lowercase|uppercase|toLowerCase|toUpperCase|lowercased|uppercased|editText|string|stringValue|description|current|currentValue)\s*(\(\s*\))?)+\s*$/;
/** Hashing keeps the link to the credential: `sha256(pin)`, `hash(password)`, `pin.sha256()`. */
const HASH = /^(\w+\.)*(sha\w*|md5|hash\w*|digest|hmac\w*|bcrypt\w*|encrypt\w*|encode\w*)\s*\(([\s\S]*)\)$/i;

/**
 * The value an operand denotes is a typed credential: after the steps that keep the value
 * (`.text`, `toString()`, a hash), the last name is one of `entered-credential-names` and
 * not one about it (`not-entered-credential-words`: `pinLength`, `otpAttempts`). A value read
 * off something else (`api.verifyOtp(otp).status`) is that other thing.
 */
function enteredCredential(expr: Node, file: FileContext): boolean {
  let text = expr.text.trim();
  if (SIZE_OR_EMPTINESS.test(text) || /^([\d"'`]|typeof\b)/.test(text)) return false;
  for (let i = 0; i < 4; i++) {
    const before = text;
    text = text.replace(KEEPS_VALUE, '').trim();
    const hashed = HASH.exec(text);
    if (hashed) text = hashed[3]!.trim();
    if (text === before) break;
  }
  const last = /([A-Za-z_$][\w$]*)\s*$/.exec(text)?.[1];
  if (!last) return false;
  return file.lists.matcher('entered-credential-names').test(last) && !file.lists.matcher('not-entered-credential-words').test(last);
}
