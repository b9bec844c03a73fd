import { AuthRequest, exchangeCodeAsync } from 'expo-auth-session';
import { authorize } from 'react-native-app-auth';
import * as SecureStore from 'expo-secure-store';
import Config from 'react-native-config';

const CLIENT_ID = 'shopfront-mobile';
const CLIENT_SECRET = 'GOCSPX-4kq1Zr8yPq7wXn2Lm5Vb';
const REDIRECT_URI = 'com.shopfront.app:/oauth2redirect';
const TOKEN_ENDPOINT = 'https://oauth2.googleapis.com/token';

const discovery = {
  authorizationEndpoint: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenEndpoint: TOKEN_ENDPOINT,
};

// ---- client secrets written into the app: reported ----

export async function exchange(code: string, verifier: string) {
  return exchangeCodeAsync(
    {
      clientId: CLIENT_ID,
      // ruleid: auth-oauth-client-secret-in-app
      clientSecret: CLIENT_SECRET,
      code,
      redirectUri: REDIRECT_URI,
      extraParams: { code_verifier: verifier },
    },
    discovery,
  );
}

const appAuthConfig = {
  issuer: 'https://login.shopfront.io',
  clientId: CLIENT_ID,
  // ruleid: auth-oauth-client-secret-in-app
  clientSecret: '9a8B7c6D5e4F3a2B1c0D',
  redirectUrl: REDIRECT_URI,
  scopes: ['openid', 'profile'],
};

export const signIn = () => authorize(appAuthConfig);

export async function tokenByHand(code: string) {
  const res = await fetch(TOKEN_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    // ruleid: auth-oauth-client-secret-in-app
    body: `grant_type=authorization_code&client_id=${CLIENT_ID}&client_secret=${CLIENT_SECRET}&code=${code}`,
  });
  return res.json();
}

export function refreshBody(refreshToken: string): URLSearchParams {
  const body = new URLSearchParams();
  body.append('grant_type', 'refresh_token');
  body.append('refresh_token', refreshToken);
  // ruleid: auth-oauth-client-secret-in-app
  body.append('client_secret', '7f3e9a1c5b2d8e4f');
  return body;
}

// ruleid: auth-oauth-client-secret-in-app
export const DROPBOX_TOKEN_URL = 'https://api.dropbox.com/oauth2/token?client_id=shopfront&client_secret=q8Xv2Lr9Tn4Wm7Yb';

// kept for another module of the app: still in the bundle
// ruleid: auth-oauth-client-secret-in-app
export const GITHUB_CLIENT_SECRET = '0346b65fd23746ec557b1a02c81723664c67b13c';

// ---- look-alikes: stay silent ----

export const publicRequest = new AuthRequest({
  clientId: CLIENT_ID,
  redirectUri: REDIRECT_URI,
  // ok: auth-oauth-client-secret-in-app
  clientSecret: undefined,
  usePKCE: true,
});

export async function fromSecureStore(code: string) {
  // ok: auth-oauth-client-secret-in-app
  const clientSecret = await SecureStore.getItemAsync('oauth_client_secret');
  return exchangeCodeAsync({ clientId: CLIENT_ID, clientSecret: clientSecret ?? undefined, code, redirectUri: REDIRECT_URI }, discovery);
}

export const fromConfig = {
  clientId: CLIENT_ID,
  // ok: auth-oauth-client-secret-in-app
  clientSecret: Config.OAUTH_CLIENT_SECRET,
};

export const template = {
  clientId: CLIENT_ID,
  // ok: auth-oauth-client-secret-in-app
  clientSecret: '<your-client-secret>',
};

export const registration = {
  redirect_uris: [REDIRECT_URI],
  // ok: auth-oauth-client-secret-in-app
  token_endpoint_auth_method: 'client_secret_post',
};

export function missing(): never {
  // ok: auth-oauth-client-secret-in-app
  throw new Error('client_secret=' + 'is not configured');
}
