import { nameKeptUnder } from './cleartext';
import { CREDENTIAL_MODES, credentialLiteral, isSecretName, type CredentialMode } from './credentials';
import { node, type PredicateFn } from './predicate-helpers';

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
};
