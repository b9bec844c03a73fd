// The suppression quick fix as a snippet (the reason placeholder selected), and "Export Findings…",
// in the real VS Code.
'use strict';
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const vscode = require('vscode');
const { KOTLIN_FILE, TRUST_ALL, CLEARTEXT, waitFor, waitForDiagnostics, codeOf, open, revertAll, codeActionsAt } = require('./helpers');
const { log } = require('./tag');

describe('Suppression snippet and export (English)', function () {
  afterEach(revertAll);

  it('"Suppress" leaves <reason> selected; the reason typed replaces it and the finding goes', async () => {
    const { uri, doc, editor } = await open(KOTLIN_FILE);
    const trust = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === TRUST_ALL), 'the trust-all finding')).find((d) => codeOf(d) === TRUST_ALL);
    const line = trust.range.start.line;
    const suppress = (await codeActionsAt(uri, trust.range)).find((a) => a.title === `Suppress ${TRUST_ALL} on this line`);
    assert.ok(suppress, 'a suppress action');
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    const text = doc.lineAt(line).text;
    assert.equal(text, `        // securecomm-ignore ${TRUST_ALL} -- <reason>`, 'indented like the finding\'s line, nothing added by the snippet');
    const start = text.indexOf('<reason>');
    assert.deepEqual(editor.selection, new vscode.Selection(line, start, line, start + '<reason>'.length), 'the placeholder is selected (a tab stop)');
    await vscode.commands.executeCommand('type', { text: 'pinned lab CA only' });
    assert.equal(doc.lineAt(line).text, `        // securecomm-ignore ${TRUST_ALL} -- pinned lab CA only`);
    const diags = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === TRUST_ALL) && d.some((x) => codeOf(x) === CLEARTEXT), 'the suppressed finding to go');
    assert.ok(!diags.some((d) => codeOf(d) === 'unused-suppression'), 'the suppression is used');
  });

  it('"Export Findings…" writes the CLI\'s Markdown report of the whole workspace, files never opened included', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('securecomm.exportFindings'));
    const target = vscode.Uri.file(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'securecomm-export-')), 'report.md'));
    const t0 = Date.now();
    const written = await vscode.commands.executeCommand('securecomm.exportFindings', { format: 'markdown', target });
    log(`    export: Markdown report in ${Date.now() - t0} ms`);
    assert.equal(written.toString(), target.toString());
    const report = await waitFor('the report file', () => fs.existsSync(target.fsPath) && fs.readFileSync(target.fsPath, 'utf8'), 5_000);
    assert.match(report, /^# SecureComm Review report\n/);
    assert.match(report, /\d+ findings \(\d+ error, \d+ warning, \d+ note\) in [7-9] files/);
    assert.ok(report.includes(`\`${KOTLIN_FILE}:12\``), `the trust-all finding, relative to the workspace folder:\n${report}`);
    assert.ok(report.includes('`android/app/src/main/java/com/example/shop/Legacy.java:'), 'a file never opened');
  });
});
