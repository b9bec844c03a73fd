import { spawn, execSync, ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import axios from 'axios';

const SYNC_SCRIPT = path.join(__dirname, 'sync-worker.js');

export function allowSelfSignedDevServer(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export function allowSelfSignedViaIndex(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = "0";
}

export function allowSelfSignedNumeric(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = 0 as unknown as string;
}

export function configureProxyEnv(): void {
  // ruleid: tls-reject-unauthorized-env
  Object.assign(process.env, { HTTPS_PROXY: 'http://proxy.corp:3128', NODE_TLS_REJECT_UNAUTHORIZED: `0` });
}

export function startSyncWorker(token: string): ChildProcess {
  return spawn(process.execPath, [SYNC_SCRIPT], {
    env: {
      ...process.env,
      SYNC_TOKEN: token,
      // ruleid: tls-reject-unauthorized-env
      'NODE_TLS_REJECT_UNAUTHORIZED': '0',
    },
    stdio: 'inherit',
  });
}

export function runMigrations(): Buffer {
  // ruleid: tls-reject-unauthorized-env
  return execSync('NODE_TLS_REJECT_UNAUTHORIZED=0 npx prisma migrate deploy', { stdio: 'pipe' });
}

export function configureForStage(stage: string): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = stage === 'dev' ? '0' : '1';
}

export function relaxViaReflect(): void {
  // ruleid: tls-reject-unauthorized-env
  Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '0');
}

// --- look-alikes ---

export function enforceValidation(): void {
  // ok: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

export function warnIfDisabled(): void {
  // ok: tls-reject-unauthorized-env
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0') {
    // ok: tls-reject-unauthorized-env
    console.warn('NODE_TLS_REJECT_UNAUTHORIZED=0 disables certificate validation; unset it.');
  }
}

export function resetValidation(): void {
  // ok: tls-reject-unauthorized-env
  delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
}

export async function health(): Promise<number> {
  // ok: tls-reject-unauthorized-env
  const strict = process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0';
  const res = await axios.get('https://status.example.com/health', { headers: { 'X-Strict-TLS': String(strict) } });
  return res.status;
}
