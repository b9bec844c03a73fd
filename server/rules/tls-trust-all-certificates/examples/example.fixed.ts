import * as https from 'node:https';
import * as tls from 'node:tls';
import axios, { AxiosInstance } from 'axios';
import got from 'got';
import { Agent as UndiciAgent, fetch as undiciFetch } from 'undici';
import WebSocket from 'ws';
import { Pool } from 'pg';
import { MongoClient } from 'mongodb';
import { app, session, BrowserWindow, Certificate, WebContents } from 'electron';
import { HTTP } from '@awesome-cordova-plugins/http/ngx';
import RNFetchBlob from 'rn-fetch-blob';
import { fetch as pinnedFetch } from 'react-native-ssl-pinning';

const API_HOST = 'api.payments.example.com';

export function insecureAgent(): https.Agent {
  return new https.Agent({
    keepAlive: true,
    // ruleid: tls-trust-all-certificates
    rejectUnauthorized: true,
  });
}

export function connectLedger(port: number): tls.TLSSocket {
  // ruleid: tls-trust-all-certificates
  return tls.connect(port, API_HOST, { servername: API_HOST, rejectUnauthorized: true });
}

export const paymentsClient: AxiosInstance = axios.create({
  baseURL: `https://${API_HOST}/v2`,
  // ruleid: tls-trust-all-certificates
  httpsAgent: new https.Agent({ 'rejectUnauthorized': true }),
});

export async function fetchStatement(id: string): Promise<unknown> {
  const dispatcher = new UndiciAgent({
    connect: {
      // ruleid: tls-trust-all-certificates
      rejectUnauthorized: true,
    },
  });
  const res = await undiciFetch(`https://${API_HOST}/statements/${id}`, { dispatcher });
  return res.json();
}

export async function fetchRates(): Promise<unknown> {
  // ruleid: tls-trust-all-certificates
  return got(`https://${API_HOST}/rates`, { https: { rejectUnauthorized: true } }).json();
}

export function openFeed(token: string): WebSocket {
  return new WebSocket(`wss://${API_HOST}/feed`, {
    headers: { Authorization: `Bearer ${token}` },
    // ruleid: tls-trust-all-certificates
    rejectUnauthorized: true,
  });
}

export const db = new Pool({
  connectionString: process.env.DATABASE_URL,
  // ruleid: tls-trust-all-certificates
  ssl: { rejectUnauthorized: true },
});

export async function openMongo(uri: string): Promise<MongoClient> {
  // ruleid: tls-trust-all-certificates
  return MongoClient.connect(uri, { tls: true, tlsAllowInvalidCertificates: true });
}

export function relaxGlobalAgent(): void {
  // ruleid: tls-trust-all-certificates
  https.globalAgent.options.rejectUnauthorized = true;
}

const rejectUnauthorized = false;
// ruleid: tls-trust-all-certificates
export const legacyOptions: https.RequestOptions = { host: API_HOST, rejectUnauthorized };

export function installCertificateHandlers(win: BrowserWindow): void {
  // ruleid: tls-trust-all-certificates
  session.defaultSession.setCertificateVerifyProc((request, callback) => callback(0));

  // ruleid: tls-trust-all-certificates
  win.webContents.on('certificate-error', (event, url: string, error: string, certificate: Certificate, callback: (trust: boolean) => void) => {
    event.preventDefault();
    callback(true);
  });
}

export class MobileApi {
  constructor(private readonly http: HTTP) {}

  async init(): Promise<void> {
    // ruleid: tls-trust-all-certificates
    await this.http.setServerTrustMode('nocheck');
  }

  async upload(path: string): Promise<string> {
    // ruleid: tls-trust-all-certificates
    const res = await RNFetchBlob.config({ trusty: true }).fetch('POST', `https://${API_HOST}/upload`, {}, path);
    return res.text();
  }

  async profile(): Promise<string> {
    const res = await pinnedFetch(`https://${API_HOST}/me`, {
      method: 'GET',
      // ruleid: tls-trust-all-certificates
      disableAllSecurity: true,
      sslPinning: { certs: ['api'] },
    });
    return res.bodyString ?? '';
  }
}

