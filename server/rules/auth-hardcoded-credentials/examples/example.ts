import axios from 'axios';
import session from 'express-session';
import { initializeApp } from 'firebase/app';
import { getAuth, signInWithEmailAndPassword } from 'firebase/auth';
import { Pool } from 'pg';

const WEATHER_API_KEY = '4f3c2b1a9e8d7c6b5a4f3e2d1c0b9a8f';
// ruleid: auth-hardcoded-credentials
const REPORTS_PASSWORD = 'Zx9!shopfront-reports';
const REPORTS_TOKEN = 'Bearer 7d1f0c9a8b6e5d4c3b2a1f0e';
// ok: auth-hardcoded-credentials
const TOKEN_STORAGE_KEY = 'shopfront.accessToken';
// ok: auth-hardcoded-credentials
const PASSWORD_PLACEHOLDER = 'Enter your password';
// ok: auth-hardcoded-credentials
const STRIPE_KEY = 'pk_live_51H8xYzAbCdEfGhIjKlMnOpQr';
// ruleid: auth-hardcoded-credentials [variant: api-key]
export const UPLOAD_TOKEN = 'a8f5f167f44f4964e6c998dee827110c';

const firebaseConfig = {
  // ruleid: auth-hardcoded-credentials [variant: client-key]
  apiKey: 'AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY',
  authDomain: 'shopfront-app.firebaseapp.com',
  projectId: 'shopfront-app',
};
const app = initializeApp(firebaseConfig);

export function reports() {
  return axios.get('https://reports.shopfront.io/daily', {
    // ruleid: auth-hardcoded-credentials
    headers: { Authorization: REPORTS_TOKEN },
  });
}

export function me(token: string) {
  return fetch('https://api.shopfront.io/me', {
    // ok: auth-hardcoded-credentials
    headers: { Authorization: `Bearer ${token}` },
  });
}

export function config() {
  return fetch('https://api.shopfront.io/config', {
    // ok: auth-hardcoded-credentials
    headers: { Authorization: `Bearer ${process.env.CONFIG_TOKEN}` },
  });
}

export function dailyReport() {
  // the constant above is reported where it is written
  return axios.get('https://reports.shopfront.io/export', { auth: { username: 'reports', password: REPORTS_PASSWORD } });
}

export function exportsReport() {
  // ruleid: auth-hardcoded-credentials
  return axios.get('https://reports.shopfront.io/csv', { auth: { username: 'exports', password: 'Exp0rts-Feed!' } });
}

export function forecast(city: string) {
  // ruleid: auth-hardcoded-credentials [variant: api-key]
  return fetch(`https://api.weather.io/v1/forecast?q=${city}&appid=${WEATHER_API_KEY}`);
}

export function signInDemo() {
  // ruleid: auth-hardcoded-credentials
  return signInWithEmailAndPassword(getAuth(app), 'demo@shopfront.io', 'Demo-2024!');
}

export function signIn(email: string, password: string) {
  // ok: auth-hardcoded-credentials
  return signInWithEmailAndPassword(getAuth(app), email, password);
}

export function legacyBasic() {
  // ruleid: auth-hardcoded-credentials
  const encoded = btoa('legacy:w4rehouse!');
  return `Basic ${encoded}`;
}

export function legacyBasicFromUser(user: string, pass: string) {
  // ok: auth-hardcoded-credentials
  return `Basic ${btoa(`${user}:${pass}`)}`;
}

export const sessions = session({
  // ruleid: auth-hardcoded-credentials
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: false,
});

export const configuredSessions = session({
  // ok: auth-hardcoded-credentials
  secret: process.env.SESSION_SECRET!,
  resave: false,
});

export const pool = new Pool({
  host: 'db.shopfront.internal',
  user: 'shop',
  // ruleid: auth-hardcoded-credentials
  password: 'Sh0p-DB-2024',
});

export const placeholderPool = new Pool({
  user: 'shop',
  // ok: auth-hardcoded-credentials
  password: 'changeme',
});

export function mirror() {
  // ruleid: auth-hardcoded-credentials
  return fetch('https://sync:M1rr0r-Key@mirror.shopfront.io/catalog');
}

export function uploader(url: URL) {
  // ruleid: auth-hardcoded-credentials [variant: api-key]
  url.searchParams.set('api_key', 'e2f1d0c9b8a7f6e5d4c3b2a1');
  // ok: auth-hardcoded-credentials
  url.searchParams.set('api_key', process.env.UPLOADER_KEY ?? '');
  return fetch(url);
}

export const geocoder = axios.create({
  baseURL: 'https://geo.shopfront.io',
  // ruleid: auth-hardcoded-credentials [variant: api-key]
  headers: { 'x-api-key': '7e6d5c4b3a2918f7e6d5c4b3' },
});

export const loginForm = {
  email: '',
  // ok: auth-hardcoded-credentials
  password: '',
};

// Server of the same app: validation rules, error codes and storage-key names are not passwords
export const signUpRules = {
  email: 'required|email',
  // ok: auth-hardcoded-credentials
  password: 'required',
  // ok: auth-hardcoded-credentials
  secret: 'required|min:12',
};

export const MAIL_ERRORS = {
  // ok: auth-hardcoded-credentials
  password: 'mailer/smtp_password_undefined',
};

// Git over HTTPS with a GitHub token as the user name: GitHub's fixed dummy password
export function gitAuth(token: string) {
  // ok: auth-hardcoded-credentials
  return { username: token, password: 'x-oauth-basic' };
}

// Emoji picker: names to code points
export const emojiCodePoints = {
  // ok: auth-hardcoded-credentials
  secret: '1f5dd',
  key: '1f511',
};
