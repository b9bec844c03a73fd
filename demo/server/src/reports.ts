import https from 'node:https';

// The options object is built here and used below: the switch is still reported where it
// is set, with the place it takes effect as related information in the editor and in SARIF.
const verify = false;
const options = { timeout: 5_000, rejectUnauthorized: verify };

const REPORTS_HOST = 'http://reports.demo-shop.io';

export function fetchReport(id: string) {
  return https.get(`${REPORTS_HOST}/daily/${id}`, options);
}

// Compared, never requested: stays silent.
const LEGACY_PREFIX = 'http://legacy.demo-shop.io';
export const isLegacyLink = (url: string) => url.startsWith(LEGACY_PREFIX);
