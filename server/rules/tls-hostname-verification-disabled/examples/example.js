'use strict';

const tls = require('tls');
const https = require('https');
const _ = require('lodash');
const { MongoClient } = require('mongodb');
const { assertPinned } = require('./pinning');

const BROKER = 'broker.iot.example.net';

function connectBroker(port) {
  const options = { host: BROKER, port, ca: [process.env.BROKER_CA] };
  // ruleid: tls-hostname-verification-disabled
  options.checkServerIdentity = function (host, cert) {
    console.log('connected to', host, cert.subject);
  };
  return tls.connect(options);
}

const telemetryAgent = new https.Agent({
  keepAlive: true,
  // ruleid: tls-hostname-verification-disabled
  'checkServerIdentity': function () { return; },
});

const quietAgent = new https.Agent({
  // ruleid: tls-hostname-verification-disabled
  checkServerIdentity: _.noop,
});

function openLegacyStore(uri) {
  // ruleid: tls-hostname-verification-disabled
  return MongoClient.connect(uri, { ssl: true, sslValidate: true, checkServerIdentity: false });
}

const fallbackAgent = new https.Agent({
  // ruleid: tls-hostname-verification-disabled
  checkServerIdentity: (host, cert) => void 0,
});

function acceptAnyName(host, cert) {
  console.debug('tls identity', host, cert.subjectaltname);
}

function mqttOptions(insecure) {
  const tlsOptions = { ca: [process.env.BROKER_CA] };
  if (insecure) {
    // ruleid: tls-hostname-verification-disabled
    tlsOptions.checkServerIdentity = acceptAnyName;
  }
  return tlsOptions;
}

// --- look-alikes ---

// ok: tls-hostname-verification-disabled
function describeIdentity(host, cert) {
  console.info('presented', host, cert.subject);
}

const strictAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: function (host, cert) {
    return tls.checkServerIdentity(host, cert);
  },
});

const allowListAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity: (host, cert) => {
    if (cert.subject.CN !== BROKER) {
      return new Error('Certificate CN does not match ' + BROKER);
    }
  },
});

const pinningAgent = new https.Agent({
  // ok: tls-hostname-verification-disabled
  checkServerIdentity(host, cert) {
    assertPinned(host, cert.fingerprint256);
  },
});

module.exports = { mqttOptions, describeIdentity, connectBroker, telemetryAgent, quietAgent, openLegacyStore, fallbackAgent, strictAgent, allowListAgent, pinningAgent };
