import cookieSession from 'cookie-session';
import express from 'express';
import session from 'express-session';
import Koa from 'koa';

const app = express();
const isProduction = process.env.NODE_ENV === 'production';

// ruleid: auth-insecure-session-cookie
app.use(session({
  secret: process.env.SESSION_SECRET!,
  resave: false,
  saveUninitialized: false,
}));

app.use(session({
  secret: process.env.SESSION_SECRET!,
  // ruleid: auth-insecure-session-cookie
  cookie: { secure: false, maxAge: 3_600_000 },
}));

// ok: auth-insecure-session-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: true, httpOnly: true, sameSite: 'lax' } }));

// ok: auth-insecure-session-cookie
app.use(session({ secret: process.env.SESSION_SECRET!, cookie: { secure: isProduction } }));

const sessionCookie = { name: 'session', keys: [process.env.COOKIE_KEY!], secure: false };
// ruleid: auth-insecure-session-cookie
app.use(cookieSession(sessionCookie));

app.post('/login', (req, res) => {
  const token = issueToken(req.body.user);
  // ruleid: auth-insecure-session-cookie
  res.cookie('access_token', token);
  // ruleid: auth-insecure-session-cookie
  res.cookie('sid', token, { httpOnly: false, secure: true });
  // ok: auth-insecure-session-cookie
  res.cookie('refresh_token', token, { httpOnly: true, secure: true, sameSite: 'strict' });
  // ok: auth-insecure-session-cookie
  res.cookie('theme', req.body.theme);
  res.json({ ok: true });
});

const koa = new Koa();
koa.use(async (ctx) => {
  // ruleid: auth-insecure-session-cookie
  ctx.cookies.set('accessToken', issueToken(ctx.state.user), { httpOnly: false });
  // ok: auth-insecure-session-cookie
  ctx.cookies.set('lang', 'en', { httpOnly: false });
});

export function rememberInBrowser(token: string): void {
  // ruleid: auth-insecure-session-cookie
  document.cookie = `session=${token}; path=/`;
  // ok: auth-insecure-session-cookie
  document.cookie = `session=${token}; path=/; Secure; SameSite=Strict`;
  // ok: auth-insecure-session-cookie
  document.cookie = 'theme=dark; path=/';
  // ok: auth-insecure-session-cookie
  document.cookie = 'session=; Max-Age=0; path=/';
}

declare function issueToken(user: unknown): string;
