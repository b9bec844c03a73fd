import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Analyzer } from '../../server/out/core/analyzer';
import { isRemoteCleartextUrl } from '../../server/out/core/cleartext';
import { applyEdits } from '../../server/out/core/fixes';
import { detectLanguage } from '../../server/out/core/languages';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { isTestPath } from '../../server/out/scan/test-paths';
import { analyzer, REPO } from './helpers/engine';

const TS = { language: 'typescript', grammar: 'typescript' } as const;
const only = (id: string) => ({ ruleIds: new Set([id]) });
const URL_RULE = only('transport-cleartext-url');

describe('language detection', () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ['app/src/main/java/a/Net.java', 'java', 'java'],
    ['Net.kt', 'kotlin', 'kotlin'], ['build.gradle.kts', 'kotlin', 'kotlin'],
    ['Sources/App/API.swift', 'swift', 'swift'],
    ['src/a.ts', 'typescript', 'typescript'], ['src/App.tsx', 'typescript', 'tsx'],
    ['a.js', 'typescript', 'tsx'], ['a.jsx', 'typescript', 'tsx'], ['a.mjs', 'typescript', 'tsx'], ['a.cjs', 'typescript', 'tsx'],
    ['app/src/main/AndroidManifest.xml', 'android-xml', 'xml'],
    ['app/src/main/res/xml/network_security_config.xml', 'android-xml', 'xml'],
    ['ios/App/Info.plist', 'plist', 'xml'],
    ['types/index.d.ts', undefined, undefined], ['res/values/strings.xml', undefined, undefined], ['README.md', undefined, undefined],
  ];
  for (const [file, language, grammar] of cases) {
    test(file, () => {
      const d = detectLanguage(file);
      assert.deepEqual(d && [d.language, d.grammar], language && [language, grammar]);
    });
  }
});

describe('test code paths', () => {
  const tests = ['app/utils/url/test.ts', 'src/components/translation/test_fixtures_complex.ts', 'lib/test-utils.js',
    'packages/insomnia-smoke-test/server/oauth.ts', 'smoke-tests/run.mjs', 'src/a.test.tsx', 'src/__tests__/a.ts'];
  const shipped = ['src/testing.ts', 'src/latest.ts', 'src/contest.js', 'app/utils/url/index.ts', 'src/smoke.ts', 'src/attestation.ts'];
  for (const p of tests) test(`test code: ${p}`, () => assert.equal(isTestPath(p), true));
  for (const p of shipped) test(`shipped: ${p}`, () => assert.equal(isTestPath(p), false));
});

describe('cleartext URL decision', () => {
  const remote = ['"http://api.shop.io/v1"', "'ws://chat.shop.io'", '`http://${host}/x`', '"http://$host/api"', '"http://\\(host)/api"', '"http://192.168.1.20:8080"', '`http://${host}:${port}`', '`http://api.shop.io:${port}/v1`'];
  const local = ['"http://localhost:3000"', '`http://localhost:${port}/cb`', '`http://127.0.0.1:${this.port}`', '"http://localhost:$port"', '"http://127.0.0.1:\\(port)/x"', '"http://localhost:%d"', '"http://127.0.0.1/x"', '"http://10.0.2.2:8080"', '"http://[::1]/"', '"http://schemas.android.com/apk/res/android"',
    '"http://www.w3.org/2000/svg"', '"http://xml.org/sax/features/external-general-entities"', '"http://example.com"', '"https://api.shop.io"', '"see http://a.io for details"'];
  for (const s of remote) test(`remote: ${s}`, () => assert.equal(isRemoteCleartextUrl(s, false), true));
  for (const s of local) test(`not reported: ${s}`, () => assert.equal(isRemoteCleartextUrl(s, false), false));
  test('a bare scheme counts only when a host is concatenated to it', () => {
    assert.equal(isRemoteCleartextUrl('"http://"', true), true);
    assert.equal(isRemoteCleartextUrl('"http://"', false), false);
  });
});

