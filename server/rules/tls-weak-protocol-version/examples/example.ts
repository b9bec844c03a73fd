import * as https from 'node:https';
import * as tls from 'node:tls';
import { spawn, ChildProcess } from 'node:child_process';
import axios from 'axios';
import { Agent } from 'undici';

const LEGACY_HOST = 'legacy-pos.example.com';

export const legacyAgent = new https.Agent({
  keepAlive: true,
  // ruleid: tls-weak-protocol-version
  secureProtocol: 'TLSv1_method',
});

export function connectTerminal(port: number): tls.TLSSocket {
  return tls.connect({
    host: LEGACY_HOST,
    port,
    // ruleid: tls-weak-protocol-version
    minVersion: 'TLSv1',
  });
}

export const posClient = axios.create({
  baseURL: `https://${LEGACY_HOST}`,
  // ruleid: tls-weak-protocol-version
  httpsAgent: new https.Agent({ minVersion: 'TLSv1.1' as tls.SecureVersion }),
});

export const cappedDispatcher = new Agent({
  connect: {
    // ruleid: tls-weak-protocol-version
    maxVersion: 'TLSv1.1',
  },
});

export function lowerProcessDefaults(): void {
  // ruleid: tls-weak-protocol-version
  tls.DEFAULT_MIN_VERSION = 'TLSv1';
}

export function legacyContext(): tls.SecureContext {
  // ruleid: tls-weak-protocol-version
  return tls.createSecureContext({ "secureProtocol": "TLSv1_1_client_method" });
}

export function startBridge(script: string): ChildProcess {
  // ruleid: tls-weak-protocol-version
  return spawn(process.execPath, ['--tls-min-v1.0', script], { stdio: 'inherit' });
}

// --- split across statements ---

const LEGACY_FLOOR = 'TLSv1';
const LEGACY_METHOD = 'TLSv1_1_method';

class TlsDefaults {
  static readonly CEILING = 'TLSv1.1';
}

export function connectWithOptions(port: number, host: string): tls.TLSSocket {
  // ruleid: tls-weak-protocol-version
  const tlsOptions: tls.ConnectionOptions = { host, minVersion: 'TLSv1' };
  return tls.connect(port, host, tlsOptions);
}

export function requestWithMethod(url: string): void {
  // ruleid: tls-weak-protocol-version
  const options: https.RequestOptions = { secureProtocol: LEGACY_METHOD };
  https.request(url, options).end();
}

export function lowerDefaultFromConstant(): void {
  // ruleid: tls-weak-protocol-version
  tls.DEFAULT_MIN_VERSION = LEGACY_FLOOR;
}

export function agentFor(floor: tls.SecureVersion): https.Agent {
  // ruleid: tls-weak-protocol-version
  return new https.Agent({ minVersion: floor });
}

export const legacyTerminalAgent = agentFor('TLSv1.1');

export function maybeLegacy(legacy: boolean): tls.TLSSocket {
  const minVersion = legacy ? 'TLSv1' : 'TLSv1.2';
  // ruleid: tls-weak-protocol-version
  return tls.connect({ host: LEGACY_HOST, port: 443, minVersion });
}

export const cappedAgent = new https.Agent({
  // ruleid: tls-weak-protocol-version
  maxVersion: TlsDefaults.CEILING as tls.SecureVersion,
});

export function openWith(options: tls.ConnectionOptions): tls.TLSSocket {
  // ok: tls-weak-protocol-version
  return tls.connect({ host: options.host, port: 443, minVersion: options.minVersion });
}

// ruleid: tls-weak-protocol-version
export const terminalSocket = openWith({ host: LEGACY_HOST, minVersion: 'TLSv1' });

// --- look-alikes ---

// ok: tls-weak-protocol-version
const UNUSED_FLOOR = 'TLSv1';
// ok: tls-weak-protocol-version
const REFUSED_FLOOR = 'TLSv1.1';

export function explainRefusal(): void {
  console.warn(`refusing connections below ${REFUSED_FLOOR}`);
}

export function raisedLater(): tls.TLSSocket {
  let floor: tls.SecureVersion = 'TLSv1';
  floor = 'TLSv1.2';
  // ok: tls-weak-protocol-version
  return tls.connect({ host: LEGACY_HOST, port: 443, minVersion: floor });
}

export function loggedOnly(): void {
  // ok: tls-weak-protocol-version
  const minVersion = 'TLSv1';
  console.log('legacy floor would be', minVersion);
}

export const modernAgentFor = agentFor('TLSv1.2');

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