// A client TLSSocket wrapped around a raw socket (node-red tcp request): `requestCert: false`
// does not make it a server, and the flag is the only thing that would check the server.
export function wrapClientSocket(raw: import('node:net').Socket): tls.TLSSocket {
  return new tls.TLSSocket(raw, {
    isServer: false,
    requestCert: false,
    // ruleid: tls-trust-all-certificates
    rejectUnauthorized: true,
  });
}

// --- the same switches split across statements ---

// options built in one place and passed by name
const insecureTls: https.RequestOptions = {
  host: API_HOST,
  // ruleid: tls-trust-all-certificates
  rejectUnauthorized: true,
};
export function getInvoice(id: string): void {
  https.request({ ...insecureTls, path: `/invoices/${id}` }).end();
}

// an agent built from named options, then handed to axios
const agentOptions: https.AgentOptions = { keepAlive: true, maxSockets: 8 };
// ruleid: tls-trust-all-certificates
const lenientAgent = new https.Agent({ ...agentOptions, rejectUnauthorized: true });
export const reportsClient: AxiosInstance = axios.create({ baseURL: `https://${API_HOST}/reports`, httpsAgent: lenientAgent });

// the flag in a variable
export function ledgerAgent(): https.Agent {
  const verifyTls = false;
  // ruleid: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: verifyTls });
}

// an insecure default for a setting nobody passes
export function configuredClient(settings: { verify?: boolean }): https.Agent {
  const verify = settings.verify ?? false;
  // ruleid: tls-trust-all-certificates
  return new https.Agent({ ca: process.env.EXTRA_CA, rejectUnauthorized: verify });
}

// options returned by a helper of the same file
function legacyTlsOptions(): tls.ConnectionOptions {
  // ruleid: tls-trust-all-certificates
  return { host: API_HOST, port: 8443, rejectUnauthorized: true };
}
export function connectLegacy(): tls.TLSSocket {
  return tls.connect(legacyTlsOptions());
}

// a field read where the agent is built
export class StatementsClient {
  private readonly checkCertificates = false;

  agent(): https.Agent {
    // ruleid: tls-trust-all-certificates
    return new https.Agent({ keepAlive: true, rejectUnauthorized: this.checkCertificates });
  }
}

// Electron callbacks declared apart and installed by name
const acceptEveryCertificate = (request: Electron.Request, callback: (verificationResult: number) => void): void => callback(0);
function trustAnyCertificate(event: Electron.Event, webContents: WebContents, url: string, error: string, certificate: Certificate, callback: (isTrusted: boolean) => void): void {
  event.preventDefault();
  callback(true);
}
export function installNamedHandlers(): void {
  // ruleid: tls-trust-all-certificates
  session.defaultSession.setCertificateVerifyProc(acceptEveryCertificate);
  // ruleid: tls-trust-all-certificates
  app.on('certificate-error', trustAnyCertificate);
}

// switches of mobile HTTP plugins kept in constants
const TRUST_MODE = 'nocheck';
const trusty = true;
export class OfflineMobileApi {
  constructor(private readonly http: HTTP) {}

  async init(): Promise<void> {
    // ruleid: tls-trust-all-certificates
    await this.http.setServerTrustMode(TRUST_MODE);
  }

  async download(path: string): Promise<string> {
    // ruleid: tls-trust-all-certificates
    const res = await RNFetchBlob.config({ trusty }).fetch('GET', `https://${API_HOST}/files/${path}`);
    return res.text();
  }
}

// --- look-alikes that keep certificate validation on ---

export function strictAgent(): https.Agent {
  // ok: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: true, ca: process.env.EXTRA_CA });
}

export function configuredAgent(): https.Agent {
  // ok: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: process.env.NODE_ENV === 'production' });
}

export function mutualTlsServer(key: Buffer, cert: Buffer): https.Server {
  // clients without a certificate are let in and checked via req.socket.authorized
  // ok: tls-trust-all-certificates
  return https.createServer({ key, cert, requestCert: true, rejectUnauthorized: false });
}

