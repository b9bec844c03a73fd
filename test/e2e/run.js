#!/usr/bin/env node
// Runs the end-to-end tests of SecureComm Review in a real VS Code. The extension loads from the
// repository root as extensionDevelopmentPath (package.json "main" is ./dist/extension.js: run
// `node scripts/bundle.js` first).
//
//   node test/e2e/run.js [en] [ja] [ui] [ui-ja] [report] [multi-root] [big]   default: the first six
//     en     mocha tests inside the extension host (suite/*.test.js), display language English
//     ja     mocha tests inside the extension host (suite/*.ja-test.js), display language Japanese
//     ui     drives the workbench like a person (ui.js), screenshots in test/e2e/screenshots/
//     ui-ja  the same in Japanese (screenshots *-ja.png)
//     report the HTML report of `securecomm scan demo` in Chromium (report.js), no VS Code
//     multi-root  mocha tests (suite/*.multi-root-test.js) in a multi-root workspace (fixtures/multi-root,
//            opened through its .code-workspace file)
//     big    opt-in, never in the default list: the workspace scan of a large folder given by
//            E2E_BIG_WORKSPACE=/path, opened as is (big-scan.js): progress, cancel, finish, the
//            tree, findings after a close, wall times and memory
//
// The mocha passes go through @vscode/test-electron's runTests, the standard runner: against
// desktop VS Code when it can be downloaded (vscode-executable.js), otherwise against
// vscode-shim.js, which runTests launches as if it were VS Code and which runs the same tests in
// code-server + Chromium. The UI passes drive code-server's workbench in Chromium directly.
// Each pass gets a fresh user-data-dir and a fresh copy of fixtures/workspace (code-server.js);
// `big` opens its folder where it is.
// Closing line: `N passed, N failed, N skipped`.
// env: E2E_VSCODE=auto|desktop|code-server (default auto), E2E_TIMEOUT_MS (per pass, default
//      180000), and those of code-server.js (CS_DIR, CHROME_PATH, KEEP_DATA, E2E_DEBUG)
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const cs = require('./code-server');
const { resolveVSCodeExecutable } = require('./vscode-executable');

const ROOT = cs.ROOT;
const PASS_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 180_000);
const SHOTS = path.join(__dirname, 'screenshots');

/** Runs a mocha pass inside the extension host through runTests; returns { passed, failed, skipped }. */
async function mochaPass(pass, testsModule, vscode, { locale, fixture, workspaceFile } = {}) {
  const { runTests } = require('@vscode/test-electron');
  const profile = cs.prepareProfile(pass, { locale, fixture, workspaceFile });
  const results = path.join(profile.data, 'results.json');
  try {
    await runTests({
      vscodeExecutablePath: vscode.executable,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(__dirname, 'suite', testsModule),
      launchArgs: [
        profile.workspace, `--user-data-dir=${profile.userData}`, `--extensions-dir=${profile.extensions}`,
        ...(locale ? [`--locale=${locale}`] : []), ...vscode.launchArgs,
      ],
      extensionTestsEnv: { SECURECOMM_E2E_RESULTS: results, SECURECOMM_E2E_PASS: pass, E2E_TIMEOUT_MS: String(PASS_TIMEOUT_MS) },
    }).catch((e) => console.log(`[${pass}] ${e.message}`));
    if (!fs.existsSync(results)) return { passed: 0, failed: 1, skipped: 0 }; // crashed or timed out before the count
    return JSON.parse(fs.readFileSync(results, 'utf8'));
  } finally {
    profile.dispose();
  }
}

async function uiPass(locale = 'en') {
  const pass = locale === 'en' ? 'ui' : `ui-${locale}`;
  return workbenchPass(pass, cs.prepareProfile(pass, locale === 'en' ? {} : { locale }), (args) => require('./ui').run({ ...args, locale }));
}

/** The opt-in pass on a large folder of one's own (E2E_BIG_WORKSPACE), opened where it is. */
async function bigScanPass() {
  const folder = process.env.E2E_BIG_WORKSPACE;
  if (!folder || !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(`the big pass opens a large folder as is: set E2E_BIG_WORKSPACE=/path/to/it (now ${folder ? `${folder}, not a folder` : 'unset'})`);
  }
  return workbenchPass('big', cs.prepareProfile('big', { openAsIs: folder }), (args) => require('./big-scan').run(args));
}

