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

// --- look-alikes ---

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

module.exports = { fetchJobs, uploadPhoto, reportIssue, dispatchSocket, HelpScreen, LOCAL_API_URL, EMULATOR_HOST, SVG_NAMESPACE, isCleartext };
