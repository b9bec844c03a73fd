import * as AuthSession from 'expo-auth-session';
import { ResponseType, useAuthRequest } from 'expo-auth-session';
import auth0 from 'auth0-js';
import { UserManager } from 'oidc-client';
import { OAuthService } from 'angular-oauth2-oidc';
import axios from 'axios';

const CLIENT_ID = 'shopfront-web';
const AUTHORIZE = 'https://id.shopfront.io/oauth2/authorize';
const REDIRECT_URI = 'com.shopfront.app:/oauth2redirect';
const IMPLICIT = 'code';

const discovery = {
  authorizationEndpoint: AUTHORIZE,
  tokenEndpoint: 'https://id.shopfront.io/oauth2/token',
};

// ---- the implicit grant: reported ----

export function useImplicitLogin() {
  return useAuthRequest(
    {
      clientId: CLIENT_ID,
      // ruleid: auth-oauth-implicit-grant
      responseType: ResponseType.Code,
      redirectUri: REDIRECT_URI,
      scopes: ['openid', 'profile'],
    },
    discovery,
  );
}

export const implicitRequest = new AuthSession.AuthRequest({
  clientId: CLIENT_ID,
  redirectUri: REDIRECT_URI,
  // ruleid: auth-oauth-implicit-grant
  responseType: AuthSession.ResponseType.Code,
});

export const webAuth = new auth0.WebAuth({
  domain: 'shopfront.eu.auth0.com',
  clientID: CLIENT_ID,
  // ruleid: auth-oauth-implicit-grant
  responseType: 'token id_token',
  redirectUri: REDIRECT_URI,
});

const settings = {
  authority: 'https://id.shopfront.io',
  client_id: CLIENT_ID,
  redirect_uri: REDIRECT_URI,
  // ruleid: auth-oauth-implicit-grant
  response_type: 'id_token token',
  scope: 'openid profile',
};
export const userManager = new UserManager(settings);

export function searchParams(state: string): string {
  // ruleid: auth-oauth-implicit-grant
  const params = new URLSearchParams({ client_id: CLIENT_ID, response_type: IMPLICIT, state });
  return `${AUTHORIZE}?${params}`;
}

export function appended(state: string): URL {
  const url = new URL(AUTHORIZE);
  url.searchParams.append('client_id', CLIENT_ID);
  // ruleid: auth-oauth-implicit-grant
  url.searchParams.append('response_type', 'code');
  url.searchParams.set('state', state);
  return url;
}

export function templated(state: string): string {
  // ruleid: auth-oauth-implicit-grant
  return `${AUTHORIZE}?client_id=${CLIENT_ID}&response_type=code&state=${state}`;
}

function loginUrl(type: string, state: string): string {
  // ruleid: auth-oauth-implicit-grant
  return `${AUTHORIZE}?client_id=${CLIENT_ID}&response_type=${type}&state=${state}`;
}

export const implicitUrl = (state: string) => loginUrl('code', state);

export class LoginComponent {
  constructor(private readonly oauthService: OAuthService) {}

  login(): void {
    // ruleid: auth-oauth-implicit-grant
    this.oauthService.initImplicitFlow();
  }
}

// ---- look-alikes: stay silent ----

export function useCodeLogin() {
  return useAuthRequest(
    {
      clientId: CLIENT_ID,
      // ok: auth-oauth-implicit-grant
      responseType: ResponseType.Code,
      redirectUri: REDIRECT_URI,
      usePKCE: true,
    },
    discovery,
  );
}

export function useGoogleIdToken() {
  // OpenID Connect sign-in that returns only an ID token
  return useAuthRequest(
    {
      clientId: CLIENT_ID,
      // ok: auth-oauth-implicit-grant
      responseType: ResponseType.IdToken,
      redirectUri: REDIRECT_URI,
    },
    discovery,
  );
}

export async function download(path: string): Promise<ArrayBuffer> {
  // ok: auth-oauth-implicit-grant
  const res = await axios.get(path, { responseType: 'arraybuffer' });
  return res.data;
}

export function isImplicitCallback(url: URL): boolean {
  // ok: auth-oauth-implicit-grant
  return url.searchParams.get('response_type') === 'token';
}

export function revokeBody(token: string): URLSearchParams {
  // ok: auth-oauth-implicit-grant
  return new URLSearchParams({ token, token_type_hint: 'token' });
}

// Authorization server metadata of this app's own backend
export const metadata = {
  issuer: 'https://id.shopfront.io',
  // ok: auth-oauth-implicit-grant
  response_types_supported: ['code'],
  grant_types_supported: ['authorization_code', 'refresh_token'],
};

export class CodeFlowComponent {
  constructor(private readonly oauthService: OAuthService) {}

  login(): void {
    // ok: auth-oauth-implicit-grant
    this.oauthService.initCodeFlow();
  }
}
