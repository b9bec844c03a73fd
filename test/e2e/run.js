#!/usr/bin/env node
// Runs the end-to-end tests of SecureComm Review in a real VS Code: code-server (VS Code server +
// web workbench, installed by install-code-server.sh) driven by Debian's Chromium through
// playwright-core. The extension loads from the repository root as extensionDevelopmentPath
// (package.json "main" is ./dist/extension.js: run `node scripts/bundle.js` first).
//
//   node test/e2e/run.js [en] [ja] [ui] [ui-ja] [multi-root]      default: all five passes
//     en     mocha tests inside the extension host (suite/*.test.js), display language English
//     ja     mocha tests inside the extension host (suite/*.ja-test.js), display language Japanese
//     ui     drives the workbench like a person (ui.js), screenshots in test/e2e/screenshots/
//     ui-ja  the same in Japanese (screenshots *-ja.png)
//     multi-root  mocha tests (suite/*.multi-root-test.js) in a multi-root workspace (fixtures/multi-root,
//            opened through its .code-workspace file)
//
// Each pass gets its own throw-away code-server on a free loopback port, a fresh user-data-dir and
// a fresh copy of fixtures/workspace; the whole process group is killed afterwards (extension hosts
// otherwise outlive the browser for hours). Closing line: `N passed, N failed, N skipped`.
// env: CS_DIR (default .vscode-test/code-server), CHROME_PATH (default /usr/bin/chromium),
//      E2E_TIMEOUT_MS (per pass, default 180000), KEEP_DATA=1 (keep temp dirs and logs),
//      E2E_DEBUG=1 (also print the workbench's own console)
'use strict';
const { spawn, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..', '..');
const CS_DIR = path.resolve(process.env.CS_DIR || path.join(ROOT, '.vscode-test', 'code-server'));
const CODE_SERVER = path.join(CS_DIR, 'node_modules', '.bin', 'code-server');
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const PASS_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 180_000);
const SHOTS = path.join(__dirname, 'screenshots');
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const live = new Set(); // process groups and temp dirs to clean up, also on SIGINT/SIGTERM

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
 * Starts code-server in its own process group; returns { url, data, workspace, stop }. `workspace`
 * is the copied fixture folder, or its `workspaceFile` (a .code-workspace) when one is named.
 */
