import * as AuthSession from 'expo-auth-session';
import { CodeChallengeMethod, ResponseType, useAuthRequest } from 'expo-auth-session';
import { authorize } from 'react-native-app-auth';
import { UserManager } from 'oidc-client-ts';

const CLIENT_ID = 'shopfront-mobile';
const REDIRECT_URI = 'com.shopfront.app:/oauth2redirect';
const AUTHORIZE = 'https://id.shopfront.io/oauth2/authorize';

const discovery = {
  authorizationEndpoint: AUTHORIZE,
  tokenEndpoint: 'https://id.shopfront.io/oauth2/token',
};

// ---- authorization code requests without PKCE: reported ----

export class MastodonLogin {
  constructor(private readonly instance: string, private readonly clientId: string) {}

  authorizeUrl(state: string): string {
    const params = new URLSearchParams({
      client_id: this.clientId,
      redirect_uri: REDIRECT_URI,
      // ruleid: auth-oauth-missing-pkce
      response_type: 'code',
      scope: 'read write',
      state,
    });
    return `https://${this.instance}/oauth/authorize?${params}`;
  }

  appended(state: string): URL {
    const url = new URL(`https://${this.instance}/oauth/authorize`);
    url.searchParams.set('client_id', this.clientId);
    // ruleid: auth-oauth-missing-pkce
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('state', state);
    return url;
  }

  templated(state: string): string {
    // ruleid: auth-oauth-missing-pkce
    return `https://${this.instance}/oauth/authorize?response_type=code&client_id=${this.clientId}&state=${state}`;
  }
}

export function useLoginWithoutPkce() {
  return useAuthRequest(
    {
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      responseType: ResponseType.Code,
      // ruleid: auth-oauth-missing-pkce [variant: disabled]
      usePKCE: false,
    },
    discovery,
  );
}

const appAuthConfig = {
  issuer: 'https://id.shopfront.io',
  clientId: CLIENT_ID,
  redirectUrl: REDIRECT_URI,
  scopes: ['openid', 'profile'],
  // ruleid: auth-oauth-missing-pkce [variant: disabled]
  usePKCE: false,
};

export const signIn = () => authorize(appAuthConfig);

export const plainRequest = new AuthSession.AuthRequest({
  clientId: CLIENT_ID,
  redirectUri: REDIRECT_URI,
  // ruleid: auth-oauth-missing-pkce [variant: plain]
  codeChallengeMethod: CodeChallengeMethod.Plain,
});

export function plainParams(verifier: string): URLSearchParams {
  // ruleid: auth-oauth-missing-pkce [variant: plain]
  return new URLSearchParams({ code_challenge: verifier, code_challenge_method: 'plain' });
}

// ---- look-alikes: stay silent ----

export class PkceLogin {
  authorizeUrl(state: string, challenge: string): string {
    const params = new URLSearchParams({
      client_id: CLIENT_ID,
      // ok: auth-oauth-missing-pkce
      response_type: 'code',
      code_challenge: challenge,
      code_challenge_method: 'S256',
      state,
    });
    return `${AUTHORIZE}?${params}`;
  }

  tokenBody(code: string, verifier: string): URLSearchParams {
    // ok: auth-oauth-missing-pkce
    return new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: verifier, client_id: CLIENT_ID });
  }
}

export function useLogin() {
  // expo-auth-session sends an S256 code_challenge unless usePKCE is false
  return useAuthRequest(
    // ok: auth-oauth-missing-pkce
    { clientId: CLIENT_ID, redirectUri: REDIRECT_URI, responseType: ResponseType.Code },
    discovery,
  );
}

export function useIdTokenLogin() {
  // an ID-token-only request has no code to protect; expo requires usePKCE: false here
  return useAuthRequest(
    {
      clientId: CLIENT_ID,
      redirectUri: REDIRECT_URI,
      responseType: ResponseType.IdToken,
      // ok: auth-oauth-missing-pkce
      usePKCE: false,
    },
    discovery,
  );
}

export const userManager = new UserManager({
  authority: 'https://id.shopfront.io',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  // oidc-client-ts adds PKCE to every code request
  // ok: auth-oauth-missing-pkce
  response_type: 'code',
});

export class ServerSideLogin {
  // the code goes to the chat server's callback, which redeems it with its own client secret
  googleUrl(server: string, clientId: string, state: string): string {
    const redirectUri = `${server}/_oauth/google?close`;
    // ok: auth-oauth-missing-pkce
    return `https://accounts.google.com/o/oauth2/auth?client_id=${clientId}&redirect_uri=${encodeURIComponent(redirectUri)}&state=${state}&response_type=code`;
  }
}
