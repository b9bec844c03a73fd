// Review mode in a real VS Code: the settings reach the server, and a finding outside the
// branch's change is a hint while the new one keeps its severity.
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
const { KOTLIN_FILE_2, CLEARTEXT, workspaceUri, waitForDiagnostics, codeOf, open, revertAll } = require('./helpers');

const ADDED = '    const val UPLOAD_URL = "http://upload.shop.io/v1"\n';

describe('SecureComm Review in VS Code: review mode', function () {
  const folder = () => vscode.workspace.workspaceFolders[0].uri.fsPath;
  const file = () => workspaceUri(KOTLIN_FILE_2).fsPath;
  let original;
  const git = (...args) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: folder(), stdio: 'ignore' });

  before(() => {
    // The workspace is a fresh copy for this pass: make it a repository whose branch adds a URL.
    original = fs.readFileSync(file(), 'utf8');
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'feature');
    fs.writeFileSync(file(), original.replace(/\n}\n?$/, `\n${ADDED}}\n`));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('securecomm').update('review.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    await revertAll();
    fs.writeFileSync(file(), original);
    fs.rmSync(path.join(folder(), '.git'), { recursive: true, force: true });
  });

  it('turning securecomm.review.enabled on makes the untouched finding a hint; the added one stays a warning', async () => {
    const { uri } = await open(KOTLIN_FILE_2);
    await waitForDiagnostics(uri, (d) => d.length === 2 && d.every((x) => x.severity === vscode.DiagnosticSeverity.Warning), 'two warnings before review mode');
    await vscode.workspace.getConfiguration('securecomm').update('review.enabled', true, vscode.ConfigurationTarget.Workspace);
    const diags = await waitForDiagnostics(uri, (d) => d.length === 2 && d.some((x) => x.severity === vscode.DiagnosticSeverity.Hint), 'a hint in review mode');
    const hint = diags.find((d) => d.severity === vscode.DiagnosticSeverity.Hint);
    const kept = diags.find((d) => d.severity !== vscode.DiagnosticSeverity.Hint);
    assert.equal(hint.range.start.line, 3, 'COLLECTOR_URL, there at the base');
    assert.ok(hint.message.startsWith('(outside the change) '), hint.message);
    assert.equal(kept.range.start.line, 4, 'UPLOAD_URL, added on the branch');
    assert.equal(kept.severity, vscode.DiagnosticSeverity.Warning);
    assert.deepEqual(diags.map(codeOf), [CLEARTEXT, CLEARTEXT]);
  });
});
