import { randomBytes, randomUUID } from 'crypto';
import type { Request, Response } from 'express';

const CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

export function generateToken(length = 32): string {
  let token = '';
  for (let i = 0; i < length; i++) {
    // ruleid: auth-insecure-random-token
    token += CHARS.charAt(Math.floor(Math.random() * CHARS.length));
  }
  return token;
}

export function login(req: Request, res: Response): void {
  // ruleid: auth-insecure-random-token
  const sessionToken = Math.random().toString(36).substring(2) + Date.now().toString(36);
  sessions.set(sessionToken, req.body.user);
  res.json({ ok: true });
}

// An editor, terminal or analytics session the client numbers itself is not a credential:
// the server makes the session that authenticates
export function newEditorSession(noteId: string): { noteId: string; sessionId: string } {
  // ok: auth-insecure-random-token
  const sessionId = `${Date.now()}`;
  return { noteId, sessionId };
}

export function generateSessionId(): string {
  // ok: auth-insecure-random-token
  return `terminal_${Date.now()}_${Math.random().toString(36).substring(2, 9)}`;
}

export function newOtp(): string {
  // ruleid: auth-insecure-random-token
  return Math.floor(100000 + Math.random() * 900000).toString();
}

export function authorizeUrl(base: string): string {
  const url = new URL(base);
  url.searchParams.set('response_type', 'code');
  // ruleid: auth-insecure-random-token
  url.searchParams.set('state', Math.random().toString(36).slice(2));
  return url.toString();
}

export function authRequest(clientId: string) {
  return {
    client_id: clientId,
    // ruleid: auth-insecure-random-token
    nonce: `${Date.now()}`,
    // ok: auth-insecure-random-token
    state: randomBytes(16).toString('hex'),
  };
}

export function secureValues(): string[] {
  // ok: auth-insecure-random-token
  const sessionId = randomUUID();
  // ok: auth-insecure-random-token
  const csrfToken = randomBytes(32).toString('base64url');
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  // ok: auth-insecure-random-token
  const codeVerifier = Array.from(bytes, (b) => CHARS[b % CHARS.length]).join('');
  return [sessionId, csrfToken, codeVerifier];
}

export function timings(): number {
  // ok: auth-insecure-random-token
  const retryDelay = 250 + Math.random() * 750;
  // ok: auth-insecure-random-token
  const sessionTimeout = 30_000 + Math.floor(Math.random() * 1000);
  // ok: auth-insecure-random-token
  const listKey = Math.random().toString(36);
  return retryDelay + sessionTimeout + listKey.length;
}

const sessions = new Map<string, string>();

// Editor search: a fresh number makes the find box take the focus again; nothing secret
export function openSearch(setState: (s: { searching: boolean; focusNonce: number }) => void): void {
  // ok: auth-insecure-random-token
  setState({ searching: true, focusNonce: Math.random() });
}

// Authenticator (web): the clock is the moving factor of TOTP; the secret is the entry's key
export function currentCode(entrySecret: Uint8Array, totp: { generateTotp(k: Uint8Array, t: number): string }): string {
  // ok: auth-insecure-random-token
  const otpToken = totp.generateTotp(entrySecret, Math.floor(Date.now() / 30000));
  return otpToken;
}
