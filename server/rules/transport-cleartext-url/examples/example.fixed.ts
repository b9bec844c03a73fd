import axios from 'axios';
import WebSocket from 'ws';
import { HttpsProxyAgent } from 'https-proxy-agent';

// ---- constants, fields and locals that reach a request: reported where sent ----

const API_BASE_URL = 'https://api.shopfront.io/v2';
const PAYMENTS = 'https://payments.shopfront.io';
const region = 'eu';

export async function loadCart(userId: string) {
  // ruleid: transport-cleartext-url
  const res = await fetch(`${API_BASE_URL}/cart/${userId}`);
  return res.json();
}

export async function loadOffers(userId: string) {
  // ruleid: transport-cleartext-url
  const res = await fetch(`https://api.shopfront.io/v2/offers/${userId}`);
  return res.json();
}

const config = { baseURL: PAYMENTS, timeout: 5000 };
// ruleid: transport-cleartext-url
export const client = axios.create(config);

export function connect(host: string) {
  const address = 'wss://' + host + '/live';
  // ruleid: transport-cleartext-url
  return new WebSocket(address);
}

export function stockUrl(host: string, secure: boolean) {
  const scheme = secure ? 'https://' : 'https://';
  // ruleid: transport-cleartext-url
  return fetch(scheme + host + '/stock');
}

export class Telemetry {
  private readonly collector = 'https://telemetry.shopfront.io/collect';

  send(event: object) {
    // ruleid: transport-cleartext-url
    return axios.post(this.collector, event);
  }
}

// A helper of this file: the URL is reported where the helper sends it.
function getJson(url: string) {
  // ruleid: transport-cleartext-url
  return fetch(url).then((r) => r.json());
}

export function loadPromotions() {
  return getJson('https://promo.shopfront.io/current');
}

// A helper that builds the URL in branches: reported at the call that sends it.
function ordersUrl(page: number) {
  if (page === 0) {
    return 'https://orders.shopfront.io/latest';
  }
  return `https://orders.shopfront.io/page/${page}`;
}

export function loadOrders(page: number) {
  // ruleid: transport-cleartext-url
  return axios.get(ordersUrl(page));
}

export function regionalApi({ apiHost = `https://${region}.shopfront.io` }: { apiHost?: string }) {
  // ruleid: transport-cleartext-url
  return axios.get(apiHost + '/status');
}

// ---- stored under a URL-like name, used or exported ----

// ruleid: transport-cleartext-url
export const LEGACY_CHECKOUT_URL = 'https://checkout.shopfront.io/legacy';

export const settings = {
  // ruleid: transport-cleartext-url
  webhookUrl: 'https://hooks.shopfront.io/notify',
};

export class Config {
  // ruleid: transport-cleartext-url
  endpoint = 'https://telemetry.shopfront.io/collect';
}

export function mcpEndpoint(inputs: { mcpUrl?: string }) {
  // ruleid: transport-cleartext-url
  const mcpUrl = inputs.mcpUrl || 'https://mcp-server.internal:8001/mcp';
  return mcpUrl;
}

// ---- look-alikes that send nothing in cleartext ----

// ok: transport-cleartext-url
const DEV_URL = 'http://localhost:3000';
// ok: transport-cleartext-url
const EMULATOR_URL = 'http://10.0.2.2:8080/api';
// ok: transport-cleartext-url
const SVG_NS = 'http://www.w3.org/2000/svg';
// ok: transport-cleartext-url
const SECURE_URL = 'https://api.shopfront.io/v2';
export { DEV_URL, EMULATOR_URL, SVG_NS, SECURE_URL };

export function isInsecure(url: string) {
  // ok: transport-cleartext-url
  return url.startsWith('http://');
}

// Only logged and compared: nothing is sent to it.
// ok: transport-cleartext-url
const RETIRED_API_URL = 'http://api.shopfront.io/v1';
export function warnRetired(url: string) {
  if (url === RETIRED_API_URL) console.warn(`${RETIRED_API_URL} is retired, use https`);
}

// Parsed only to read its host.
// ok: transport-cleartext-url
const MIRROR_URL = 'http://mirror.shopfront.io/files';
export function isMirror(host: string) {
  return new URL(MIRROR_URL).hostname === host;
}

// ok: transport-cleartext-url
console.log('http://api.shopfront.io is deprecated, use https');

export function callbackUrl(port: number) {
  // ok: transport-cleartext-url
  const redirectUri = `http://127.0.0.1:${port}/callback`;
  return redirectUri;
}

// ok: transport-cleartext-url
export const proxyHelp = () => _('For example "%s"', 'http://my.proxy.com:80');
declare function _(format: string, ...args: string[]): string;

// The default scheme for an address the user typed without one: https:// stays https://.
export function normalise(address: string) {
  let url = address;
  if (!/^https?:\/\//.test(url)) {
    // ok: transport-cleartext-url
    url = 'http://' + url;
  }
  return fetch(url);
}