/** Starts code-server and Chromium on `profile` and runs `drive` (ui.js, big-scan.js) on the workbench. */
async function workbenchPass(pass, profile, drive) {
  let server;
  let ctx;
  try {
    server = await cs.startCodeServer(profile);
    ctx = await cs.launchBrowser(profile.data, { width: 1400, height: 900 });
    await drive({
      ctx, workbenchUrl: (payload) => cs.workbenchUrl(server.url, profile.workspace, payload), root: ROOT, workspace: profile.workspace, shots: SHOTS,
      userData: profile.userData, processGroup: server.pid,
    });
    return { passed: 1, failed: 0, skipped: 0 };
  } catch (e) {
    console.log(`[${pass}] FAILED: ${e && e.stack ? e.stack : e}`);
    const failure = path.join(SHOTS, `failed-${pass}.png`);
    if (ctx) await ctx.pages()[0]?.screenshot({ path: failure }).then(() => console.log(`[${pass}] what the page showed: ${path.relative(process.cwd(), failure)}`), () => {});
    if (server) console.log(`--- [${pass}] code-server log (tail) ---\n${cs.tail(server.log, 40)}`);
    return { passed: 0, failed: 1, skipped: 0 };
  } finally {
    if (ctx) await ctx.close().catch(() => {});
    if (server) await server.stop();
    profile.dispose();
  }
}

async function reportPass() {
  const browser = await cs.launchChromium();
  try {
    fs.mkdirSync(SHOTS, { recursive: true });
    await require('./report').run({ browser, root: ROOT, shots: SHOTS });
    return { passed: 1, failed: 0, skipped: 0 };
  } catch (e) {
    console.log(`[report] FAILED: ${e && e.stack ? e.stack : e}`);
    return { passed: 0, failed: 1, skipped: 0 };
  } finally {
    await browser.close().catch(() => {});
  }
}

const MOCHA_PASSES = {
  en: (vscode) => mochaPass('en', 'en.js', vscode),
  ja: (vscode) => mochaPass('ja', 'ja.js', vscode, { locale: 'ja' }),
  'multi-root': (vscode) => mochaPass('multi-root', 'multi-root.js', vscode, { fixture: 'multi-root', workspaceFile: 'multi-root.code-workspace' }),
};
// Passes that drive Chromium directly (code-server's workbench, or just a page).
const CHROMIUM_PASSES = {
  ui: () => uiPass('en'),
  'ui-ja': () => uiPass('ja'),
  report: () => reportPass(),
  big: () => bigScanPass(),
};
/** Passes run only when named: `big` needs a large folder that is not in the repository. */
const OPT_IN_PASSES = new Set(['big']);

async function main() {
  const all = [...Object.keys(MOCHA_PASSES), ...Object.keys(CHROMIUM_PASSES)];
  const wanted = process.argv.slice(2);
  for (const w of wanted) if (!all.includes(w)) throw new Error(`unknown pass ${w} (${all.join(', ')})`);
  if (!fs.existsSync(path.join(ROOT, 'dist', 'extension.js'))) throw new Error('dist/extension.js is missing: run `node scripts/bundle.js` first');
  const passes = wanted.length ? wanted : all.filter((p) => !OPT_IN_PASSES.has(p));
  let vscode;
  if (passes.some((p) => MOCHA_PASSES[p])) {
    vscode = await resolveVSCodeExecutable(process.env.E2E_VSCODE || 'auto');
    console.log(`mocha passes: @vscode/test-electron runTests -> ${vscode.description}`);
  }
  if (passes.some((p) => p.startsWith('ui') || p === 'big') || vscode?.kind === 'code-server') {
    if (!fs.existsSync(cs.CODE_SERVER)) {
      throw new Error(`code-server is not installed in ${path.relative(ROOT, cs.CS_DIR)}: run test/e2e/install-code-server.sh (or npm run test:e2e)`);
    }
    console.log(`code-server ${execFileSync(cs.CODE_SERVER, ['--version'], { encoding: 'utf8' }).split('\n')[0]}`);
  }
  const total = { passed: 0, failed: 0, skipped: 0 };
  for (const name of passes) {
    const t0 = Date.now();
    let r;
    try {
      r = MOCHA_PASSES[name] ? await MOCHA_PASSES[name](vscode) : await CHROMIUM_PASSES[name]();
    } catch (e) {
      console.log(`[${name}] could not run: ${e && e.stack ? e.stack : e}`);
      r = { passed: 0, failed: 1, skipped: 0 };
    }
    console.log(`[${name}] ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped; pass took ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const k of Object.keys(total)) total[k] += r[k];
  }
  console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
  return total.failed === 0 && total.passed > 0 ? 0 : 1;
}

for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { cs.cleanupNow(); process.exit(130); });
main().then((code) => { cs.cleanupNow(); process.exit(code); }, (e) => { console.error(e); cs.cleanupNow(); process.exit(1); });
