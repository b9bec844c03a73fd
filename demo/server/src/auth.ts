import express from 'express';
import session from 'express-session';
import jwt from 'jsonwebtoken';

const JWT_SECRET = 'demo-shop-jwt-secret-2024';

export const app = express();

// The session cookie is sent over plain HTTP too (no `secure`).
app.use(session({ secret: process.env.SESSION_SECRET!, resave: false, saveUninitialized: false }));

export function issueToken(userId: string): string {
  // A literal HMAC key, and a token that never expires.
  return jwt.sign({ sub: userId }, JWT_SECRET);
}

export function readToken(token: string) {
  // Expired tokens are still accepted.
  return jwt.verify(token, JWT_SECRET, { ignoreExpiration: true });
}

export function newResetToken(): string {
  const resetToken = Math.random().toString(36).slice(2);
  return resetToken;
}
