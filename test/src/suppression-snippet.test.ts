import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeAction, TextDocumentEdit } from 'vscode-languageserver-protocol/node';
import { applyLspEdits, LspClient } from './helpers/lsp-client';

const TRUST_ALL_KT = `import javax.net.ssl.X509TrustManager
import java.security.cert.X509Certificate

val trustAll = object : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}
`;
const MANIFEST = '<?xml version="1.0" encoding="utf-8"?>\n<manifest>\n  <application android:usesCleartextTraffic="true"/>\n</manifest>\n';

/** The single snippet edit of a code action, with the range it is inserted at. */
function snippetOf(action: CodeAction, uri: string): { line: number; value: string } {
  assert.equal(action.edit?.changes, undefined, 'no plain edit besides the snippet');
  const [change] = action.edit!.documentChanges as TextDocumentEdit[];
  assert.equal(change!.textDocument.uri, uri);
  const [edit] = change!.edits as unknown as { range: { start: { line: number; character: number } }; snippet: { kind: string; value: string } }[];
  assert.equal(edit!.snippet.kind, 'snippet');
  assert.equal(edit!.range.start.character, 0);
  return { line: edit!.range.start.line, value: edit!.snippet.value };
}

async function suppressActions(client: LspClient, uri: string, languageId: string, text: string, ruleId: string): Promise<CodeAction[]> {
  await client.open(uri, languageId, text);
  const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === ruleId), ruleId);
  const d = diags.find((x) => x.code === ruleId)!;
  return (await client.codeActions(uri, d.range, [d])).filter((a) => a.title.startsWith('Suppress'));
}

describe('suppression quick fixes select the reason placeholder (snippet edits)', () => {
  test('a client with snippetEditSupport gets a snippet whose tab stop is <reason>; typing the reason silences the finding', async () => {
    const client = await LspClient.start({ snippetEdits: true });
    try {
      const uri = 'file:///virtual/Snippet.kt';
      const [line, file] = await suppressActions(client, uri, 'kotlin', TRUST_ALL_KT, 'tls-trust-all-certificates');
      const onLine = snippetOf(line!, uri);
      assert.deepEqual(onLine, { line: 5, value: '    // securecomm-ignore tls-trust-all-certificates -- ${1:<reason>}\n' });
      assert.deepEqual(snippetOf(file!, uri), { line: 0, value: '// securecomm-ignore-file tls-trust-all-certificates -- ${1:<reason>}\n' });
      // What the editor does: insert the snippet, the user types over the selected placeholder.
      const typed = onLine.value.replace('${1:<reason>}', 'pinned test device only');
      const text = applyLspEdits(TRUST_ALL_KT, [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, newText: typed }]);
      await client.change(uri, 2, [{ text }]);
      await client.diagnosticsFor(uri, (d) => d.length === 0, 'the suppressed finding gone');

      const manifest = 'file:///virtual/app/src/main/AndroidManifest.xml';
      const [xmlLine, xmlFile] = await suppressActions(client, manifest, 'xml', MANIFEST, 'transport-cleartext-permitted');
      assert.deepEqual(snippetOf(xmlLine!, manifest), { line: 2, value: '  <!-- securecomm-ignore transport-cleartext-permitted: ${1:<reason>} -->\n' });
      assert.deepEqual(snippetOf(xmlFile!, manifest), { line: 1, value: '<!-- securecomm-ignore-file transport-cleartext-permitted: ${1:<reason>} -->\n' });
    } finally {
      await client.stop();
    }
  });

  test('a client without it (Neovim, Helix) gets the same comment as a plain edit', async () => {
    const client = await LspClient.start({});
    try {
      const uri = 'file:///virtual/Plain.kt';
      const [line, file] = await suppressActions(client, uri, 'kotlin', TRUST_ALL_KT, 'tls-trust-all-certificates');
      assert.equal(line!.edit!.documentChanges, undefined);
      assert.deepEqual(line!.edit!.changes![uri]!.map((e) => [e.range.start.line, e.newText]), [[5, '    // securecomm-ignore tls-trust-all-certificates -- <reason>\n']]);
      assert.deepEqual(file!.edit!.changes![uri]!.map((e) => [e.range.start.line, e.newText]), [[0, '// securecomm-ignore-file tls-trust-all-certificates -- <reason>\n']]);
    } finally {
      await client.stop();
    }
  });
});
