#!/usr/bin/env node
// Stands in for the VS Code executable where desktop VS Code cannot be downloaded:
// @vscode/test-electron's runTests({ vscodeExecutablePath: <this file> }) launches it with the
// command line it would give VS Code,
//   [launchArgs...] --no-sandbox ... --extensionTestsPath=T --extensionDevelopmentPath=D
//   [--extensions-dir=X] [--user-data-dir=U]
// and this runs the same tests in code-server + headless Chromium (code-server.js) and exits
// with 0 when they pass, like VS Code does. It honours the folder to open (first positional
// argument), --user-data-dir, --extensions-dir and --locale; the desktop-only flags are ignored.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const cs = require('./code-server');

/** The options of VS Code's command line that the shim needs; every other `--flag` is ignored. */
function parseArgs(argv) {
  const valued = new Set(['extensionTestsPath', 'extensionDevelopmentPath', 'user-data-dir', 'extensions-dir', 'locale']);
  const options = { positional: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/s.exec(arg);
    if (!m) { options.positional.push(arg); continue; }
    if (!valued.has(m[1])) continue;
    const value = m[2] ?? argv[++i];
    // runTests passes one --extensionDevelopmentPath per path; code-server loads the first.
    if (value !== undefined && options[m[1]] === undefined) options[m[1]] = value;
  }
  return options;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  for (const required of ['extensionTestsPath', 'extensionDevelopmentPath']) {
    if (!args[required]) throw new Error(`vscode-shim: --${required} is missing (it runs extension tests only)`);
  }
  const pass = process.env.SECURECOMM_E2E_PASS || 'tests';
  const data = fs.mkdtempSync(path.join(os.tmpdir(), `securecomm-e2e-shim-${pass}-`));
  const userData = args['user-data-dir'] || path.join(data, 'user');
  const extensions = args['extensions-dir'] || path.join(data, 'extensions');
  const workspace = args.positional[0] ? path.resolve(args.positional[0]) : path.join(data, 'empty');
  for (const dir of [userData, extensions]) fs.mkdirSync(dir, { recursive: true });
  if (!fs.existsSync(workspace)) fs.mkdirSync(workspace, { recursive: true }); // a folder, or a .code-workspace file
  try {
    const counts = await cs.runExtensionTests(pass, { data, workspace, userData, extensions, locale: args.locale }, {
      extensionDevelopmentPath: path.resolve(args.extensionDevelopmentPath),
      extensionTestsPath: path.resolve(args.extensionTestsPath),
      timeoutMs: Number(process.env.E2E_TIMEOUT_MS || 180_000),
    });
    console.log(`[${pass}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    return counts.failed === 0 && counts.passed > 0 ? 0 : 1;
  } finally {
    if (!process.env.KEEP_DATA) fs.rmSync(data, { recursive: true, force: true });
  }
}

// runTests forwards Ctrl+C as SIGINT: take code-server's process group down with us.
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cs.cleanupNow(); process.exit(130); });
main().then((code) => { cs.cleanupNow(); process.exit(code); }, (e) => { console.error(e.message || e); cs.cleanupNow(); process.exit(1); });
