'use strict';

const http = require('http');
const io = require('socket.io-client');
const React = require('react');
const { WebView } = require('react-native-webview');

// ruleid: transport-cleartext-url
exports.BASE_URL = 'https://api.fieldcrew.net/v3';

function fetchJobs(crewId, done) {
  // ruleid: transport-cleartext-url
  http.get(`https://api.fieldcrew.net/v3/crews/${crewId}/jobs`, (res) => {
    let body = '';
    res.on('data', (chunk) => { body += chunk; });
    res.on('end', () => done(null, JSON.parse(body)));
  }).on('error', done);
}

function uploadPhoto(jobId, blob) {
  const xhr = new XMLHttpRequest();
  // ruleid: transport-cleartext-url
  xhr.open('POST', 'https://media.fieldcrew.net/upload/' + jobId);
  xhr.send(blob);
}

function reportIssue(issue) {
  return $.ajax({
    // ruleid: transport-cleartext-url
    url: 'https://support.fieldcrew.net/issues',
    method: 'POST',
    data: JSON.stringify(issue),
  });
}

// ruleid: transport-cleartext-url
const dispatchSocket = io('wss://dispatch.fieldcrew.net', { transports: ['websocket'] });

function HelpScreen() {
  // ruleid: transport-cleartext-url
  return React.createElement(WebView, { source: { uri: 'https://help.fieldcrew.net/app' } });
}

// A constant with a name that says nothing, sent a few lines below.
const crewService = 'https://crews.fieldcrew.net/v3';

function loadCrew(id) {
  const xhr = new XMLHttpRequest();
  // ruleid: transport-cleartext-url
  xhr.open('GET', `${crewService}/crews/${id}`);
  xhr.send();
}

class ReportClient {
  constructor(host = 'reports.fieldcrew.net', secure = false) {
    this.prefix = (secure ? 'https://' : 'https://') + host;
  }

  send(report) {
    // ruleid: transport-cleartext-url
    return fetch(this.prefix + '/reports', { method: 'POST', body: JSON.stringify(report) });
  }
}

function HelpPage({ page }) {
  // ruleid: transport-cleartext-url
  return React.createElement(WebView, { source: { uri: helpAddress(page) } });
}

function helpAddress(page) {
  return 'https://help.fieldcrew.net/' + page;
}

// --- look-alikes ---

// Only logged, and parsed for its host.
// ok: transport-cleartext-url
const RETIRED_API_URL = 'http://api-v1.fieldcrew.net';
function warnRetired(url) {
  if (new URL(url).hostname === new URL(RETIRED_API_URL).hostname) console.warn(`${RETIRED_API_URL} is retired`);
}

// The default scheme for an address the user typed without one.
function normaliseServer(input) {
  // ok: transport-cleartext-url
  const address = /^https?:\/\//.test(input) ? input : 'http://' + input;
  return fetch(address + '/status');
}

// A proxy address: http:// names the proxy protocol.
function proxyAgent(HttpsProxyAgent, proxyHost) {
  // ok: transport-cleartext-url
  const proxy = `http://${proxyHost}:8080`;
  return new HttpsProxyAgent(proxy);
}

function stagingEndpoint() {
  // ok: transport-cleartext-url
  return process.env.NODE_ENV === 'production' ? fetch('https://api.fieldcrew.net') : fetch('http://staging.fieldcrew.net');
}

// ok: transport-cleartext-url
const LOCAL_API_URL = 'http://localhost:8080/v3';
// ok: transport-cleartext-url
const EMULATOR_HOST = 'http://10.0.2.2:8080';
// ok: transport-cleartext-url
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function isCleartext(url) {
  // ok: transport-cleartext-url
  return url.startsWith('http://');
}

// ok: transport-cleartext-url
console.warn('http://api.fieldcrew.net is retired; the app now uses https');

module.exports = {
  fetchJobs, uploadPhoto, reportIssue, dispatchSocket, HelpScreen, LOCAL_API_URL, EMULATOR_HOST, SVG_NAMESPACE, isCleartext,
  loadCrew, ReportClient, HelpPage, warnRetired, normaliseServer, proxyAgent, stagingEndpoint,
};
