import https from 'node:https';
import tls from 'node:tls';
import axios from 'axios';

// A developer's "fix" for a self-signed staging certificate that reached production.
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';

const agent = new https.Agent({
  rejectUnauthorized: false,
  minVersion: 'TLSv1',
});

export const inventory = axios.create({
  baseURL: 'http://inventory.demo-shop.io/api',
  httpsAgent: agent,
});

export function connectToLegacyLedger(host: string) {
  return tls.connect({
    host,
    port: 8443,
    checkServerIdentity: () => undefined,
  });
}
