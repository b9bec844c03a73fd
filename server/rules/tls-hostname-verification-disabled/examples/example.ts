import * as https from 'node:https';
import * as tls from 'node:tls';
import type { PeerCertificate } from 'node:tls';
import axios from 'axios';
import { Agent } from 'undici';
import { MongoClient } from 'mongodb';
import noop from 'lodash/noop';
import { logger } from './logger';

const GATEWAY = 'gateway.internal.example.com';
const PINNED_FINGERPRINT = process.env.GATEWAY_FINGERPRINT ?? '';

export const gatewayAgent = new https.Agent({
  ca: process.env.GATEWAY_CA,
  // ruleid: tls-hostname-verification-disabled
  checkServerIdentity: () => undefined,
});

export function connectGateway(port: number): tls.TLSSocket {
  return tls.connect({
    host: GATEWAY,
    port,
    // ruleid: tls-hostname-verification-disabled
    checkServerIdentity: (host: string, cert: PeerCertificate) => {},
  });
}

export const gatewayClient = axios.create({
  baseURL: `https://${GATEWAY}`,
  httpsAgent: new https.Agent({
    // ruleid: tls-hostname-verification-disabled
    checkServerIdentity: function (host: string, cert: PeerCertificate): Error | undefined {
      return undefined;
    },
  }),
});

export const dispatcher = new Agent({
  connect: {
    // ruleid: tls-hostname-verification-disabled
    checkServerIdentity(host: string, cert: PeerCertificate) {
      const err = tls.checkServerIdentity(host, cert);
      if (err) logger.warn(`host name mismatch for ${host}: ${err.message}`);
    },
  },
});

export function legacyOptions(): https.RequestOptions {
  const options: https.RequestOptions = { host: GATEWAY, path: '/status' };
  // ruleid: tls-hostname-verification-disabled
  options.checkServerIdentity = () => undefined;
  return options;
}

export function lodashOptions(): tls.ConnectionOptions {
  // ruleid: tls-hostname-verification-disabled
  return { host: GATEWAY, port: 8443, checkServerIdentity: noop };
}

export async function openAudit(uri: string): Promise<MongoClient> {
  // ruleid: tls-hostname-verification-disabled
  return MongoClient.connect(uri, { tls: true, tlsAllowInvalidHostnames: true });
}

// --- split across statements ---

function skipHostCheck(host: string, cert: PeerCertificate): Error | undefined {
  return undefined;
}

const ignoreIdentity = (): undefined => undefined;

export function requestWithOptions(url: string): void {
  // ruleid: tls-hostname-verification-disabled
  const opts: https.RequestOptions = { host: GATEWAY, checkServerIdentity: () => undefined };
  https.request(url, opts).end();
}

export const namedAgent = new https.Agent({
  // ruleid: tls-hostname-verification-disabled
  checkServerIdentity: skipHostCheck,
});

export function maybeSkip(insecure: boolean): tls.ConnectionOptions {
  // ruleid: tls-hostname-verification-disabled
  return { host: GATEWAY, checkServerIdentity: insecure ? ignoreIdentity : tls.checkServerIdentity };
}

export function assignedLater(): https.RequestOptions {
  const options: https.RequestOptions = { host: GATEWAY };
  // ruleid: tls-hostname-verification-disabled
  options.checkServerIdentity = skipHostCheck;
  return options;
}

export function shorthand(port: number): tls.TLSSocket {
  const checkServerIdentity = ignoreIdentity;
  // ruleid: tls-hostname-verification-disabled
  return tls.connect({ host: GATEWAY, port, checkServerIdentity });
}

export function forwarded(port: number): tls.TLSSocket {
  const base: tls.ConnectionOptions = {
    // ruleid: tls-hostname-verification-disabled
    checkServerIdentity: () => undefined,
  };
  // ok: tls-hostname-verification-disabled
  return tls.connect({ host: GATEWAY, port, checkServerIdentity: base.checkServerIdentity });
}

// --- look-alikes that keep the host-name check ---

function strictIdentity(host: string, cert: PeerCertificate): Error | undefined {
  return tls.checkServerIdentity(host, cert);
}

// ok: tls-hostname-verification-disabled
function unusedSkip(): undefined {
  return undefined;
}

export const strictNamedAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: strictIdentity,
});

export function overwrittenSkip(): https.Agent {
  let chosen: typeof tls.checkServerIdentity = skipHostCheck;
  chosen = tls.checkServerIdentity;
  // ok: tls-hostname-verification-disabled
  return new https.Agent({ checkServerIdentity: chosen });
}

export const defaultCheckAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: tls.checkServerIdentity,
});

export const pinnedAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: (host: string, cert: PeerCertificate) => {
    const err = tls.checkServerIdentity(host, cert);
    if (err) return err;
    if (cert.fingerprint256 !== PINNED_FINGERPRINT) {
      return new Error(`certificate for ${host} is not the pinned one`);
    }
    return undefined;
  },
});

export const delegatingAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: (host: string, cert: PeerCertificate) => tls.checkServerIdentity(host, cert),
});

export const throwingAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity(host: string, cert: PeerCertificate) {
    if (host !== GATEWAY) throw new Error(`unexpected host ${host}`);
    return tls.checkServerIdentity(host, cert);
  },
});

export interface IdentityOptions {
  // ok: tls-hostname-verification-disabled
  checkServerIdentity?: (host: string, cert: PeerCertificate) => Error | undefined;
}
