import axios from 'axios';
import express from 'express';
import { io } from 'socket.io-client';

interface Session {
  accessToken: string;
  sessionId: string;
}

const API = 'https://api.shopfront.io';
const WS = 'wss://live.shopfront.io/socket';

// ---- session secrets in URLs: reported ----

export function mediaUrl(mediaId: string, accessToken: string): string {
  // ruleid: auth-session-in-url
  return `${API}/_matrix/media/v3/download/${mediaId}?access_token=${accessToken}`;
}

export function legacyUrl(path: string, session: Session): string {
  // ruleid: auth-session-in-url
  return API + path + '?sessionid=' + session.sessionId;
}

export function avatarUrl(userId: string, session: Session): URL {
  const url = new URL(`${API}/avatar`);
  url.searchParams.set('user', userId);
  // ruleid: auth-session-in-url
  url.searchParams.set('access_token', session.accessToken);
  return url;
}

export async function files(session: Session) {
  return axios.get(`${API}/files`, {
    // ruleid: auth-session-in-url
    params: { access_token: session.accessToken, page: 1 },
  });
}

export function live(authToken: string): WebSocket {
  // ruleid: auth-session-in-url
  return new WebSocket(`${WS}?token=${authToken}`);
}

// ---- client-asserted state: reported ----

export function rememberAdmin(): void {
  // ruleid: auth-session-in-url [variant: client-state]
  document.cookie = 'isAdmin=true; path=/';
}

const app = express();
app.post('/login', (req, res) => {
  // ruleid: auth-session-in-url [variant: client-state]
  res.cookie('loggedIn', 'true');
  res.redirect('/home');
});

// ---- look-alikes: stay silent ----

export async function headerAuth(session: Session) {
  // ok: auth-session-in-url
  return axios.get(`${API}/files`, { headers: { Authorization: `Bearer ${session.accessToken}` } });
}

export async function revoke(session: Session) {
  return fetch(`${API}/oauth/revoke`, {
    method: 'POST',
    // ok: auth-session-in-url
    body: new URLSearchParams({ token: session.accessToken }),
  });
}

export function nextPage(nextPageToken: string): string {
  // ok: auth-session-in-url
  return `${API}/items?token=${nextPageToken}`;
}

export function socket(session: Session) {
  // ok: auth-session-in-url
  return io(WS, { auth: { token: session.accessToken } });
}

app.post('/session', (req, res) => {
  // ok: auth-session-in-url
  res.cookie('sid', req.sessionID, { httpOnly: true, secure: true, sameSite: 'strict' });
  res.end();
});

// One-time links sent by e-mail (Joplin server, node-express-boilerplate style): a link is the
// only channel the token has, and it works once
export function resetPasswordUrl(token: string): string {
  // ok: auth-session-in-url
  return `${API}/password/reset?token=${token}`;
}

export function sendVerificationEmail(token: string): string {
  // ok: auth-session-in-url
  return 'Open ' + API + '/verify-email?token=' + token;
}
