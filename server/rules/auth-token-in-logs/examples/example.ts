import pino from 'pino';

const logger = pino({ level: 'info' });

interface TokenSet {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
}

export async function exchangeCode(code: string, codeVerifier: string): Promise<TokenSet> {
  const res = await fetch('https://auth.example.com/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'authorization_code', code, code_verifier: codeVerifier }),
  });
  const tokens: TokenSet = await res.json();
  // ruleid: auth-token-in-logs
  console.log('tokens', tokens.access_token, tokens.refresh_token);
  // ok: auth-token-in-logs
  console.log(`got ${tokens.token_type} token, expires in ${tokens.expires_in}s`);
  // ruleid: auth-token-in-logs
  logger.debug({ refreshToken: tokens.refresh_token }, 'refreshed');
  // ok: auth-token-in-logs
  logger.info('token exchange succeeded');
  return tokens;
}

export function onLoginSubmit(form: { username: string; password: string }): void {
  // ruleid: auth-token-in-logs
  console.debug('login form', JSON.stringify({ user: form.username, password: form.password }));
  // ok: auth-token-in-logs
  console.debug('login form', { user: form.username, passwordLength: form.password.length });
}

export function onCallback(url: URL): void {
  const authorizationCode = url.searchParams.get('code');
  // ruleid: auth-token-in-logs
  console.info(`authorization code ${authorizationCode}`);
  // ok: auth-token-in-logs
  console.info(`authorization code received: ${authorizationCode !== null}`);
}

export function withSession(sessionId: string, sessionToken: string, sessionCount: number): void {
  const header = `Cookie: session=${sessionToken}`;
  // ruleid: auth-token-in-logs
  console.warn(header);
  // ok: auth-token-in-logs
  console.warn('terminal session', sessionId);
  // ok: auth-token-in-logs
  console.warn('active sessions', sessionCount);
  // ok: auth-token-in-logs
  console.warn('session', mask(sessionId));
}

function mask(value: string): string {
  return `${value.slice(0, 2)}…`;
}

// A helper named as a mask that lists the keys it removes (Mailspring-style): what it returns is redacted
export class SyncProcess {
  private settings: { refresh_token?: string; imap_password?: string } = {};

  stripSecrets(text: string): string {
    let out = text;
    const secrets = [this.settings.refresh_token, this.settings.imap_password];
    for (const v of secrets) {
      if (v) out = out.replaceAll(v, '*********');
    }
    return out;
  }

  onOutput(buffer: string): void {
    // ok: auth-token-in-logs
    console.log('sync output', this.stripSecrets(buffer));
  }
}