export function pinnedVerifyProc(pinned: string): void {
  // ok: tls-trust-all-certificates
  session.defaultSession.setCertificateVerifyProc((request, callback) => {
    if (request.hostname === API_HOST && request.certificate.fingerprint === pinned) {
      callback(0);
    } else {
      callback(-3);
    }
  });
}

export function rejectingCertificateHandler(pinnedData: string): void {
  // ok: tls-trust-all-certificates
  app.on('certificate-error', (event, webContents: WebContents, url, error, certificate, callback) => {
    if (certificate.data === pinnedData) {
      event.preventDefault();
      callback(true);
    } else {
      callback(false);
    }
  });
}

export class PinnedMobileApi {
  constructor(private readonly http: HTTP) {}

  async init(): Promise<void> {
    // ok: tls-trust-all-certificates
    await this.http.setServerTrustMode('pinned');
  }
}

export interface TlsSettings {
  // ok: tls-trust-all-certificates
  rejectUnauthorized: false;
}

export function isInsecure(agent: https.Agent): boolean {
  // ok: tls-trust-all-certificates
  return agent.options.rejectUnauthorized === false;
}

export function plainHttpsServer(key: Buffer, cert: Buffer, handler: () => void): https.Server {
  // a server that never asks for client certificates: the flag has nothing to check
  // ok: tls-trust-all-certificates
  return https.createServer({ key, cert, rejectUnauthorized: false }, handler);
}

export async function readServerCertificate(host: string, port: number): Promise<tls.PeerCertificate> {
  // connects only to show the user the certificate (expiry monitor, "trust this certificate?")
  return new Promise((resolve) => {
    // ok: tls-trust-all-certificates
    const socket = tls.connect({ host, port, servername: host, rejectUnauthorized: false }, () => {
      resolve(socket.getPeerCertificate());
      socket.destroy();
    });
  });
}

// --- split look-alikes ---

export function overwrittenOptions(): void {
  // ok: tls-trust-all-certificates
  let options: https.RequestOptions = { host: API_HOST, rejectUnauthorized: false };
  options = { host: API_HOST, ca: process.env.EXTRA_CA };
  https.request(options).end();
}

export function mutualTlsByName(key: Buffer, cert: Buffer, handler: () => void): https.Server {
  // server options kept in a local: the flag is about client certificates
  // ok: tls-trust-all-certificates
  const serverOptions = { key, cert, rejectUnauthorized: false };
  return https.createServer(serverOptions, handler);
}

function internalServerOptions(key: Buffer, cert: Buffer): tls.TlsOptions {
  // ok: tls-trust-all-certificates
  return { key, cert, rejectUnauthorized: false };
}
export function internalServer(key: Buffer, cert: Buffer): tls.Server {
  return tls.createServer(internalServerOptions(key, cert));
}

// ok: tls-trust-all-certificates
const relaxedDefaults = { timeout: 5_000, rejectUnauthorized: false };
export function strictOverride(path: string): void {
  https.get({ ...relaxedDefaults, host: API_HOST, path, rejectUnauthorized: true });
}

export function reassignedFlag(): https.Agent {
  let verify = false;
  verify = true;
  // ok: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: verify });
}

export function stagedAgent(): https.Agent {
  const verify = process.env.NODE_ENV === 'development' ? false : true;
  // ok: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: verify });
}

const pinnedProc = (request: Electron.Request, callback: (verificationResult: number) => void): void =>
  callback(request.certificate.fingerprint === process.env.PINNED_FINGERPRINT ? 0 : -2);
export function installPinnedProc(): void {
  // ok: tls-trust-all-certificates
  session.defaultSession.setCertificateVerifyProc(pinnedProc);
}

const PINNED_MODE = 'pinned';
export async function pinnedMode(http: HTTP): Promise<void> {
  // ok: tls-trust-all-certificates
  await http.setServerTrustMode(PINNED_MODE);
}
