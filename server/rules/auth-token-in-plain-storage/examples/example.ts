import AsyncStorage from '@react-native-async-storage/async-storage';
import { Preferences } from '@capacitor/preferences';
import * as SecureStore from 'expo-secure-store';
import * as Keychain from 'react-native-keychain';
import EncryptedStorage from 'react-native-encrypted-storage';
import { MMKV } from 'react-native-mmkv';
import { writeFileSync } from 'fs';

const ACCESS_TOKEN_KEY = 'accessToken';
const STORAGE_KEY = 'refresh_token';
const THEME_KEY = 'theme';

interface TokenResponse {
  access_token: string;
  refresh_token: string;
  expires_in: number;
}

const storage = new MMKV({ id: 'app' });
const vault = new MMKV({ id: 'vault', encryptionKey: 'from-keystore' });

export async function onLogin(response: TokenResponse): Promise<void> {
  // ruleid: auth-token-in-plain-storage
  localStorage.setItem(ACCESS_TOKEN_KEY, response.access_token);
  // ruleid: auth-token-in-plain-storage
  await AsyncStorage.setItem(STORAGE_KEY, response.refresh_token);
  // ok: auth-token-in-plain-storage
  localStorage.setItem('token_expires_at', String(Date.now() + response.expires_in * 1000));
}

export function rememberSession(sessionId: string, user: { name: string }): void {
  // ruleid: auth-token-in-plain-storage
  window.sessionStorage.setItem('sid', sessionId);
  // ruleid: auth-token-in-plain-storage
  localStorage.session = JSON.stringify({ sessionId, user: user.name });
  // ok: auth-token-in-plain-storage
  localStorage.setItem('user', user.name);
}

export function cacheCredentials(password: string, authToken: string): void {
  // ruleid: auth-token-in-plain-storage
  storage.set('password', password);
  // ok: auth-token-in-plain-storage
  vault.set('password', password);
  // ruleid: auth-token-in-plain-storage
  localStorage['authToken'] = `Bearer ${authToken}`;
}

export async function capacitorLogin(token: string): Promise<void> {
  // ruleid: auth-token-in-plain-storage
  await Preferences.set({ key: 'token', value: token });
  // ok: auth-token-in-plain-storage
  await Preferences.set({ key: THEME_KEY, value: 'dark' });
}

export async function storeSecurely(response: TokenResponse): Promise<void> {
  // ok: auth-token-in-plain-storage
  await SecureStore.setItemAsync(ACCESS_TOKEN_KEY, response.access_token);
  // ok: auth-token-in-plain-storage
  await Keychain.setGenericPassword('session', response.refresh_token);
  // ok: auth-token-in-plain-storage
  await EncryptedStorage.setItem(STORAGE_KEY, response.refresh_token);
}

export function rememberUi(sessionCount: number): void {
  // ok: auth-token-in-plain-storage
  localStorage.setItem('sessionCount', String(sessionCount));
  // ok: auth-token-in-plain-storage
  localStorage.setItem('hasSeenOnboarding', 'true');
  // ok: auth-token-in-plain-storage
  sessionStorage.setItem('reloadSessionKey', '1');
  // ok: auth-token-in-plain-storage
  localStorage.removeItem(ACCESS_TOKEN_KEY);
}

export async function persistAll(accessToken: string, refreshToken: string): Promise<void> {
  await AsyncStorage.multiSet([
    // ruleid: auth-token-in-plain-storage
    [ACCESS_TOKEN_KEY, accessToken],
    // ruleid: auth-token-in-plain-storage
    ['refresh', refreshToken],
    // ok: auth-token-in-plain-storage
    [THEME_KEY, 'dark'],
  ]);
}

export function saveTokenFile(dir: string, refreshToken: string): void {
  // ruleid: auth-token-in-plain-storage
  writeFileSync(`${dir}/session.json`, JSON.stringify({ refreshToken }));
}
