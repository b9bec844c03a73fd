import { app, BrowserWindow } from 'electron';
import puppeteer, { Browser } from 'puppeteer';
import { chromium, BrowserContext, devices } from 'playwright';
import { remote } from 'webdriverio';

const PORTAL_URL = 'https://portal.example.com';

// Electron main process: every window of the app now loads pages with broken certificates
// ruleid: tls-webview-ssl-error-proceed
app.commandLine.appendSwitch('ignore-certificate-errors');

app.whenReady().then(() => {
  const win = new BrowserWindow({ width: 1280, height: 800 });
  void win.loadURL(PORTAL_URL);
});

export async function renderInvoicePdf(invoiceId: string): Promise<Buffer> {
  const browser: Browser = await puppeteer.launch({
    headless: true,
    // ruleid: tls-webview-ssl-error-proceed
    args: ['--no-sandbox', '--ignore-certificate-errors'],
    // ruleid: tls-webview-ssl-error-proceed
    acceptInsecureCerts: true,
  });
  const page = await browser.newPage();
  await page.goto(`${PORTAL_URL}/invoices/${invoiceId}`);
  const pdf = await page.pdf({ format: 'A4' });
  await browser.close();
  return Buffer.from(pdf);
}

export async function mobileContext(): Promise<BrowserContext> {
  const browser = await chromium.launch();
  return browser.newContext({
    ...devices['iPhone 13'],
    // ruleid: tls-webview-ssl-error-proceed
    ignoreHTTPSErrors: true,
  });
}

export async function legacyScreenshot(url: string): Promise<Uint8Array> {
  // ruleid: tls-webview-ssl-error-proceed
  const browser = await puppeteer.launch({ ignoreHTTPSErrors: true } as Parameters<typeof puppeteer.launch>[0]);
  const page = await browser.newPage();
  const client = await page.createCDPSession();
  // ruleid: tls-webview-ssl-error-proceed
  await client.send('Security.setIgnoreCertificateErrors', { ignore: true });
  await page.goto(url);
  return page.screenshot();
}

export async function wdioSession() {
  return remote({
    capabilities: {
      browserName: 'chrome',
      // ruleid: tls-webview-ssl-error-proceed
      'acceptInsecureCerts': true,
    },
  });
}

// --- the same switches split across statements ---

const INSECURE_SWITCH = 'ignore-certificate-errors';
export function enableKioskSwitches(): void {
  // ruleid: tls-webview-ssl-error-proceed
  app.commandLine.appendSwitch(INSECURE_SWITCH);
}

const INSECURE_FLAG = '--ignore-certificate-errors';
// ruleid: tls-webview-ssl-error-proceed
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', INSECURE_FLAG];
export async function renderReceipt(url: string): Promise<Uint8Array> {
  const browser = await puppeteer.launch({ args: CHROME_ARGS });
  const page = await browser.newPage();
  await page.goto(url);
  return page.screenshot();
}

export async function crawlerContext(insecure = true): Promise<BrowserContext> {
  const browser = await chromium.launch();
  // ruleid: tls-webview-ssl-error-proceed
  return browser.newContext({ ignoreHTTPSErrors: insecure });
}

function tabletContextOptions() {
  return {
    ...devices['iPad Mini'],
    // ruleid: tls-webview-ssl-error-proceed
    ignoreHTTPSErrors: true,
  };
}
export async function tabletContext(): Promise<BrowserContext> {
  const browser = await chromium.launch();
  return browser.newContext(tabletContextOptions());
}

const acceptInsecureCerts = true;
export async function seleniumGridSession() {
  // ruleid: tls-webview-ssl-error-proceed
  return remote({ capabilities: { browserName: 'chrome', acceptInsecureCerts } });
}

// --- look-alikes ---

export async function strictContext(): Promise<BrowserContext> {
  const browser = await chromium.launch();
  // ok: tls-webview-ssl-error-proceed
  return browser.newContext({ ignoreHTTPSErrors: false });
}

export async function pinnedLaunch(spkiHash: string): Promise<Browser> {
  return puppeteer.launch({
    // ok: tls-webview-ssl-error-proceed
    args: [`--ignore-certificate-errors-spki-list=${spkiHash}`, '--no-sandbox'],
  });
}

export function explainSwitch(): void {
  // ok: tls-webview-ssl-error-proceed
  console.warn('Never ship with --ignore-certificate-errors');
}

// ok: tls-webview-ssl-error-proceed
app.commandLine.appendSwitch('disable-http-cache');

// --- split look-alikes ---

export async function replacedLaunchOptions(): Promise<Browser> {
  // ok: tls-webview-ssl-error-proceed
  let options = { headless: true, ignoreHTTPSErrors: true };
  options = { headless: true, ignoreHTTPSErrors: false };
  return puppeteer.launch(options as Parameters<typeof puppeteer.launch>[0]);
}

// ok: tls-webview-ssl-error-proceed
const lenientContextDefaults = { locale: 'en-GB', ignoreHTTPSErrors: true };
export async function strictOverrideContext(): Promise<BrowserContext> {
  const browser = await chromium.launch();
  return browser.newContext({ ...lenientContextDefaults, ignoreHTTPSErrors: false });
}

const FORBIDDEN_SWITCH = 'ignore-certificate-errors';
export function refuseSwitch(requested: string[]): void {
  if (requested.includes(FORBIDDEN_SWITCH)) {
    // ok: tls-webview-ssl-error-proceed
    console.error(`refusing to start with --${FORBIDDEN_SWITCH}`);
  }
}

export async function ciContext(): Promise<BrowserContext> {
  const browser = await chromium.launch();
  const insecure = process.env.CI_SELF_SIGNED === 'yes' ? true : false;
  // ok: tls-webview-ssl-error-proceed
  return browser.newContext({ ignoreHTTPSErrors: insecure });
}
