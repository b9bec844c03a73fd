import jwt from 'jsonwebtoken';
import { expressjwt } from 'express-jwt';
import { Strategy as JwtStrategy, ExtractJwt } from 'passport-jwt';
import * as jose from 'jose';
import zlib from 'node:zlib';
import express from 'express';

const app = express();
const SECRET = process.env.JWT_SECRET!;
const NO_SIGNATURE = 'none';
const VERIFY_OPTIONS = {
  issuer: 'https://auth.example.com',
  // ruleid: auth-jwt-none-algorithm
  algorithms: ['HS256', NO_SIGNATURE] as jwt.Algorithm[],
};

export function issueGuestToken(user: string): string {
  // ruleid: auth-jwt-none-algorithm
  return jwt.sign({ sub: user }, '', { algorithm: 'none', expiresIn: '1h' });
}

export function readToken(token: string) {
  return jwt.verify(token, SECRET, VERIFY_OPTIONS);
}

export function readUnsigned(token: string) {
  // a falsy key: jsonwebtoken then accepts tokens signed with "none"
  // ruleid: auth-jwt-none-algorithm
  return jwt.verify(token, null as unknown as jwt.Secret);
}

export function headerOnly(user: string): string {
  // ruleid: auth-jwt-none-algorithm
  return jwt.sign({ sub: user }, SECRET, { header: { alg: 'none', typ: 'JWT' } });
}

// express-jwt and passport-jwt take the same option
// ruleid: auth-jwt-none-algorithm
app.use('/api', expressjwt({ secret: SECRET, algorithms: ['none'] }));

export const strategy = new JwtStrategy(
  {
    jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
    secretOrKey: SECRET,
    // ruleid: auth-jwt-none-algorithm
    algorithms: ['RS256', 'none'],
  },
  (payload, done) => done(null, payload),
);

// jose: UnsecuredJWT is the unsigned token
export function unsecured(user: string): string {
  // ruleid: auth-jwt-none-algorithm
  return new jose.UnsecuredJWT({ sub: user }).setIssuedAt().setExpirationTime('2h').encode();
}

export function readUnsecured(token: string) {
  // ruleid: auth-jwt-none-algorithm
  return jose.UnsecuredJWT.decode(token).payload;
}

// Look-alikes
export function readSigned(token: string) {
  // ok: auth-jwt-none-algorithm
  return jwt.verify(token, SECRET, { algorithms: ['HS256'], issuer: 'https://auth.example.com' });
}

export function readWithFallback(token: string) {
  // ok: auth-jwt-none-algorithm
  return jwt.verify(token, process.env.JWT_PUBLIC_KEY ?? '', { algorithms: ['RS256'] });
}

export function rejectUnsigned(token: string): void {
  const decoded = jwt.decode(token, { complete: true });
  // ok: auth-jwt-none-algorithm
  if (!decoded || decoded.header.alg === 'none') throw new Error('unsigned token');
}

export function pack(data: Buffer): void {
  // ok: auth-jwt-none-algorithm
  zlib.deflate(data, { algorithm: 'none' } as zlib.ZlibOptions, () => undefined);
}

export async function verifyJose(token: string, key: jose.KeyLike) {
  // ok: auth-jwt-none-algorithm
  return jose.jwtVerify(token, key, { algorithms: ['ES256'] });
}
