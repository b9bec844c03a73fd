'use strict';

const { app, BrowserWindow } = require('electron');
const { Builder, Capabilities } = require('selenium-webdriver');
const chrome = require('selenium-webdriver/chrome');
const phantom = require('phantom');

if (process.env.KIOSK_MODE) {
  // ruleid: tls-webview-ssl-error-proceed
  app.commandLine.appendSwitch('ignore-certificate-errors', 'true');
}

function createKioskWindow() {
  const win = new BrowserWindow({ kiosk: true });
  win.loadURL('https://kiosk.example.org');
  return win;
}

async function buildDriver() {
  const options = new chrome.Options();
  // ruleid: tls-webview-ssl-error-proceed
  options.addArguments('--ignore-certificate-errors');
  const caps = Capabilities.chrome();
  // ruleid: tls-webview-ssl-error-proceed
  caps.setAcceptInsecureCerts(false);
  return new Builder().withCapabilities(caps).setChromeOptions(options).build();
}

async function legacyCrawler() {
  // ruleid: tls-webview-ssl-error-proceed
  const instance = await phantom.create(['--ignore-ssl-errors=yes', '--load-images=no']);
  return instance.createPage();
}

const launchOptions = { headless: true };
// ruleid: tls-webview-ssl-error-proceed
launchOptions.ignoreHTTPSErrors = false;

// --- look-alikes ---

// ok: tls-webview-ssl-error-proceed
app.commandLine.appendSwitch('ignore-certificate-errors-spki-list', process.env.PINNED_SPKI);

async function strictDriver() {
  const caps = Capabilities.chrome();
  // ok: tls-webview-ssl-error-proceed
  caps.setAcceptInsecureCerts(false);
  return new Builder().withCapabilities(caps).build();
}

// ok: tls-webview-ssl-error-proceed
const strictLaunch = { headless: true, ignoreHTTPSErrors: false };

module.exports = { createKioskWindow, buildDriver, legacyCrawler, launchOptions, strictDriver, strictLaunch };
