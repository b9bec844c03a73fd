import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { project, securecomm } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';

/** Half-typed: the string on line 4 never ends, so checking stops being sure from line 3. */
const HALF_TYPED_KT = [
  'const val BASE_URL = "http://api.shop.io/"',
  '',
  'fun checkout() {',
  '    val s = "unterminated',
  '    println(s)',
  '}',
].join('\n');
const BINARY_KT = Buffer.from([0x63, 0x6f, 0x6e, 0x73, 0x74, 0x00, 0x01, 0x02]);
const BAD_CONFIG = '# team settings\nrules:\n  transport-cleartext-url: disabled\nexclude: legacy/\n';

describe('securecomm scan --locale ja: what the user reads besides the findings is Japanese', () => {
  const dir = project({ 'src/Checkout.kt': HALF_TYPED_KT, 'src/blob.kt': BINARY_KT, '.securecomm.yml': BAD_CONFIG });

  test('.securecomm.yml mistakes, each with its line', () => {
    const r = securecomm(['scan', '.', '--locale', 'ja'], dir);
    assert.equal(r.code, 2, r.stderr);
    assert.deepEqual(r.stderr.trimEnd().split('\n'), [
      "securecomm: .securecomm.yml:3: 'rules.transport-cleartext-url' には次のいずれかを指定してください: off, on, error, warning, note",
      "securecomm: .securecomm.yml:4: 'exclude' には配列を指定してください",
    ]);
    assert.match(securecomm(['scan', '.'], dir).stderr, /\.securecomm\.yml:4: 'exclude' must be array/, 'English without --locale');
  });

  test('the skip reason, the partly-analysed note and the summary line; JSON keeps English', () => {
    const fixed = project({ 'src/Checkout.kt': HALF_TYPED_KT, 'src/blob.kt': BINARY_KT, '.securecomm.yml': 'exclude: [legacy/]\n' });
    const r = securecomm(['scan', '.', '--locale', 'ja'], fixed);
    assert.equal(r.code, 1, r.stderr);
    const lines = r.stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^src\/Checkout\.kt:1:\d+ {2}warning {2}transport-cleartext-url {2}.*平文/);
    assert.deepEqual(lines.slice(1), [
      'src/Checkout.kt  注記      3 行目付近に構文エラーがあります。パーサーが読み取れた範囲までを検査しました',
      'src/blob.kt  スキップ  バイナリファイルです（NUL バイトを含みます）',
      '検出 1 件（error 0、warning 1、note 0）、解析 1 ファイル、抑制 0 件、スキップ 1 ファイル',
    ]);
    const json = JSON.parse(securecomm(['scan', '.', '--locale', 'ja', '--format', 'json'], fixed).stdout);
    assert.deepEqual(json.skipped, [{ path: 'src/blob.kt', reason: 'binary file (contains NUL bytes)' }]);
    assert.deepEqual(json.notes, [{ path: 'src/Checkout.kt', note: 'syntax error near line 3: checked as far as the parser could read the code' }]);
  });
});

describe('language server with locale ja: .securecomm.yml mistakes and the partly-analysed note', () => {
  test('diagnostics in .securecomm.yml and the status message of a half-typed file are Japanese', async () => {
    const dir = project({ '.securecomm.yml': BAD_CONFIG });
    const client = await LspClient.start({ locale: 'ja', workspaceFolder: dir });
    try {
      const configUri = `file://${dir}/.securecomm.yml`;
      const onDisk = await client.diagnosticsFor(configUri, (d) => d.length === 2, 'the saved file\'s mistakes');
      assert.deepEqual(onDisk.map((d) => [d.range.start.line, d.message]), [
        [2, "'rules.transport-cleartext-url' には次のいずれかを指定してください: off, on, error, warning, note"],
        [3, "'exclude' には配列を指定してください"],
      ]);
      // As it is typed, before it is saved.
      await client.open(configUri, 'yaml', 'rules:\n  tls-trust-al: off\n');
      const typed = await client.diagnosticsFor(configUri, (d) => d.length === 1 && d[0]!.range.start.line === 1, 'the typed text\'s mistake');
      assert.match(String(typed[0]!.message), /^'tls-trust-al' というルールはありません（'tls-trust-all-certificates' のことですか？）/);

      const uri = `file://${dir}/src/Checkout.kt`;
      fs.mkdirSync(path.join(dir, 'src'));
      await client.open(uri, 'kotlin', HALF_TYPED_KT);
      const status = await client.until(() => client.statuses.find((s) => s.uri === uri && s.state === 'ready'), 'the status of Checkout.kt');
      assert.equal(status.message, '3 行目付近に構文エラーがあります。パーサーが読み取れた範囲までを検査しました');
      assert.ok(client.logs.some((l) => l.includes('partly analysed: syntax error near line 3')), 'the output channel stays English (a log)');
    } finally {
      await client.stop();
    }
  });
});
