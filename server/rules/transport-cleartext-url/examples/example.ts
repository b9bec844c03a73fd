import axios from 'axios';
import WebSocket from 'ws';

// ruleid: transport-cleartext-url
const API_BASE_URL = 'http://api.shopfront.io/v2';

export async function loadCart(userId: string) {
  // ruleid: transport-cleartext-url
  const res = await fetch(`http://api.shopfront.io/v2/cart/${userId}`);
  return res.json();
}

export const client = axios.create({
  // ruleid: transport-cleartext-url
  baseURL: "http://payments.shopfront.io",
  timeout: 5000,
});

export function connect(host: string) {
  // ruleid: transport-cleartext-url
  return new WebSocket("ws://" + host + "/live");
}

export class Config {
  // ruleid: transport-cleartext-url
  endpoint = 'http://telemetry.shopfront.io/collect';
}

export function mcpEndpoint(inputs: { mcpUrl?: string }) {
  // ruleid: transport-cleartext-url
  const mcpUrl = inputs.mcpUrl || 'http://mcp-server.internal:8001/mcp';
  return mcpUrl;
}

export function normalise(address: string) {
  let url = address;
  if (!url.startsWith('http')) {
    // ruleid: transport-cleartext-url
    url = 'http://' + url;
  }
  return url;
}

// ok: transport-cleartext-url
const DEV_URL = 'http://localhost:3000';
// ok: transport-cleartext-url
const EMULATOR_URL = 'http://10.0.2.2:8080/api';
// ok: transport-cleartext-url
const SVG_NS = 'http://www.w3.org/2000/svg';
export function isInsecure(url: string) {
  // ok: transport-cleartext-url
  return url.startsWith('http://');
}
// ok: transport-cleartext-url
const SECURE_URL = 'https://api.shopfront.io/v2';
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
export { API_BASE_URL, DEV_URL, EMULATOR_URL, SVG_NS, SECURE_URL };

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

// Links handed to the user's browser app: notes, not warnings.
declare const Linking: { openURL(url: string): Promise<void> };
declare const shell: { openExternal(url: string): Promise<void> };
declare const WebBrowser: { openBrowserAsync(url: string): Promise<unknown> };

export function openHelp(): Promise<void> {
  // ruleid: transport-cleartext-url [variant: external-browser]
  return Linking.openURL('http://shopfront.io/help');
}

export function openDocs(host: string): Promise<void> {
  // ruleid: transport-cleartext-url [variant: external-browser]
  return shell.openExternal(`http://${host}/docs`);
}

export function openInApp(): Promise<unknown> {
  // expo-web-browser shows the page inside the app: still a warning
  // ruleid: transport-cleartext-url
  return WebBrowser.openBrowserAsync('http://shopfront.io/help');
}

export function openSecureHelp(): Promise<void> {
  // ok: transport-cleartext-url
  return Linking.openURL('https://shopfront.io/help');
}

export function openDevServer(): Promise<void> {
  // ok: transport-cleartext-url
  return Linking.openURL('http://localhost:8081/debugger-ui');
}