async function startCodeServer(pass, { locale, fixture = 'workspace', workspaceFile } = {}) {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), `securecomm-e2e-${pass}-`));
  live.add(data);
  const folder = path.join(data, 'workspace');
  fs.cpSync(path.join(__dirname, 'fixtures', fixture), folder, { recursive: true });
  const workspace = workspaceFile ? path.join(folder, workspaceFile) : folder;
  const userData = path.join(data, 'user');
  const extensions = path.join(data, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
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
  const localeArgs = [];
  if (locale) {
    localeArgs.push('--locale', locale);
    require('./language-pack').install(locale, { userData, extensions });
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = path.join(data, 'server.log');
  const out = fs.openSync(log, 'w');
  const server = spawn(CODE_SERVER, [
    '--config', '/dev/null', '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData, '--extensions-dir', extensions,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    ...localeArgs, workspace,
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
    if (!process.env.KEEP_DATA) { fs.rmSync(data, { recursive: true, force: true }); live.delete(data); }
  };
  try {
    await waitHealthy(url, server);
  } catch (e) {
    process.stdout.write(fs.readFileSync(log, 'utf8'));
    await stop();
    throw e;
  }
  return { url, data, workspace, log, stop };
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
  const profile = path.join(data, 'chromium');
  return chromium.launchPersistentContext(profile, { executablePath: CHROME, headless: true, args: CHROME_ARGS, viewport });
}

/**
 * The workbench URL with the test payload (code-server rejects --extensionTestsPath on its command
 * line); a .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
 */
function workbenchUrl(url, workspace, payload) {
  const host = new URL(url).host;
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const entries = payload.map(([k, v]) => [k, k === 'openFile' || k.startsWith('extension') ? remote(v) : v]);
  const open = workspace.endsWith('.code-workspace') ? 'workspace' : 'folder';
  return `${url}/?${open}=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(entries))}`;
}

const { TAG } = require('./suite/tag');

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

/** Runs a mocha pass inside the extension host; returns { passed, failed, skipped }. */
async function mochaPass(pass, testsModule, options) {
  const cs = await startCodeServer(pass, options);
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
      ['extensionDevelopmentPath', ROOT], ['extensionTestsPath', path.join(__dirname, 'suite', testsModule)], ['skipWelcome', 'true'],
    ]));
    const timer = setTimeout(() => finish('timeout'), PASS_TIMEOUT_MS);
    const code = await exited;
    clearTimeout(timer);
    // Console messages are handled asynchronously: give the closing count line a moment to arrive.
    for (let i = 0; i < 30 && !counts.seen; i++) await new Promise((r) => setTimeout(r, 100));
    console.log(`[${pass}] extension tests exited with ${code} after ${Date.now() - t0} ms: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    if (code !== 0 || !counts.seen) {
      // A crash, a timeout, or a run whose count line never arrived: never a pass.
      if (!counts.seen || counts.failed === 0) counts.failed += 1;
      console.log(`--- [${pass}] code-server log (tail) ---\n${tail(cs.log, 40)}`);
    }
    return counts;
  } finally {
    await ctx.close().catch(() => {});
    await cs.stop();
  }
}

async function uiPass(locale = 'en') {
  const pass = locale === 'en' ? 'ui' : `ui-${locale}`;
  const cs = await startCodeServer(pass, locale === 'en' ? {} : { locale });
  const ctx = await launchBrowser(cs.data, { width: 1400, height: 900 });
  try {
    await require('./ui').run({ ctx, workbenchUrl: (payload) => workbenchUrl(cs.url, cs.workspace, payload), root: ROOT, workspace: cs.workspace, shots: SHOTS, locale });
    return { passed: 1, failed: 0, skipped: 0 };
  } catch (e) {
    console.log(`[${pass}] FAILED: ${e && e.stack ? e.stack : e}`);
    console.log(`--- [${pass}] code-server log (tail) ---\n${tail(cs.log, 40)}`);
    return { passed: 0, failed: 1, skipped: 0 };
  } finally {
    await ctx.close().catch(() => {});
    await cs.stop();
  }
}

function tail(file, n) {
  try { return fs.readFileSync(file, 'utf8').split('\n').slice(-n).join('\n'); } catch { return '(no log)'; }
}

const PASSES = {
  en: () => mochaPass('en', 'en.js'),
  ja: () => mochaPass('ja', 'ja.js', { locale: 'ja' }),
  ui: () => uiPass('en'),
  'ui-ja': () => uiPass('ja'),
  'multi-root': () => mochaPass('multi-root', 'multi-root.js', { fixture: 'multi-root', workspaceFile: 'multi-root.code-workspace' }),
};

function cleanupNow() {
  for (const item of live) {
    if (typeof item === 'string') { if (!process.env.KEEP_DATA) fs.rmSync(item, { recursive: true, force: true }); }
    else { try { process.kill(-item.pid, 'SIGKILL'); } catch { /* gone */ } }
  }
  live.clear();
}

async function main() {
  const wanted = process.argv.slice(2);
  for (const w of wanted) if (!PASSES[w]) throw new Error(`unknown pass ${w} (${Object.keys(PASSES).join(', ')})`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `node scripts/bundle.js` first');
  if (!fs.existsSync(CODE_SERVER)) {
    throw new Error(`code-server is not installed in ${path.relative(ROOT, CS_DIR)}: run test/e2e/install-code-server.sh (or npm run test:e2e)`);
  }
  console.log(`code-server ${execFileSync(CODE_SERVER, ['--version'], { encoding: 'utf8' }).split('\n')[0]}`);
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of wanted.length ? wanted : Object.keys(PASSES)) {
    const t0 = Date.now();
    let r;
    try {
      r = await PASSES[name]();
    } catch (e) {
      console.log(`[${name}] could not run: ${e && e.stack ? e.stack : e}`);
      r = { passed: 0, failed: 1, skipped: 0 };
    }
    console.log(`[${name}] pass took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const k of Object.keys(total)) total[k] += r[k];
  }
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cleanupNow(); process.exit(130); });
main().then((code) => { cleanupNow(); process.exit(code); }, (e) => { console.error(e); cleanupNow(); process.exit(1); });
