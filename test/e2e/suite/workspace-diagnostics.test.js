// The workspace scan's findings in the Problems panel of a real VS Code, which pulls them
// (workspace diagnostics): a scanned file keeps its findings after its tab is closed (VS Code
// keeps the document open in the background and forgets what it pulled for the tab), and an
// open file lists each finding once.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { CLEARTEXT, codeOf, ours, open, revertAll, waitFor, waitForDiagnostics, workspaceUri } = require('./helpers');
const { log } = require('./tag');

const LEGACY = 'android/app/src/main/java/com/example/shop/Legacy.java';
const HOSTNAME = 'tls-hostname-verification-disabled';
const EXPECTED = [CLEARTEXT, HOSTNAME].sort();
/** Longer than vscode-languageclient's 2 s between workspace pulls. */
const SETTLE_MS = 5_000;

const codes = (uri) => ours(uri).map(codeOf).sort();

/** Checks `probe` every 100 ms for `ms`; fails at the first time it does not hold. */
async function holdsFor(what, probe, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const problem = probe();
    if (problem) throw new Error(`${what}: ${problem}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Workspace scan results in the Problems panel (English)', () => {
  afterEach(revertAll);

  it('a scanned file keeps its findings after its tab closes, and lists none twice while open', async () => {
    await vscode.commands.executeCommand('securecomm.scanWorkspace');
    const legacy = workspaceUri(LEGACY);
    const scanned = await waitForDiagnostics(legacy, (d) => d.length === EXPECTED.length, 'the scan\'s findings of Legacy.java', 10_000);
    assert.ok(scanned.every((d) => d.code.target.scheme === 'command'), 'the rule link opens the rendered page, as for an open file');

    const { uri } = await open(LEGACY);
    await holdsFor('while open', () => {
      const now = codes(uri);
      return JSON.stringify(now) === JSON.stringify(EXPECTED) ? undefined : `listed ${JSON.stringify(now)}`;
    }, SETTLE_MS);

    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitFor('the tab to close', () => !vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString())), 5_000);
    const background = vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString());
    log(`    after the tab closed, the document is ${background ? 'still open in the background' : 'closed'}`);
    await holdsFor('after the tab closed', () => {
      const now = codes(uri);
      return JSON.stringify(now) === JSON.stringify(EXPECTED) ? undefined : `listed ${JSON.stringify(now)}`;
    }, SETTLE_MS);
  });
});
