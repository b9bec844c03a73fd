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

// Desktop client (Electron): the app decodes its own session token to decide whether to ask
// for a new one; the server checks the token on every call, so nothing is granted here
export function shouldRenewSession(sessionToken: string): boolean {
  const decoded = jwt.decode(sessionToken);
  // ok: auth-jwt-unverified-decode
  if (!decoded) throw new Error('not a session token');
  // ok: auth-jwt-unverified-decode
  if (typeof decoded === 'object' && decoded.uid) {
    return true;
  }
  // ok: auth-jwt-unverified-decode
  return decoded.sub ? false : true;
}

// Server: the app's own wrapper of jws.decode, and a handler that takes the caller's id from it
import jws from 'jws';
const tokens = { decode: (token: string) => jws.decode(token)?.payload };

export function callerId(req: Request): number | undefined {
  const token = req.headers.get('authorization')?.slice(7);
  if (!token) return undefined;
  const decoded = tokens.decode(token) as { user?: { id?: number } } | undefined;
  // ruleid: auth-jwt-unverified-decode
  return decoded?.user?.id;
}

// Angular guard: the service of another file decodes the stored token with jwtDecode, the
// guard decides on its role claim
import { SessionService } from './session.service';

export class StaffAreaGuard {
  constructor(private readonly session: SessionService) {}
  canActivate(): boolean {
    const payload = this.session.getDecodedToken();
    // ruleid: auth-jwt-unverified-decode
    if (payload?.profile && payload.profile.role === 'staff') {
      return true;
    }
    return false;
  }
}

// Server middleware of the same app: the signature is checked in the same expression, then the
// payload is decoded
const verifyJws = (token: string) => (token ? (jws.verify as (t: string, k: string) => boolean)(token, 'public-key-pem') : false);
export const requireBilling = () => (req: Request, res: Response, next: NextFunction) => {
  const token = req.headers.get('authorization')?.slice(7) ?? '';
  const claims = verifyJws(token) && (tokens.decode(token) as { user?: { role?: string } } | undefined);
  // ok: auth-jwt-unverified-decode
  if (claims && claims.user?.role === 'billing') {
    next();
  } else {
    res.sendStatus(403);
  }
};
