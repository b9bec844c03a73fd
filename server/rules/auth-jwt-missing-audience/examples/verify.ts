import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
import { jwtVerify, createRemoteJWKSet } from 'jose';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import express from 'express';

const app = express();
const PUBLIC_KEY = process.env.JWT_PUBLIC_KEY!;
const JWKS = createRemoteJWKSet(new URL('https://auth.example.com/.well-known/jwks.json'));
const VERIFY_OPTIONS: jwt.VerifyOptions = { algorithms: ['RS256'] };
const STRICT_OPTIONS: jwt.VerifyOptions = { algorithms: ['RS256'], audience: 'orders-api', issuer: 'https://auth.example.com/' };

export function readToken(token: string) {
  // ruleid: auth-jwt-missing-audience
  return jwt.verify(token, PUBLIC_KEY, VERIFY_OPTIONS);
}

export function readToken2(token: string) {
  // ruleid: auth-jwt-missing-audience
  return jwt.verify(token, PUBLIC_KEY);
}

export function readWithCallback(token: string, done: (claims: unknown) => void) {
  // ruleid: auth-jwt-missing-audience
  jwt.verify(token, PUBLIC_KEY, (err, claims) => done(err ? null : claims));
}

export async function readJose(token: string) {
  // ruleid: auth-jwt-missing-audience
  const { payload } = await jwtVerify(token, JWKS, { algorithms: ['RS256'] });
  return payload;
}

// ruleid: auth-jwt-missing-audience
app.use('/api', expressjwt({ secret: PUBLIC_KEY, algorithms: ['RS256'] }));

export const strategy = new JwtStrategy(
  // ruleid: auth-jwt-missing-audience
  { jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), secretOrKey: PUBLIC_KEY, algorithms: ['RS256'] },
  (payload, done) => done(null, payload),
);

// Look-alikes: audience or issuer checked, or options from elsewhere
export function readStrict(token: string) {
  // ok: auth-jwt-missing-audience
  return jwt.verify(token, PUBLIC_KEY, STRICT_OPTIONS);
}

export async function readJoseStrict(token: string) {
  // ok: auth-jwt-missing-audience
  const { payload } = await jwtVerify(token, JWKS, { issuer: 'https://auth.example.com/', audience: 'orders-api' });
  return payload;
}

// ok: auth-jwt-missing-audience
app.use('/admin', expressjwt({ secret: PUBLIC_KEY, algorithms: ['RS256'], audience: 'admin-api' }));

export function readOwnSession(token: string) {
  // the service's own HMAC secret: no other service signs with it
  // ok: auth-jwt-missing-audience
  return jwt.verify(token, process.env.SESSION_SECRET!, { algorithms: ['HS256'] });
}

export function readConfigured(token: string, options: jwt.VerifyOptions) {
  // ok: auth-jwt-missing-audience
  return jwt.verify(token, PUBLIC_KEY, { ...options, algorithms: ['RS256'] });
}
