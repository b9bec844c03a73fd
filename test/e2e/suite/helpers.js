// Shared by the extension-host tests. Waits poll with a deadline; nothing sleeps a fixed time.
'use strict';
const vscode = require('vscode');

const manifest = require('../../../package.json');

/** publisher.name, read from package.json. */
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;
const KOTLIN_FILE = 'android/app/src/main/java/com/example/shop/ApiClient.kt';
const KOTLIN_FILE_2 = 'android/app/src/main/java/com/example/shop/Analytics.kt';
const SWIFT_FILE = 'ios/Shop/Endpoints.swift';
const TRUST_ALL = 'tls-trust-all-certificates';
const CLEARTEXT = 'transport-cleartext-url';

function workspaceUri(rel) {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test workspace folder is not open');
  return vscode.Uri.joinPath(folder.uri, ...rel.split('/'));
}

/** Polls `probe` until it returns a truthy value; fails with `what` after `timeoutMs`. */
async function waitFor(what, probe, timeoutMs = 30_000, intervalMs = 20) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

const ours = (uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'securecomm');
const codeOf = (d) => (typeof d.code === 'object' && d.code !== null ? d.code.value : d.code);

/** Waits until SecureComm's diagnostics for `uri` satisfy `predicate`; returns them. */
function waitForDiagnostics(uri, predicate, what, timeoutMs) {
  return waitFor(what, () => {
    const diags = ours(uri);
    return predicate(diags) ? diags : undefined;
  }, timeoutMs);
}

async function open(rel) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(rel));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  return { doc, editor, uri: doc.uri };
}

/** Discards unsaved edits so the next test starts from the fixture text. */
async function revertAll() {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function hoverText(hovers) {
  return hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
}

async function codeActionsAt(uri, range) {
  return (await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

module.exports = {
  EXTENSION_ID, KOTLIN_FILE, KOTLIN_FILE_2, SWIFT_FILE, TRUST_ALL, CLEARTEXT,
  workspaceUri, waitFor, waitForDiagnostics, ours, codeOf, open, revertAll, hoverText, codeActionsAt,
};
