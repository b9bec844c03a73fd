// code-server (VS Code server + web workbench, installed by install-code-server.sh) driven by
// Debian's Chromium through playwright-core: what run.js's UI passes and the VS Code shim
// (vscode-shim.js, the fallback executable for @vscode/test-electron's runTests) share.
//
// Every code-server runs in its own process group on a free loopback port; the whole group is
// killed afterwards (extension hosts otherwise outlive the browser for hours).
// env: CS_DIR (default .vscode-test/code-server), CHROME_PATH (default /usr/bin/chromium),
//      KEEP_DATA=1 (keep temp dirs and logs), E2E_DEBUG=1 (also print the workbench's own console)
'use strict';
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');
const CS_DIR = path.resolve(process.env.CS_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const CODE_SERVER = path.join(CS_DIR, 'node_modules', '.bin', 'code-server');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const live = new Set(); // process groups and temp dirs to clean up, also on SIGINT/SIGTERM

/**
 * A throw-away profile for one pass: a temp dir with a fresh copy of fixtures/workspace, a
 * user-data-dir with quiet settings (and the language pack for `locale`), an extensions dir.
 * With `openAsIs`, that folder is opened where it is instead (not copied; nothing the pass
 * does writes into it).
 */
function prepareProfile(pass, { locale, fixture = 'workspace', workspaceFile, openAsIs } = {}) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), `securecomm-e2e-${pass}-`));
  live.add(data);
  const folder = openAsIs ? path.resolve(openAsIs) : path.join(data, 'workspace');
  if (!openAsIs) fs.cpSync(path.join(__dirname, 'fixtures', fixture), folder, { recursive: true });
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  const workspace = workspaceFile ? path.join(folder, workspaceFile) : folder;
  const userData = path.join(data, 'user');
  const extensions = path.join(data, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(extensions, { recursive: true });
  fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'update.mode': 'none',
    'editor.hover.delay': 100,
  }, null, 2));
  if (locale) require('./language-pack').install(locale, { userData, extensions });
  const dispose = () => {
    if (process.env.KEEP_DATA) return;
    fs.rmSync(data, { recursive: true, force: true });
    live.delete(data);
  };
  return { data, workspace, userData, extensions, locale, dispose };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

async function waitHealthy(url, server, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch { /* not listening yet */ }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs} ms`);
}

/**
 * Starts code-server in its own process group on `profile`'s dirs (a temp `data` dir holds the
 * log and the browser profile); returns { url, data, workspace, log, pid, stop } (`pid` is also
 * the id of the process group: the extension host and the language server are in it).
 */
async function startCodeServer({ data, workspace, userData, extensions, locale }) {
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed in ${path.relative(ROOT, CS_DIR)}: run test/e2e/install-code-server.sh (or npm run test:e2e)`);
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(data, 'server.log');
  const out = fs.openSync(log, 'w');
  const server = spawn(CODE_SERVER, [
    '--config', '/dev/null', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...(locale ? ['--locale', locale] : []), workspace,
  ], { detached: true, stdio: ['ignore', out, out], env: {
      ...process.env,
      // No extension gallery (the default is open-vsx.org, unreachable here and not wanted in tests).
      EXTENSIONS_GALLERY: '{}',
    } });
  fs.closeSync(out);
  live.add(server);
  const stop = async () => {
    await killGroup(server);
    live.delete(server);
  };
  try {
    await waitHealthy(url, server);
  } catch (e) {
    process.stdout.write(fs.readFileSync(log, 'utf8'));
    await stop();
    throw e;
  }
  return { url, data, workspace, log, pid: server.pid, stop };
}

