import https from 'node:https';
import tls from 'node:tls';
import axios from 'axios';

// Node's own default list, spelled out: every weak family is removed with `!`.
// ok: tls-weak-cipher-suite
const HARDENED_CIPHERS = 'ECDHE-RSA-AES128-GCM-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!3DES:!RC4:!MD5:!PSK:!SRP';

// ruleid: tls-weak-cipher-suite
export const LEGACY_CIPHERS = 'ECDHE-RSA-AES128-GCM-SHA256:DES-CBC3-SHA';

// ruleid: tls-weak-cipher-suite
export const FALLBACK_CIPHERS = ['ECDHE-RSA-AES128-GCM-SHA256', 'EDH-RSA-DES-CBC3-SHA', '!aNULL'].join(':');

// ok: tls-weak-cipher-suite
export const DEFAULT_CIPHER_LIST = ['ECDHE-RSA-AES128-GCM-SHA256', 'HIGH', 'DES-CBC3-SHA', '!3DES', '!aNULL'].join(':');

const COMPAT = ['ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-SHA', 'RC4-SHA', '!aNULL'].join(':');

export function legacyIis(host: string) {
  // ruleid: tls-weak-cipher-suite [variant: des]
  const agent = new https.Agent({ ciphers: 'DES-CBC3-SHA' });
  return axios.get(`https://${host}/status`, { httpsAgent: agent });
}

export function oldGateway(host: string) {
  // ruleid: tls-weak-cipher-suite [variant: rc4]
  return tls.connect({ host, port: 443, ciphers: COMPAT });
}

export function smallDhKeys(host: string) {
  return https.request({
    host,
    // ruleid: tls-weak-cipher-suite [variant: seclevel-zero]
    ciphers: 'DEFAULT@SECLEVEL=0',
  });
}

export function anonymousServer() {
  const ciphers = 'ADH-AES256-GCM-SHA384:HIGH:!eNULL';
  // ruleid: tls-weak-cipher-suite [variant: anonymous]
  return tls.createServer({ ciphers }, (socket) => socket.end());
}

export function processWide(legacy: boolean) {
  // ruleid: tls-weak-cipher-suite [variant: null-cipher]
  tls.DEFAULT_CIPHERS = legacy ? 'NULL-SHA256:HIGH' : HARDENED_CIPHERS;
}

export function exportRc4() {
  // ruleid: tls-weak-cipher-suite [variant: rc4]
  return tls.createSecureContext({ ciphers: 'EXP-RC4-MD5:HIGH:!aNULL' });
}

export class MailTransport {
  // ruleid: tls-weak-cipher-suite [variant: export]
  private readonly tlsOptions = { ciphers: 'HIGH:LOW:!aNULL', rejectUnauthorized: true };

  connect(host: string) {
    return tls.connect({ host, port: 465, ...this.tlsOptions });
  }
}

// ---- look-alikes that stay silent ------------------------------------------------------

export function hardened(host: string) {
  // ok: tls-weak-cipher-suite
  return tls.connect({ host, port: 443, ciphers: HARDENED_CIPHERS });
}

export function modern(host: string) {
  // ok: tls-weak-cipher-suite
  return new https.Agent({ ciphers: 'TLS_AES_128_GCM_SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-CHACHA20-POLY1305' });
}

export function excludedAfterAll() {
  // ok: tls-weak-cipher-suite
  return tls.createSecureContext({ ciphers: 'HIGH:RC4-SHA:-RC4:DES-CBC3-SHA:!3DES' });
}

export function joinedExclusions() {
  // ok: tls-weak-cipher-suite
  const ciphers = ['ECDHE-RSA-AES128-GCM-SHA256', 'HIGH', '!aNULL', '!eNULL', '!RC4', '!MD5', '!DES'].join(':');
  return new https.Agent({ ciphers });
}

export function logDefaults() {
  // ok: tls-weak-cipher-suite
  console.log('default ciphers', tls.DEFAULT_CIPHERS.split(':'), 'RC4-SHA is never offered');
}

// ok: tls-weak-cipher-suite
const DISALLOWED_CIPHERS = ['RC4-SHA', 'DES-CBC3-SHA'];

export function negotiatedWeak(socket: tls.TLSSocket): boolean {
  // ok: tls-weak-cipher-suite
  return DISALLOWED_CIPHERS.includes(socket.getCipher().name) || socket.getCipher().name === 'NULL-SHA';
}
