// Which "VS Code" @vscode/test-electron's runTests launches for the mocha passes.
//   desktop      the standard: downloadAndUnzipVSCode into .vscode-test/ (cached after the first
//                time), the same VS Code version as the code-server build (1.99.3)
//   code-server  vscode-shim.js, for machines that cannot download VS Code (no access to
//                update.code.visualstudio.com) or cannot show a window
//   auto         desktop when it can be had, else code-server (the default)
'use strict';
const path = require('node:path');
const { ROOT } = require('./code-server');

/** The VS Code inside code-server 4.99.4 (install-code-server.sh): both runners test the same one. */
const VSCODE_VERSION = '1.99.3';
/** An idle timeout: an unreachable update server fails at once or after this, a slow download goes on. */
const DOWNLOAD_IDLE_TIMEOUT_MS = 8_000;

const shim = (why) => ({
  kind: 'code-server',
  executable: path.join(__dirname, 'vscode-shim.js'),
  launchArgs: [],
  description: `code-server through the shim test/e2e/vscode-shim.js${why ? ` (${why})` : ''}`,
});

async function downloadDesktop() {
  const { downloadAndUnzipVSCode } = require('@vscode/test-electron');
  const t0 = Date.now();
  const executable = await downloadAndUnzipVSCode({
    version: VSCODE_VERSION, cachePath: path.join(ROOT, '.vscode-test'), timeout: DOWNLOAD_IDLE_TIMEOUT_MS,
  });
  return { executable, ms: Date.now() - t0 };
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** @param {'auto'|'desktop'|'code-server'} mode */
async function resolveVSCodeExecutable(mode) {
  if (mode === 'code-server') return shim('E2E_VSCODE=code-server');
  if (mode !== 'auto' && mode !== 'desktop') throw new Error(`E2E_VSCODE must be auto, desktop or code-server, not ${mode}`);
  let desktop;
  try {
    desktop = await downloadDesktop();
  } catch (e) {
    if (mode === 'desktop') throw new Error(`desktop VS Code ${VSCODE_VERSION} could not be downloaded: ${e.message}`);
    return shim(`desktop VS Code could not be downloaded: ${e.message}`);
  }
  if (!hasDisplay()) {
    const why = 'desktop VS Code needs a display: no DISPLAY (run under xvfb-run to use it)';
    if (mode === 'desktop') throw new Error(why);
    return shim(why);
  }
  return {
    kind: 'desktop',
    executable: desktop.executable,
    launchArgs: ['--disable-extensions', '--disable-gpu'],
    description: `desktop VS Code ${VSCODE_VERSION} (${path.relative(ROOT, desktop.executable)}, ready in ${desktop.ms} ms)`,
  };
}

module.exports = { resolveVSCodeExecutable };
