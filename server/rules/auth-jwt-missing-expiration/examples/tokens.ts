import jwt from 'jsonwebtoken';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';

const SECRET = process.env.JWT_SECRET!;
const VERIFY_OPTIONS = {
  algorithms: ['HS256'] as jwt.Algorithm[],
  // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
  ignoreExpiration: true,
};

interface User {
  id: string;
  role: string;
}

// Issued without an expiry
export function sessionToken(user: User): string {
  // ruleid: auth-jwt-missing-expiration
  return jwt.sign({ sub: user.id, role: user.role }, SECRET);
}

export function apiToken(user: User): string {
  const claims = { sub: user.id, scope: 'api' };
  // ruleid: auth-jwt-missing-expiration
  return jwt.sign(claims, SECRET, { algorithm: 'HS256', issuer: 'https://auth.example.com' });
}

export function callbackToken(user: User, done: (token?: string) => void): void {
  // ruleid: auth-jwt-missing-expiration
  jwt.sign({ sub: user.id }, SECRET, (err, token) => done(err ? undefined : token));
}

// Verified without looking at the expiry
export function readSession(token: string) {
  return jwt.verify(token, SECRET, VERIFY_OPTIONS);
}

export const strategy = new JwtStrategy(
  {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    secretOrKey: SECRET,
    // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
    ignoreExpiration: true,
  },
  (payload, done) => done(null, payload),
);

export function lenient(token: string) {
  // ruleid: auth-jwt-missing-expiration [variant: not-enforced]
  return jwt.verify(token, SECRET, { algorithms: ['HS256'], clockTolerance: 86400 });
}

// Look-alikes: an expiry is set, or the options come from elsewhere
export function shortLived(user: User): string {
  // ok: auth-jwt-missing-expiration
  return jwt.sign({ sub: user.id }, SECRET, { expiresIn: '15m' });
}

export function withExpClaim(user: User): string {
  // ok: auth-jwt-missing-expiration
  return jwt.sign({ sub: user.id, exp: Math.floor(Date.now() / 1000) + 900 }, SECRET);
}

export function transferToken(user: User): string {
  // an expiry of the application's own, checked where the token is read
  // ok: auth-jwt-missing-expiration
  return jwt.sign({ id: user.id, expiresAt: new Date(Date.now() + 60_000).toISOString() }, SECRET);
}

export function fromProfile(profile: Record<string, unknown>, options: jwt.SignOptions): string {
  // ok: auth-jwt-missing-expiration
  return jwt.sign(profile, SECRET, options);
}

export function strict(token: string) {
  // ok: auth-jwt-missing-expiration
  return jwt.verify(token, SECRET, { algorithms: ['HS256'], ignoreExpiration: false, clockTolerance: 30 });
}
