import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import { JwtModule } from '@nestjs/jwt';
import { SignJWT, jwtVerify } from 'jose';
import { createSecretKey } from 'node:crypto';
import express from 'express';

const app = express();
const JWT_SECRET = 'super-secret-signing-key';
export const jwtConstants = { secret: 'nest-docs-secret-key' };
const PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEexampleexampleexampleexampleexample
-----END PUBLIC KEY-----`;

export function issue(userId: string): string {
  // ruleid: auth-jwt-hardcoded-secret
  return jwt.sign({ sub: userId }, JWT_SECRET, { expiresIn: '1h' });
}

export function check(token: string) {
  // ruleid: auth-jwt-hardcoded-secret
  return jwt.verify(token, 'another-secret', { algorithms: ['HS256'] });
}

// ruleid: auth-jwt-hardcoded-secret
app.use(expressjwt({ secret: 'express-secret', algorithms: ['HS256'] }));

export const strategy = new JwtStrategy(
  {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    // ruleid: auth-jwt-hardcoded-secret
    secretOrKey: JWT_SECRET,
  },
  (payload, done) => done(null, payload),
);

export const jwtModule = JwtModule.register({
  // ruleid: auth-jwt-hardcoded-secret
  secret: jwtConstants.secret,
  signOptions: { expiresIn: '60s' },
});

// jose: the secret as bytes
const joseKey = new TextEncoder().encode('jose-shared-secret');

export async function issueJose(userId: string): Promise<string> {
  return new SignJWT({ sub: userId })
    .setProtectedHeader({ alg: 'HS256' })
    .setExpirationTime('2h')
    // ruleid: auth-jwt-hardcoded-secret
    .sign(joseKey);
}

export async function verifyJose(token: string) {
  // ruleid: auth-jwt-hardcoded-secret
  return jwtVerify(token, createSecretKey(Buffer.from(JWT_SECRET)));
}

export function issueWithFallback(userId: string): string {
  const secret = process.env.JWT_SECRET || 'dev-only-secret';
  // ruleid: auth-jwt-hardcoded-secret [variant: fallback]
  return jwt.sign({ sub: userId }, secret);
}

// Keys from the environment, a secret manager, or a public key
export function issueFromEnv(userId: string): string {
  // ok: auth-jwt-hardcoded-secret
  return jwt.sign({ sub: userId }, process.env.JWT_SECRET!, { expiresIn: '1h' });
}

export async function verifyWithSecretManager(token: string, secrets: { get(name: string): Promise<string> }) {
  const key = await secrets.get('jwt-signing-key');
  // ok: auth-jwt-hardcoded-secret
  return jwt.verify(token, key);
}

export function verifyPublic(token: string) {
  // ok: auth-jwt-hardcoded-secret
  return jwt.verify(token, PUBLIC_KEY, { algorithms: ['ES256'] });
}

export function signPayload(signer: { sign(key: string, encoding: string): string }, key: string): string {
  // ok: auth-jwt-hardcoded-secret
  return signer.sign(key, 'base64');
}
