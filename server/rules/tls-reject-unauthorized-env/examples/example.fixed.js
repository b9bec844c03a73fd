#!/usr/bin/env node
'use strict';

// CommonJS build script
const childProcess = require('child_process');
const fs = require('fs');
const dotenv = require('dotenv');

dotenv.config();

// ruleid: tls-reject-unauthorized-env
process.env["NODE_TLS_REJECT_UNAUTHORIZED"] = 1;

function writeLocalEnv() {
  // ruleid: tls-reject-unauthorized-env
  fs.writeFileSync('.env.local', 'API_URL=https://staging.example.com\nNODE_TLS_REJECT_UNAUTHORIZED=0\n');
}

function deploy(bin) {
  const command = `NODE_TLS_REJECT_UNAUTHORIZED=0 ${bin} deploy --prod`;
  // ruleid: tls-reject-unauthorized-env
  return childProcess.execSync(command);
}

function runTests() {
  return childProcess.spawnSync('npx', ['jest'], {
    // ruleid: tls-reject-unauthorized-env
    env: Object.assign({}, process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '1' }),
  });
}

// --- look-alikes ---

function runTestsStrict() {
  return childProcess.spawnSync('npx', ['jest'], {
    // ok: tls-reject-unauthorized-env
    env: Object.assign({}, process.env, { NODE_TLS_REJECT_UNAUTHORIZED: '1' }),
  });
}

// ok: tls-reject-unauthorized-env
const insecure = process.env['NODE_TLS_REJECT_UNAUTHORIZED'] === '0';
if (insecure) {
  // ok: tls-reject-unauthorized-env
  throw new Error('Refusing to run with NODE_TLS_REJECT_UNAUTHORIZED=0');
}

module.exports = { writeLocalEnv, deploy, runTests, runTestsStrict };
