import * as https from 'node:https';
import * as tls from 'node:tls';
import { spawn, ChildProcess } from 'node:child_process';
import axios from 'axios';
import { Agent } from 'undici';

const LEGACY_HOST = 'legacy-pos.example.com';

export const legacyAgent = new https.Agent({
  keepAlive: true,
  // ruleid: tls-weak-protocol-version
  secureProtocol: 'TLSv1_2_method',
});

export function connectTerminal(port: number): tls.TLSSocket {
  return tls.connect({
    host: LEGACY_HOST,
    port,
    // ruleid: tls-weak-protocol-version
    minVersion: 'TLSv1.2',
  });
}

export const posClient = axios.create({
  baseURL: `https://${LEGACY_HOST}`,
  // ruleid: tls-weak-protocol-version
  httpsAgent: new https.Agent({ minVersion: 'TLSv1.2' as tls.SecureVersion }),
});

export const cappedDispatcher = new Agent({
  connect: {
    // ruleid: tls-weak-protocol-version
    maxVersion: 'TLSv1.2',
  },
});

export function lowerProcessDefaults(): void {
  // ruleid: tls-weak-protocol-version
  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
}

export function legacyContext(): tls.SecureContext {
  // ruleid: tls-weak-protocol-version
  return tls.createSecureContext({ "secureProtocol": "TLSv1_2_client_method" });
}

export function startBridge(script: string): ChildProcess {
  // ruleid: tls-weak-protocol-version
  return spawn(process.execPath, ['--tls-min-v1.2', script], { stdio: 'inherit' });
}

// --- look-alikes ---

export const modernAgent = new https.Agent({
  // ok: tls-weak-protocol-version
  minVersion: 'TLSv1.2',
  // ok: tls-weak-protocol-version
  maxVersion: 'TLSv1.3',
});

// ok: tls-weak-protocol-version
export const negotiatingAgent = new https.Agent({ secureProtocol: 'TLS_method' });

// ok: tls-weak-protocol-version
export const legacyNamedAgent = new https.Agent({ secureProtocol: 'SSLv23_method' });

export function isObsolete(socket: tls.TLSSocket): boolean {
  // ok: tls-weak-protocol-version
  return socket.getProtocol() === 'TLSv1' || socket.getProtocol() === 'TLSv1.1';
}

// ok: tls-weak-protocol-version
export const PROTOCOL_LABELS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

export function warnAboutFlags(): void {
  // ok: tls-weak-protocol-version
  console.warn('Do not start the bridge with --tls-min-v1.0');
}
