'use strict';

const https = require('https');
const tls = require('tls');
const request = require('request');
const superagent = require('superagent');
const fetch = require('node-fetch');
const sql = require('mssql');
const { app, session, BrowserWindow } = require('electron');

const REPORTS_URL = 'https://reports.example.org/api';

function downloadReport(id, done) {
  request({
    url: `${REPORTS_URL}/reports/${id}`,
    json: true,
    // ruleid: tls-trust-all-certificates
    strictSSL: false,
  }, done);
}

function uploadReport(report) {
  return superagent
    .post(`${REPORTS_URL}/reports`)
    // ruleid: tls-trust-all-certificates
    .disableTLSCerts()
    .send(report);
}

async function ping() {
  // ruleid: tls-trust-all-certificates
  const agent = new https.Agent({ rejectUnauthorized: false });
  const res = await fetch(`${REPORTS_URL}/ping`, { agent });
  return res.ok;
}

const sqlConfig = {
  server: 'reports-db.example.org',
  database: 'reports',
  options: {
    encrypt: true,
    // ruleid: tls-trust-all-certificates
    trustServerCertificate: true,
  },
};

class ReportClient {
  constructor(host) {
    this.host = host;
    this.options = { host, port: 443 };
    // ruleid: tls-trust-all-certificates
    this.options['rejectUnauthorized'] = false;
  }

  connect() {
    return tls.connect(this.options);
  }
}

function createMainWindow() {
  // Electron < 2 verify procs answered with a boolean
  // ruleid: tls-trust-all-certificates
  session.defaultSession.setCertificateVerifyProc(function (hostname, certificate, callback) {
    console.log('verifying', hostname);
    callback(true);
  });
  return new BrowserWindow({ width: 1024, height: 768 });
}

// ruleid: tls-trust-all-certificates
app.once('certificate-error', function (event, webContents, url, error, certificate, callback) {
  event.preventDefault();
  setImmediate(() => callback(true));
});

// Cordova (cordova-plugin-advanced-http) on device
document.addEventListener('deviceready', function () {
  // ruleid: tls-trust-all-certificates
  cordova.plugin.http.setServerTrustMode('nocheck', function () {
    console.log('trust mode set');
  }, function (err) {
    console.error(err);
  });
  // ruleid: tls-trust-all-certificates
  window.cordovaHTTP.acceptAllCerts(true, function () {}, function () {});
}, false);

// Redis / ioredis with TLS switched on but nothing checked (Flowise, "rediss://" URLs)
function redisOptions(sslEnabled) {
  // ruleid: tls-trust-all-certificates
  return sslEnabled ? { tls: { rejectUnauthorized: false } } : {};
}

// options kept in a variable and passed on (CommonJS)
const reportAgentOptions = {
  keepAlive: true,
  // ruleid: tls-trust-all-certificates
  rejectUnauthorized: false,
};
const reportAgent = new https.Agent(reportAgentOptions);

function insecureDefaults(options) {
  const strict = options.strict || false;
  // ruleid: tls-trust-all-certificates
  return new https.Agent({ rejectUnauthorized: strict });
}

// --- look-alikes ---

function downloadReportStrict(id, done) {
  // ok: tls-trust-all-certificates
  request({ url: `${REPORTS_URL}/reports/${id}`, json: true, strictSSL: true }, done);
}

// ok: tls-trust-all-certificates
session.defaultSession.setCertificateVerifyProc((request, callback) => callback(-3));

// ok: tls-trust-all-certificates
app.on('certificate-error', (event, webContents, url, error, certificate, callback) => {
  console.warn('certificate error for', url, error);
  callback(false);
});

// ok: tls-trust-all-certificates
const clientAuthServer = tls.createServer({ requestCert: true, rejectUnauthorized: false, key: process.env.TLS_KEY });

document.addEventListener('deviceready', function () {
  // ok: tls-trust-all-certificates
  cordova.plugin.http.setServerTrustMode('default', function () {}, function () {});
}, false);

function statusServer(key, cert, handler) {
  // ok: tls-trust-all-certificates
  return https.createServer({ key: key, cert: cert, rejectUnauthorized: false }, handler);
}

function statusServerByName(key, cert, handler) {
  // ok: tls-trust-all-certificates
  const options = { key: key, cert: cert, rejectUnauthorized: false };
  return https.createServer(options, handler);
}

function replacedOptions(host) {
  // ok: tls-trust-all-certificates
  let options = { host: host, rejectUnauthorized: false };
  options = { host: host, ca: process.env.EXTRA_CA };
  return tls.connect(options);
}

module.exports = { reportAgent, insecureDefaults, statusServerByName, replacedOptions, redisOptions, statusServer, downloadReport, uploadReport, ping, sqlConfig, ReportClient, createMainWindow, downloadReportStrict, clientAuthServer };
