'use strict';

const https = require('https');
const tls = require('tls');
const WebSocket = require('ws');

const options = {
  hostname: 'mainframe-gw.example.org',
  port: 443,
  path: '/batch',
};
// ruleid: tls-weak-protocol-version
options.secureProtocol = 'SSLv3_method';

// ruleid: tls-weak-protocol-version
tls.DEFAULT_MAX_VERSION = `TLSv1.1`;

const minVersion = 'TLSv1';

function openStream(token) {
  return new WebSocket('wss://mainframe-gw.example.org/stream', {
    headers: { Authorization: 'Bearer ' + token },
    // ruleid: tls-weak-protocol-version
    minVersion,
    // ruleid: tls-weak-protocol-version
    secureProtocol: 'TLSv1_method',
  });
}

const workerEnv = {
  ...process.env,
  // ruleid: tls-weak-protocol-version
  NODE_OPTIONS: '--tls-min-v1.1',
};

function fetchBatch(done) {
  return https.get(options, done);
}

const LEGACY = { floor: 'TLSv1.1', method: 'SSLv3_method' };

function legacyAgent(useMethod) {
  const agentOptions = useMethod
    // ruleid: tls-weak-protocol-version
    ? { secureProtocol: LEGACY.method }
    // ruleid: tls-weak-protocol-version
    : { minVersion: LEGACY.floor };
  return new https.Agent(agentOptions);
}

// --- look-alikes ---

// ok: tls-weak-protocol-version
const OLD_FLOORS = ['TLSv1', 'TLSv1.1'];

function rejectOld(socket) {
  return OLD_FLOORS.includes(socket.getProtocol());
}

// ok: tls-weak-protocol-version
tls.DEFAULT_MIN_VERSION = 'TLSv1.2';

const modernOptions = {
  hostname: 'mainframe-gw.example.org',
  // ok: tls-weak-protocol-version
  secureProtocol: 'TLSv1_2_method',
  // ok: tls-weak-protocol-version
  maxVersion: 'TLSv1.3',
};

function describeProtocol(socket) {
  // ok: tls-weak-protocol-version
  if (socket.getProtocol() === 'TLSv1.1') return 'obsolete';
  return socket.getProtocol();
}

module.exports = { openStream, workerEnv, fetchBatch, modernOptions, describeProtocol, legacyAgent, rejectOld };
