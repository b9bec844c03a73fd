import jwt from 'jsonwebtoken';
import { jwtDecode } from 'jwt-decode';
import { decodeJwt } from 'jose';
import type { NextFunction, Request, Response } from 'express';

interface Claims {
  sub: string;
  role?: string;
  scope?: string;
  exp: number;
}

// Express middleware: the token is decoded, never verified
export function requireAdmin(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.replace('Bearer ', '') ?? '';
  const claims = jwt.decode(token) as Claims | null;
  // ok: auth-jwt-unverified-decode
  if (!claims) return res.sendStatus(401);
  // ruleid: auth-jwt-unverified-decode
  if (claims.role !== 'admin') return res.sendStatus(403);
  next();
}

export function canWrite(token: string): boolean {
  const { scope } = decodeJwt(token);
  // ruleid: auth-jwt-unverified-decode
  return typeof scope === 'string' && scope.split(' ').includes('write') ? true : false;
}

// React Native / web client: a role read from the decoded token gates a screen
export function landingRoute(accessToken: string): string {
  const user = jwtDecode<Claims>(accessToken);
  // ruleid: auth-jwt-unverified-decode
  switch (user.role) {
    case 'admin':
      return '/admin';
    default:
      return '/home';
  }
}

function parseJwt(token: string): Claims {
  const parts = token.split('.');
  // ok: auth-jwt-unverified-decode
  if (parts.length !== 3) throw new Error('not a JWT');
  const json = decodeURIComponent(atob(parts[1].replace(/-/g, '+').replace(/_/g, '/')));
  const payload: unknown = JSON.parse(json);
  // ok: auth-jwt-unverified-decode
  if (typeof payload !== 'object' || payload === null) throw new Error('bad payload');
  return payload as Claims;
}

export function isSupportAgent(token: string): boolean {
  // ruleid: auth-jwt-unverified-decode
  if (parseJwt(token).scope?.includes('support')) {
    return true;
  }
  return false;
}

// Look-alikes: refresh scheduling, display, verification in the same function
export function needsRefresh(accessToken: string): boolean {
  const { exp } = jwtDecode<Claims>(accessToken);
  // ok: auth-jwt-unverified-decode
  if (exp * 1000 - Date.now() < 60_000) {
    return true;
  }
  return false;
}

export function scheduleRefresh(accessToken: string, refresh: () => void): void {
  const decoded = jwtDecode<Claims>(accessToken);
  // ok: auth-jwt-unverified-decode
  const delay = decoded.exp ? decoded.exp * 1000 - Date.now() - 30_000 : 0;
  setTimeout(refresh, Math.max(delay, 0));
}

export function displayName(accessToken: string): string {
  const claims = jwtDecode<Claims & { name?: string }>(accessToken);
  return `Signed in as ${claims.name ?? claims.sub}`;
}

export function verifiedRole(token: string, publicKey: string): string {
  const unverified = jwt.decode(token) as Claims;
  // ok: auth-jwt-unverified-decode
  if (unverified.role === 'service') {
    jwt.verify(token, publicKey, { algorithms: ['RS256'] });
  }
  return unverified.role ?? 'user';
}

// OpenID Connect: an ID token received from the token endpoint over TLS
export function oidcEmail(params: { id_token: string }): string {
  const profile = jwt.decode(params.id_token) as Claims & { email?: string };
  // ok: auth-jwt-unverified-decode
  if (!profile.email) throw new Error('email required');
  return profile.email;
}

export function adminFromVerified(token: string, publicKey: string): boolean {
  const claims = jwt.verify(token, publicKey, { algorithms: ['RS256'] }) as Claims;
  // ok: auth-jwt-unverified-decode
  return claims.role === 'admin' ? true : false;
}
