import { spawn, execSync, ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import axios from 'axios';

const SYNC_SCRIPT = path.join(__dirname, 'sync-worker.js');

export function allowSelfSignedDevServer(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '1';
}

export function allowSelfSignedViaIndex(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env['NODE_TLS_REJECT_UNAUTHORIZED'] = "1";
}

export function allowSelfSignedNumeric(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = 1 as unknown as string;
}

export function configureProxyEnv(): void {
  // ruleid: tls-reject-unauthorized-env
  Object.assign(process.env, { HTTPS_PROXY: 'http://proxy.corp:3128', NODE_TLS_REJECT_UNAUTHORIZED: `1` });
}

export function startSyncWorker(token: string): ChildProcess {
  return spawn(process.execPath, [SYNC_SCRIPT], {
    env: {
      ...process.env,
      SYNC_TOKEN: token,
      // ruleid: tls-reject-unauthorized-env
      'NODE_TLS_REJECT_UNAUTHORIZED': '1',
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
  Reflect.set(process.env, 'NODE_TLS_REJECT_UNAUTHORIZED', '1');
}

// --- the same setting split across statements ---

const DISABLED = '0';
export function allowSelfSignedViaConstant(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = DISABLED;
}

const TLS_SWITCH = 'NODE_TLS_REJECT_UNAUTHORIZED';
export function allowSelfSignedViaNamedKey(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env[TLS_SWITCH] = '1';
}

export function allowSelfSignedViaSplitName(): void {
  // ruleid: tls-reject-unauthorized-env
  process.env['NODE_TLS_' + 'REJECT_UNAUTHORIZED'] = "1";
}

const insecureEnv = {
  DEBUG: 'sync:*',
  // ruleid: tls-reject-unauthorized-env
  NODE_TLS_REJECT_UNAUTHORIZED: '1',
};
export function applyInsecureEnv(): void {
  Object.assign(process.env, insecureEnv);
}

function setTlsCheck(flag: string): void {
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = flag;
}
export function trustStagingProxy(): void {
  setTlsCheck('0');
}

export function configureForCi(isCi: boolean): void {
  const mode = isCi ? '0' : '1';
  // ruleid: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = mode;
}

export function serveWithSelfSigned(bin: string): ChildProcess {
  const serve = `NODE_TLS_REJECT_UNAUTHORIZED=0 ${bin} serve --port 8443`;
  // ruleid: tls-reject-unauthorized-env
  return spawn('sh', ['-c', serve], { stdio: 'inherit' });
}

export function startRelaxedWorker(): ChildProcess {
  const NODE_TLS_REJECT_UNAUTHORIZED = '0';
  // ruleid: tls-reject-unauthorized-env
  return spawn(process.execPath, [SYNC_SCRIPT], { env: { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED } });
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

// --- split look-alikes ---

const ENFORCED = '1';
export function enforceViaConstant(): void {
  // ok: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = ENFORCED;
}

export function overwrittenBeforeUse(): void {
  let value = '0';
  value = '1';
  // ok: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = value;
}

export function replacedChildEnv(): ChildProcess {
  // ok: tls-reject-unauthorized-env
  let childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_TLS_REJECT_UNAUTHORIZED: '0' };
  childEnv = { ...process.env, NODE_EXTRA_CA_CERTS: '/etc/ssl/corp-ca.pem' };
  return spawn(process.execPath, [SYNC_SCRIPT], { env: childEnv });
}

const OTHER_SWITCH = 'NODE_NO_WARNINGS';
export function quietWarnings(): void {
  // ok: tls-reject-unauthorized-env
  process.env[OTHER_SWITCH] = '0';
}

export function explainSetting(): void {
  // ok: tls-reject-unauthorized-env
  const hint = 'NODE_TLS_REJECT_UNAUTHORIZED=0 turns certificate checks off; use NODE_EXTRA_CA_CERTS instead';
  console.warn(hint);
}

function requireTlsCheck(flag: string): void {
  // ok: tls-reject-unauthorized-env
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = flag;
}
export function hardenProcess(): void {
  requireTlsCheck('1');
}