describe('analyze()', () => {
  test('columns are UTF-16 code units, as LSP and SARIF expect', async () => {
    const r = await analyzer().analyze('const label = "日本語🙂"; const apiUrl = "http://api.shop.io";\n', TS, URL_RULE);
    assert.equal(r.findings.length, 1);
    assert.deepEqual(r.findings[0]!.range.start, { line: 0, character: 38 }); // 日本語 = 3 units, 🙂 = 2
  });

  test('suppression: several ids, block comments, and a marker inside a string does not count', async () => {
    const text = [
      '/* securecomm-ignore tls-weak-protocol-version, transport-cleartext-url -- staging only */',
      'const apiUrl = "http://staging.shop.io";',
      'const note = "securecomm-ignore transport-cleartext-url -- not a comment";',
      'const baseUrl = "http://api.shop.io";',
      'const hostUrl = "http://api.shop.io"; // securecomm-ignore transport-cleartext-url',
    ].join('\n');
    const r = await analyzer().analyze(text, TS, URL_RULE);
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.suppression?.reason ?? null]),
      [[1, 'staging only'], [3, null], [4, '']]);
  });

  test('fingerprints survive lines inserted above and tell identical findings apart', async () => {
    const body = 'const apiUrl = "http://api.shop.io";\nconst apiUrl2 = "http://api.shop.io";\n';
    const a = await analyzer().analyze(body, TS, URL_RULE);
    const b = await analyzer().analyze(`// new header\n\n${body}`, TS, URL_RULE);
    assert.deepEqual(a.findings.map((f) => f.fingerprint), b.findings.map((f) => f.fingerprint));
    assert.notEqual(a.findings[0]!.fingerprint, a.findings[1]!.fingerprint);
  });

  test('a half-typed file still gets best-effort findings and is marked', async () => {
    const r = await analyzer().analyze('const apiUrl = "http://api.shop.io";\nfunction broken( {\n  if (', TS, URL_RULE);
    assert.equal(r.hasSyntaxErrors, true);
    assert.equal(r.findings.length, 1);
  });

  test('a file over its time budget is reported as skipped, not hung on', async () => {
    const big = 'const apiUrl = "http://api.shop.io";\n'.repeat(20000);
    const r = await analyzer().analyze(big, TS, { ...URL_RULE, timeBudgetMs: 1 });
    assert.match(r.skipped ?? '', /took longer than the 1 ms time budget/);
    const again = await analyzer().analyze('const apiUrl = "http://api.shop.io";', TS, URL_RULE);
    assert.equal(again.findings.length, 1, 'the parser is usable after a cancelled parse');
  });

  test('files without any rule trigger are not parsed at all', async () => {
    const r = await analyzer().analyze('export const x = 1;\n', TS);
    assert.equal(r.millis.parse, 0);
    assert.deepEqual(r.findings, []);
  });

  test('config files are detected but have no checks yet', async () => {
    const r = await analyzer().analyze('<manifest android:usesCleartextTraffic="true"/>', { language: 'android-xml', grammar: 'xml' });
    assert.deepEqual(r.findings, []);
  });
});

describe('applyEdits', () => {
  test('applies from the end and never applies overlapping edits twice', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const out = applyEdits('abcdef', [
      { range, startIndex: 0, endIndex: 1, newText: 'A' },
      { range, startIndex: 4, endIndex: 6, newText: 'EF' },
      { range, startIndex: 3, endIndex: 5, newText: 'XX' },
    ]);
    assert.equal(out, 'AbcdEF');
  });
});

describe('debug-only code (transport-cleartext-url ignores it)', () => {
  const SWIFT = { language: 'swift', grammar: 'swift' } as const;
  const KOTLIN = { language: 'kotlin', grammar: 'kotlin' } as const;
  const lines = async (text: string, detected: { language: any; grammar: any }) =>
    (await analyzer().analyze(text, detected, URL_RULE)).findings.map((f) => f.range.start.line);

  test('the then-branch of a debug condition is silent; else-branches and negations are not', async () => {
    const text = [
      'fun urls() {',
      '  if (BuildConfig.DEBUG) { val devUrl = "http://dev.shop.io" } else { val prodUrl = "http://prod.shop.io" }',
      '  if (!BuildConfig.DEBUG) { val releaseUrl = "http://rel.shop.io" }',
      '  if (isDebugBuild) { val localUrl = "http://dev.shop.io" }',
      '}',
    ].join('\n');
    const found = await analyzer().analyze(text, KOTLIN, URL_RULE);
    assert.deepEqual(found.findings.map((f) => f.range.start.character > 60 ? 'else' : f.range.start.line), ['else', 2]);
    assert.deepEqual(await lines("if (Setting.value('env') === Env.Dev) {\n  fetch('http://api.cloud.local:22300');\n}\n", TS), []);
    assert.deepEqual(await lines('if (__DEV__) {\n  fetch("http://dev.shop.io");\n} else {\n  fetch("http://prod.shop.io");\n}\n', TS), [3]);
  });

  test('Swift #if DEBUG regions are silent, #else and after #endif are not', async () => {
    const text = '#if DEBUG\nlet devURL = "http://dev.shop.io"\n#else\nlet prodURL = "http://prod.shop.io"\n#endif\nlet otherURL = "http://x.shop.io"\n';
    assert.deepEqual(await lines(text, SWIFT), [3, 5]);
  });
});

describe('core is given its rules and grammars (no disk access; the web extension needs this)', () => {
  test('nothing under server/src/core reads files, runs processes or talks LSP', () => {
    const coreDir = path.join(REPO, 'server', 'src', 'core');
    for (const file of fs.readdirSync(coreDir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(coreDir, file), 'utf8');
      const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
      for (const banned of ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'vscode', 'vscode-languageserver']) {
        assert.ok(!imports.some((i) => i === banned || i?.startsWith(`${banned}/`)), `core/${file} imports ${banned}`);
      }
      assert.doesNotMatch(source, /installRoot|__dirname/, `core/${file} looks for files`);
    }
  });

  test('an Analyzer built from loaded rules and a grammar function finds what the shared one finds', async () => {
    const asked: string[] = [];
    const own = new Analyzer(analyzer().rules, (id) => { asked.push(id); return new GrammarLoader().load(id); });
    const text = 'const a = "http://api.shop.io/v1";\nconst b = "http://api.shop.io/v2";\n';
    const mine = await own.analyze(text, TS, URL_RULE);
    assert.deepEqual(mine.findings, (await analyzer().analyze(text, TS, URL_RULE)).findings);
    await own.analyze(text, TS, URL_RULE);
    assert.deepEqual(asked, ['typescript'], 'each grammar is asked for once');
    own.dispose();
  });
});
