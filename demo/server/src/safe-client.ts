import https from 'node:https';

// The safe version: nothing here should be reported.
const agent = new https.Agent({ rejectUnauthorized: true, minVersion: 'TLSv1.2' });
export const API_URL = 'https://inventory.demo-shop.io/api';
export const LOCAL_DEV_URL = 'http://localhost:8080';

export function get(path: string) {
  return https.get(`${API_URL}${path}`, { agent });
}