// http:// only for a loopback host.
export function serverUrl(host: string) {
  if (/^localhost(:\d+)?$/.test(host)) {
    // ok: transport-cleartext-url
    return fetch(`http://${host}/api`);
  }
  return fetch(`https://${host}/api`);
}

// Upgraded to https before use.
export function download(path: string) {
  const raw = `http://files.shopfront.io/${path}`;
  // ok: transport-cleartext-url
  return fetch(raw.replace(/^http:/, 'https:'));
}

// Overwritten before use.
export function upload(body: string) {
  let uploadUrl = 'http://upload.shopfront.io/files';
  uploadUrl = 'https://upload.shopfront.io/files';
  // ok: transport-cleartext-url
  return fetch(uploadUrl, { method: 'POST', body });
}

// A proxy address: http:// names the proxy protocol; https is tunnelled through it.
export function proxiedClient(proxyHost: string) {
  // ok: transport-cleartext-url
  const proxyUrl = `http://${proxyHost}:3128`;
  // ok: transport-cleartext-url
  return axios.create({ httpsAgent: new HttpsProxyAgent(proxyUrl), baseURL: SECURE_URL });
}

// URLs carried as data (a JSON body, a header), not where the request goes.
export function reportLink(page: string) {
  // ok: transport-cleartext-url
  const body = JSON.stringify({ page: `http://shopfront.io/${page}` });
  // ok: transport-cleartext-url
  const headers = { Referer: 'http://shopfront.io/' };
  return fetch(`${SECURE_URL}/links`, { method: 'POST', body, headers });
}

declare const __DEV__: boolean;
// ok: transport-cleartext-url
export const devAwareUrl = __DEV__ ? 'http://dev-box.shopfront.io:8080' : 'https://api.shopfront.io';
export function debugEndpoint(): string {
  if (process.env.NODE_ENV === 'development') {
    // ok: transport-cleartext-url
    return fetchUrl('http://dev-box.shopfront.io:8080/api');
  }
  return fetchUrl('https://api.shopfront.io/api');
}
declare function fetchUrl(url: string): string;

// ---- links handed to the user's browser app: notes, not warnings ----
declare const Linking: { openURL(url: string): Promise<void> };
declare const shell: { openExternal(url: string): Promise<void> };
declare const WebBrowser: { openBrowserAsync(url: string): Promise<unknown> };

const HELP_URL = 'https://shopfront.io/help';

export function openHelp(): Promise<void> {
  // ruleid: transport-cleartext-url [variant: external-browser]
  return Linking.openURL(HELP_URL);
}

export function openDocs(host: string): Promise<void> {
  // ruleid: transport-cleartext-url [variant: external-browser]
  return shell.openExternal(`https://${host}/docs`);
}

export function openInApp(): Promise<unknown> {
  // expo-web-browser shows the page inside the app: still a warning
  // ruleid: transport-cleartext-url
  return WebBrowser.openBrowserAsync('https://shopfront.io/help');
}

export function openSecureHelp(): Promise<void> {
  // ok: transport-cleartext-url
  return Linking.openURL('https://shopfront.io/help');
}

export function openDevServer(): Promise<void> {
  // ok: transport-cleartext-url
  return Linking.openURL('http://localhost:8081/debugger-ui');
}

export function openLinkifiedAddress(uri: string): void {
  // an IP address found in terminal output, opened with a default scheme: the host is data
  // ok: transport-cleartext-url
  shell.openExternal(`http://${uri}`);
}

export function emulatorClient(dbConfig: { host: string; port: string }): unknown {
  // an emulator endpoint typed into the connection form: host and port come from the user
  // ok: transport-cleartext-url
  const apiEndpoint = dbConfig.host !== '' && dbConfig.port !== '' ? `http://${dbConfig.host}:${dbConfig.port}` : undefined;
  return knex({ client: 'bigquery', connection: { apiEndpoint } });
}

export const ERRORS = {
  // a support link inside a message shown to the user: nothing is sent to it
  // ok: transport-cleartext-url
  invalidAccount: localized('This account could not be found. %@', 'http://support.shopfront.io/articles/42'),
};

export function connect(secure: boolean, host: string): Promise<Response> {
  // cleartext chosen over https by a flag: the app decides, whatever the host
  // ruleid: transport-cleartext-url
  return fetch(secure ? `https://${host}` : `https://${host}`);
}

// links shown to the user are kept under link-like names: reported only when requested
export const PRESS = [
  // ok: transport-cleartext-url
  { id: 'verge', title: 'The Verge', link: 'http://www.theverge.com/notes-apps' },
  // ok: transport-cleartext-url
  { project: 'CardView', url: 'https://developer.android.com/', license_url: 'http://www.opensource.org/licenses/mit-license.php' },
];

export function sampleRequest(): unknown {
  // a placeholder base for a sample object in an editor: nothing answers there
  // ok: transport-cleartext-url
  return { url: new URL('http://placeholder.com'), method: 'GET' };
}
