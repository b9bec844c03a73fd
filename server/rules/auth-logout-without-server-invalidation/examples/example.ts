import AsyncStorage from '@react-native-async-storage/async-storage';
import { createSlice } from '@reduxjs/toolkit';
import * as SecureStore from 'expo-secure-store';
import axios from 'axios';

const api = axios.create({ baseURL: 'https://api.example.com' });

// ruleid: auth-logout-without-server-invalidation
export async function logout(): Promise<void> {
  await SecureStore.deleteItemAsync('refresh_token');
  await AsyncStorage.removeItem('session');
}

// ok: auth-logout-without-server-invalidation
export async function signOut(): Promise<void> {
  const refreshToken = await SecureStore.getItemAsync('refresh_token');
  await api.post('/oauth/revoke', { token: refreshToken, token_type_hint: 'refresh_token' });
  await clearTokens();
}

async function clearTokens(): Promise<void> {
  await SecureStore.deleteItemAsync('refresh_token');
  localStorage.removeItem('access_token');
}

export function useAccountActions(navigate: (path: string) => void) {
  // ruleid: auth-logout-without-server-invalidation
  const handleLogout = () => {
    localStorage.removeItem('access_token');
    navigate('/login');
  };
  // ok: auth-logout-without-server-invalidation
  const handleSignOut = async () => {
    await fetch('/api/logout', { method: 'POST', credentials: 'include' });
    await clearTokens();
    navigate('/login');
  };
  return { handleLogout, handleSignOut };
}

export class SessionService {
  private token: string | null = null;

  // ruleid: auth-logout-without-server-invalidation
  logOut(): void {
    this.token = null;
    sessionStorage.clear();
  }

  // ok: auth-logout-without-server-invalidation
  onLogoutSuccess(): void {
    void clearTokens();
  }

  // ruleid: auth-logout-without-server-invalidation
  signout = (): void => {
    this.token = null;
    document.cookie = 'session=; Max-Age=0; path=/';
  };
}

export const authSlice = createSlice({
  name: 'auth',
  initialState: { token: null as string | null },
  reducers: {
    // ok: auth-logout-without-server-invalidation
    logout(state) {
      state.token = null;
    },
  },
});