/** Kills code-server's whole process group (server, extension hosts, language servers) and waits for it. */
async function killGroup(child) {
  const alive = () => { try { process.kill(-child.pid, 0); return true; } catch { return false; } };
  if (!alive()) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const deadline = Date.now() + 3_000;
  while (alive() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (alive()) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
}

async function launchBrowser(data, viewport) {
  const { chromium } = require('playwright-core');
  const profile = path.join(data, 'chromium');
  return chromium.launchPersistentContext(profile, { executablePath: CHROME, headless: true, args: CHROME_ARGS, viewport });
}

/** The workbench URL with the test payload (code-server rejects --extensionTestsPath on its command line). */
function workbenchUrl(url, workspace, payload) {
  const host = new URL(url).host;
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const entries = payload.map(([k, v]) => [k, k === 'openFile' || k.startsWith('extension') ? remote(v) : v]);
  const open = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  return `${url}/?${open}=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

/** A browser console message as text, with printf-style formats applied and %c styles dropped. */
async function consoleText(m) {
  let args;
  try { args = await Promise.all(m.args().map((a) => a.jsonValue())); } catch { return m.text(); }
  if (typeof args[0] !== 'string') return m.text();
  let i = 1;
  const head = args[0].replace(/%[sdifoOc%]/g, (f) => {
    if (f === '%%') return '%';
    const v = args[i++];
    return f === '%c' ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  });
  return [head, ...args.slice(i).map((v) => (typeof v === 'string' ? v : JSON.stringify(v)))].join(' ');
}

/**
 * Runs the extensionTestsPath module inside code-server's extension host (the contract of
 * @vscode/test-electron) and prints the tests' tagged output; returns { passed, failed, skipped }.
 */
async function runExtensionTests(pass, profile, { extensionDevelopmentPath, extensionTestsPath, timeoutMs }) {
  const { TAG } = require('./suite/tag');
  const cs = await startCodeServer(profile);
  const ctx = await launchBrowser(cs.data);
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    let finish;
    const exited = new Promise((r) => { finish = r; });
    const counts = { passed: 0, failed: 0, skipped: 0, seen: false };
    await page.exposeFunction('codeAutomationLog', () => {});
    await page.exposeFunction('codeAutomationExit', (code) => finish(code));
    page.on('console', async (m) => {
      const text = await consoleText(m);
      const at = text.indexOf(TAG);
      if (at < 0) { if (process.env.E2E_DEBUG) console.log(`[${pass}] (workbench) ${text}`); return; }
      const line = text.slice(at + TAG.length + 1);
      const c = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(line.trim());
      if (c) Object.assign(counts, { passed: +c[1], failed: +c[2], skipped: +c[3], seen: true });
      else if (line.trim()) console.log(`[${pass}] ${line}`);
    });
    const t0 = Date.now();
    await page.goto(workbenchUrl(cs.url, cs.workspace, [
      ['extensionDevelopmentPath', extensionDevelopmentPath], ['extensionTestsPath', extensionTestsPath], ['skipWelcome', 'true'],
    ]));
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    const code = await exited;
    clearTimeout(timer);
    // Console messages are handled asynchronously: give the closing count line a moment to arrive.
    for (let i = 0; i < 30 && !counts.seen; i++) await new Promise((r) => setTimeout(r, 100));
    console.log(`[${pass}] extension tests exited with ${code} after ${Date.now() - t0} ms`);
    if (code !== 0 || !counts.seen) {
      // A crash, a timeout, or a run whose count line never arrived: never a pass.
      if (!counts.seen || counts.failed === 0) counts.failed += 1;
      console.log(`--- [${pass}] code-server log (tail) ---\n${tail(cs.log, 40)}`);
    }
    const { passed, failed, skipped } = counts;
    return { passed, failed, skipped };
  } finally {
    await ctx.close().catch(() => {});
    await cs.stop();
  }
}

function tail(file, n) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n'); } catch { return '(no log)'; }
}

/** Kills what is still running and removes the temp dirs (KEEP_DATA=1 keeps them). */
function cleanupNow() {
  for (const item of live) {
    if (typeof item === 'string') { if (!process.env.KEEP_DATA) fs.rmSync(item, { recursive: true, force: true }); }
    else { try { process.kill(-item.pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  live.clear();
}

/** A plain headless Chromium (no code-server), e.g. for the HTML report. */
function launchChromium() {
  const { chromium } = require('playwright-core');
  return chromium.launch({ executablePath: CHROME, headless: true, args: CHROME_ARGS });
}

module.exports = {
  ROOT, CS_DIR, CODE_SERVER, prepareProfile, launchChromium, startCodeServer, launchBrowser, workbenchUrl, runExtensionTests, tail, cleanupNow,
};
