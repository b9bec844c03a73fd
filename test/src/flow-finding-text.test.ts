import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyzer, languageOf } from './helpers/engine';

/**
 * A flow finding's message names the value that reaches the sink (flow-finding-text.ts):
 * the whole URL built on the way, unknown parts as `…`, and a flag together with its name.
 */
async function messages(file: string, code: string, ruleId: string): Promise<string[]> {
  const { findings } = await analyzer().analyze(code, languageOf(file), { ruleIds: new Set([ruleId]) });
  return findings.map((f) => f.message.en);
}

describe('flow finding messages', () => {
  test('a scheme prefix shows the URL it becomes, with unknown parts as …', async () => {
    const [message] = await messages('a.ts', "const api = 'http://' + region + '.shop.io/api';\nfetch(api);\n", 'transport-cleartext-url');
    assert.match(message ?? '', /^Cleartext URL "http:\/\/…\.shop\.io\/api": /);
  });

  test('a Kotlin template shows the resolved URL', async () => {
    const code = 'const val BASE = "http://api.shopfront.io"\nfun client(): Retrofit = Retrofit.Builder().baseUrl("$BASE/v1/").build()\n';
    const [message] = await messages('A.kt', code, 'transport-cleartext-url');
    assert.match(message ?? '', /^Cleartext URL "http:\/\/api\.shopfront\.io\/v1\/": /);
  });

  test('an option shows its name, not only false', async () => {
    const [message] = await messages('a.ts', 'const opts = { rejectUnauthorized: false };\nhttps.request(opts);\n', 'tls-trust-all-certificates');
    assert.match(message ?? '', /\(rejectUnauthorized: false\)/);
  });

  test('a literal that reaches the sink whole is shown as written', async () => {
    const [message] = await messages('a.ts', "const url = 'http://api.shop.io/v1';\nfetch(url);\n", 'transport-cleartext-url');
    assert.match(message ?? '', /^Cleartext URL 'http:\/\/api\.shop\.io\/v1': /);
  });
});
