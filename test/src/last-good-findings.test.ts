import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lsp-client';

const KT = `package com.example.shop

import javax.net.ssl.X509TrustManager
import java.security.cert.X509Certificate

const val BASE_URL = "http://api.shop.io/v1/"

class Api {
    fun ping(): String {
        return "ok"
    }
}

val trustAll = object : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}
`;
const CARRIED = ' (from the last analysis without syntax errors)';
const at = (line: number, character: number) => ({ line, character });
const summary = (d: Diagnostic[]) => d.map((x) => `${String(x.code)}@${x.range.start.line}${String(x.message).endsWith(CARRIED) ? ' carried' : ''}`).sort();

describe('last good findings while a file is broken', () => {
  test('findings error recovery loses are kept (moving with the edits) until their code is edited or the file parses again', async () => {
    const client = await LspClient.start({});
    try {
      const uri = 'file:///virtual/Broken.kt';
      await client.open(uri, 'kotlin', KT);
      await client.diagnosticsFor(uri, (d) => d.length === 2, 'both findings of the valid file');
      // An unterminated string in ping(): tree-sitter's recovery loses the trust manager below it.
      await client.change(uri, 2, [{ range: { start: at(9, 18), end: at(9, 19) }, text: '' }]);
      let d = await client.diagnosticsFor(uri, (x) => summary(x).includes('tls-trust-all-certificates@15 carried'), 'the lost finding carried');
      assert.deepEqual(summary(d), ['tls-trust-all-certificates@15 carried', 'transport-cleartext-url@5']);
      // Lines inserted above, file still broken: the carried finding moves with its code.
      await client.change(uri, 3, [{ range: { start: at(1, 0), end: at(1, 0) }, text: '// a\n// b\n' }]);
      d = await client.diagnosticsFor(uri, (x) => summary(x).includes('tls-trust-all-certificates@17 carried'), 'the carried finding moved');
      assert.deepEqual(summary(d), ['tls-trust-all-certificates@17 carried', 'transport-cleartext-url@7']);
      // Its code deleted: it goes, although the file is still broken.
      await client.change(uri, 4, [{ range: { start: at(17, 0), end: at(18, 0) }, text: '' }]);
      d = await client.diagnosticsFor(uri, (x) => !x.some((y) => y.code === 'tls-trust-all-certificates'), 'the edited finding dropped');
      assert.deepEqual(summary(d), ['transport-cleartext-url@7']);
      // The string closed again: fresh results only, none marked.
      await client.change(uri, 5, [{ range: { start: at(11, 18), end: at(11, 18) }, text: '"' }]);
      d = await client.diagnosticsFor(uri, (x) => x.length === 1 && !String(x[0]!.message).endsWith(CARRIED) && x[0]!.range.start.line === 7, 'fresh results');
      assert.deepEqual(summary(d), ['transport-cleartext-url@7']);
    } finally {
      await client.stop();
    }
  });

  test('a fresh analysis of the valid file replaces the carried findings', async () => {
    const client = await LspClient.start({});
    try {
      const uri = 'file:///virtual/Fixed.kt';
      await client.open(uri, 'kotlin', KT);
      await client.diagnosticsFor(uri, (d) => d.length === 2, 'both findings');
      await client.change(uri, 2, [{ range: { start: at(9, 18), end: at(9, 19) }, text: '' }]);
      await client.diagnosticsFor(uri, (x) => summary(x).includes('tls-trust-all-certificates@15 carried'), 'the lost finding carried');
      // Fixed while changing the trust manager too: the fresh analysis decides, nothing is carried.
      await client.change(uri, 3, [{ text: KT.replace('checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}', 'checkServerTrusted(chain: Array<X509Certificate>, authType: String) { delegate.checkServerTrusted(chain, authType) }') }]);
      const d = await client.diagnosticsFor(uri, (x) => !x.some((y) => String(y.message).endsWith(CARRIED)), 'fresh results');
      assert.deepEqual(summary(d), ['transport-cleartext-url@5']);
    } finally {
      await client.stop();
    }
  });
});
