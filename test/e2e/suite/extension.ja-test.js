// The Japanese pass: code-server runs with display language Japanese (--locale ja plus a local
// language pack, see ../language-pack.js). The language client sends vscode.env.language as
// InitializeParams.locale, and the server answers in Japanese.
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  EXTENSION_ID, KOTLIN_FILE, TRUST_ALL, CLEARTEXT, waitFor, waitForDiagnostics, codeOf, open, revertAll, hoverText, codeActionsAt,
} = require('./helpers');
const { log } = require('./tag');

const both = (diags) => [TRUST_ALL, CLEARTEXT].every((id) => diags.some((d) => codeOf(d) === id));

describe('SecureComm Review in VS Code (display language Japanese)', function () {
  afterEach(revertAll);

  it('VS Code reports the display language as ja', () => {
    assert.equal(vscode.env.language, 'ja');
  });

  it('diagnostics, hover and quick fixes are in Japanese', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    const { uri } = await open(KOTLIN_FILE);
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive);
    const diags = await waitForDiagnostics(uri, both, 'both Kotlin findings');
    const trust = diags.find((d) => codeOf(d) === TRUST_ALL);
    assert.match(trust.message, /[\u3040-\u30ff\u4e00-\u9fff]/, `a Japanese message: ${trust.message}`);
    // The code link opens the Japanese rule page, rendered (the extension's command).
    assert.equal(trust.code.target.scheme, 'command');
    assert.deepEqual(JSON.parse(decodeURIComponent(trust.code.target.query)), ['tls-trust-all-certificates', 'ja']);

    const text = await waitFor('a SecureComm hover', async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, trust.range.start.translate(0, 1)));
      return t.includes(TRUST_ALL) ? t : undefined;
    }, 10_000);
    assert.ok(!text.includes(trust.message), 'VS Code はメッセージをホバーの上に表示するので繰り返さない');
    assert.match(text, /修正例（Kotlin）:/);
    assert.match(text, /詳しい解説/);
    assert.match(text, /CWE-295/);
    assert.doesNotMatch(text, /What is wrong|Why it matters/);

    const url = diags.find((d) => codeOf(d) === CLEARTEXT);
    const titles = (await codeActionsAt(uri, url.range)).map((a) => a.title);
    assert.ok(titles.includes('暗号化されたスキーム（https:// / wss://）を使う'), titles.join(' | '));
    assert.ok(titles.includes(`この行の ${CLEARTEXT} を抑制`), titles.join(' | '));
  });

  it('the extension\'s own contributions are in Japanese (package.nls.ja.json)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    const ja = require('../../../package.nls.ja.json');
    // The manifest VS Code loaded has its %placeholders% replaced from package.nls.ja.json.
    const cmd = ext.packageJSON.contributes.commands.find((c) => c.command === 'securecomm.restartServer');
    // (VS Code keeps the English next to the localized value: { value, original }.)
    assert.deepEqual(cmd.title, { value: ja['command.restartServer'], original: 'Restart Server' });
  });
});
