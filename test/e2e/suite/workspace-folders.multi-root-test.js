// A multi-root workspace (fixtures/multi-root/multi-root.code-workspace: app and server), each
// folder with its own .securecomm.yml; a third folder (tools) is added while the extension runs.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { TRUST_ALL, CLEARTEXT, waitFor, waitForDiagnostics, codeOf } = require('./helpers');

const SEVERITY = ['error', 'warning', 'information', 'hint'];
const summary = (diags) => diags.map((d) => `${codeOf(d)} ${SEVERITY[d.severity]}`).sort();

function fileIn(folderName, rel) {
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === folderName);
  if (!folder) throw new Error(`workspace folder ${folderName} is not open`);
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

async function openAndWait(uri, count, what) {
  await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
  return summary(await waitForDiagnostics(uri, (d) => d.length === count, what));
}

describe('SecureComm Review in a multi-root workspace', function () {
  it('applies each folder\'s own .securecomm.yml, also to a folder added while running', async () => {
    assert.deepEqual(vscode.workspace.workspaceFolders.map((f) => f.name), ['app', 'server']);
    assert.ok(vscode.workspace.workspaceFile, 'opened through the .code-workspace file');
    assert.deepEqual(await openAndWait(fileIn('app', 'src/Api.kt'), 1, 'app: cleartext URLs off'), [`${TRUST_ALL} error`]);
    assert.deepEqual(await openAndWait(fileIn('server', 'src/Api.kt'), 2, 'server: the trust manager a warning'), [`${TRUST_ALL} warning`, `${CLEARTEXT} warning`]);

    const root = vscode.Uri.joinPath(vscode.workspace.workspaceFile, '..');
    assert.ok(vscode.workspace.updateWorkspaceFolders(2, 0, { uri: vscode.Uri.joinPath(root, 'tools'), name: 'tools' }));
    await waitFor('the tools folder', () => vscode.workspace.workspaceFolders.length === 3);
    assert.deepEqual(await openAndWait(fileIn('tools', 'src/Api.kt'), 1, 'tools: trust-all off'), [`${CLEARTEXT} warning`]);
  });
});
