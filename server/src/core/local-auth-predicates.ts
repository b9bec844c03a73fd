import { nameKeptUnder } from './cleartext';
import { CREDENTIAL_MODES, credentialLiteral, isSecretName, type CredentialMode } from './credentials';
import type { Node } from 'web-tree-sitter';
import type { FileContext } from './file-context';
import { node, regexArg, type PredicateFn } from './predicate-helpers';

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
