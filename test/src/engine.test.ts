import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { DiagnosticSeverity } from 'vscode-languageserver/node';
import { Analyzer } from '../../server/out/core/analyzer';
import { compileQuery } from '../../server/out/core/compiled-rules';
import { ConfigError } from '../../server/out/core/config-error';
import { isRemoteCleartextUrl } from '../../server/out/core/cleartext';
import { applyEdits } from '../../server/out/core/fixes';
import { renderNote } from '../../server/out/core/notes';
import { detectLanguage } from '../../server/out/core/languages';
import { toDiagnostic } from '../../server/out/lsp/diagnostics';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRule, loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { formatJson } from '../../server/out/report/json';
import { formatSarif } from '../../server/out/report/sarif';
import { analyzer, languageOf, REPO } from './helpers/engine';
import { oneRuleFolder } from './helpers/rule-folders';

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
    ['app/src/main/AndroidManifest.xml', 'xml', 'xml'],
    ['app/src/main/res/xml/network_security_config.xml', 'xml', 'xml'],
    ['app/src/main/res/xml-v24/net.xml', 'xml', 'xml'],
    ['ios/App/Info.plist', 'plist', 'xml'], ['ios/App/App-Info.plist', 'plist', 'xml'],
    ['www/config.xml', 'xml', 'xml'], ['app.json', 'json', undefined], ['capacitor.config.json', 'json', undefined],
    ['capacitor.config.ts', 'typescript', 'typescript'], ['app.config.js', 'typescript', 'tsx'],
    ['types/index.d.ts', undefined, undefined], ['res/values/strings.xml', undefined, undefined], ['README.md', undefined, undefined],
  ];
  for (const [file, language, grammar] of cases) {
    test(file, () => {
      const d = detectLanguage(file);
      assert.deepEqual(d && [d.language, d.grammar], language && [language, grammar]);
    });
  }
});

describe('cleartext URL decision', () => {
  const LISTS = loadWordLists();
  const remote = ['"http://api.shop.io/v1"', "'ws://chat.shop.io'", '`http://${host}/x`', '"http://$host/api"', '"http://\\(host)/api"', '"http://192.168.1.20:8080"', '`http://${host}:${port}`', '`http://api.shop.io:${port}/v1`'];
  const local = ['"http://localhost:3000"', '`http://localhost:${port}/cb`', '`http://127.0.0.1:${this.port}`', '"http://localhost:$port"', '"http://127.0.0.1:\\(port)/x"', '"http://localhost:%d"', '"http://127.0.0.1/x"', '"http://10.0.2.2:8080"', '"http://[::1]/"', '"http://schemas.android.com/apk/res/android"',
    '"http://www.w3.org/2000/svg"', '"http://xml.org/sax/features/external-general-entities"', '"http://example.com"', '"https://api.shop.io"', '"see http://a.io for details"'];
  for (const s of remote) test(`remote: ${s}`, () => assert.equal(isRemoteCleartextUrl(s, false, LISTS), true));
  for (const s of local) test(`not reported: ${s}`, () => assert.equal(isRemoteCleartextUrl(s, false, LISTS), false));
  test('a bare scheme counts only when a host is concatenated to it', () => {
    assert.equal(isRemoteCleartextUrl('"http://"', true, LISTS), true);
    assert.equal(isRemoteCleartextUrl('"http://"', false, LISTS), false);
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
      '// securecomm-ignore transport-cleartext-url -- <reason>',
      'const cdnUrl = "http://cdn.shop.io";',
    ].join('\n');
    const r = await analyzer().analyze(text, TS, URL_RULE);
    // The editor's "<reason>" placeholder, left unedited, is no reason.
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.suppression?.reason ?? null]),
      [[1, 'staging only'], [3, null], [4, ''], [6, '']]);
  });

  test('securecomm-ignore-file silences a rule in the whole file, and only that rule', async () => {
    const text = [
      '// securecomm-ignore-file transport-cleartext-url -- generated client for the lab network',
      'const apiUrl = "http://lab.shop.io";',
      '',
      'const otherUrl = "http://lab2.shop.io";',
      'const note = "securecomm-ignore-file transport-cleartext-url -- in a string, not a comment";',
    ].join('\n');
    const r = await analyzer().analyze(text, TS, URL_RULE);
    assert.deepEqual(r.findings.map((f) => [f.range.start.line, f.suppression?.reason]),
      [[1, 'generated client for the lab network'], [3, 'generated client for the lab network']]);
    const inString = await analyzer().analyze(text.split('\n').slice(1).join('\n'), TS, URL_RULE);
    assert.ok(inString.findings.every((f) => !f.suppression), 'a marker inside a string does not count');
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
    assert.match(r.skipped ? renderNote(r.skipped, 'en') : '', /took longer than the 1 ms time budget/);
    const again = await analyzer().analyze('const apiUrl = "http://api.shop.io";', TS, URL_RULE);
    assert.equal(again.findings.length, 1, 'the parser is usable after a cancelled parse');
  });

  test('files without any rule trigger are not parsed at all', async () => {
    const r = await analyzer().analyze('export const x = 1;\n', TS);
    assert.equal(r.millis.parse, 0);
    assert.deepEqual(r.findings, []);
  });

  test('a rule with alsoNeeds runs only on files that contain one of its triggers and one of those too', async () => {
    const yaml = `id: auth-also-needs-demo
title: { en: Demo, ja: デモ }
description: { en: A rule with two prefilters., ja: 二つの前置きフィルターを持つルール。 }
severity: warning
confidence: high
tags: [test]
cwe: [CWE-532]
owasp: [M6:2024]
masvs: [MASVS-STORAGE-2]
references: [https://cwe.mitre.org/data/definitions/532.html]
triggers: [console]
alsoNeeds: [oken]
message: { en: "logged {{finding}}", ja: "ログ {{finding}}" }
languages:
  typescript:
    query: queries/typescript.scm
`;
    const query = '((call_expression arguments: (arguments (identifier) @finding)))\n';
    const rules = loadRules(oneRuleFolder('auth-also-needs-demo', yaml, query));
    const demo = new Analyzer(rules, (id) => new GrammarLoader().load(id));
    try {
      const both = await demo.analyze('console.log(authToken);\n', TS);
      assert.deepEqual(both.findings.map((f) => f.message.en), ['logged authToken']);
      const triggerOnly = await demo.analyze('console.log(user);\n', TS);
      assert.deepEqual(triggerOnly.findings, []);
      assert.equal(triggerOnly.millis.parse, 0, 'not even parsed');
      assert.equal((await demo.analyze('log(authToken);\n', TS)).millis.parse, 0, 'the second list alone is not enough');
      assert.equal((await demo.analyze('console.log(user);\n', TS, { ignoreTriggers: true })).findings.length, 1, 'ignoreTriggers ignores both');
    } finally {
      demo.dispose();
    }
  });

  test('a res/xml file that is not a network security config is not read as one', async () => {
    const text = '<PreferenceScreen><base-config cleartextTrafficPermitted="true"/></PreferenceScreen>';
    const r = await analyzer().analyze(text, languageOf('app/src/main/res/xml/prefs.xml'), { ignoreTriggers: true });
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
      '  if (BuildConfig.DEBUG) { get(url = "http://dev.shop.io") } else { get(url = "http://prod.shop.io") }',
      '  if (!BuildConfig.DEBUG) { get(url = "http://rel.shop.io") }',
      '  if (isDebugBuild) { get(url = "http://dev.shop.io") }',
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

describe('rule variants: one rule, several severities, confidences and messages', () => {
  const RULE_YAML = `id: tls-variant-demo
title: { en: Variant demo, ja: バリアントのデモ }
description: { en: A rule whose patterns report differently., ja: パターンごとに報告が異なるルール。 }
severity: warning
confidence: high
tags: [test]
cwe: [CWE-319]
owasp: [M5:2024]
masvs: [MASVS-NETWORK-1]
references: [https://cwe.mitre.org/data/definitions/319.html]
triggers: ["http://"]
message: { en: "default {{finding}}", ja: "既定 {{finding}}" }
variants:
  browser:
    severity: note
    message: { en: "browser {{finding}}", ja: "ブラウザー {{finding}}" }
  legacy:
    confidence: low
    message: { en: "legacy", ja: "レガシー" }
    fixes:
      - { capture: finding, find: "legacy", replace: "modern", title: { en: Modernise, ja: 近代化 }, safe: true }
languages:
  typescript:
    query: queries/typescript.scm
    fixes:
      - { capture: finding, find: "http://", replace: "https://", title: { en: Use https, ja: https を使う }, safe: false }
`;
  const BROWSER = `((call_expression
  function: (member_expression property: (property_identifier) @_m)
  arguments: (arguments (string) @finding))
  (#eq? @_m "openURL")
  (#set! variant "browser"))
`;
  const GENERAL = `((call_expression arguments: (arguments (string) @finding)))
`;
  const LEGACY = `((string) @finding
  (#match? @finding "legacy")
  (#set! variant "legacy"))
`;
  const CODE = 'fetch("http://api.shop.io");\nLinking.openURL("http://shop.io/help");\nconst legacyUrl = "http://legacy.shop.io";\n';

  function ruleDir(query: string, yaml = RULE_YAML): string {
    return oneRuleFolder('tls-variant-demo', yaml, query);
  }
  const analyze = async (query: string) => {
    const demo = new Analyzer(loadRules(ruleDir(query)), (id) => new GrammarLoader().load(id));
    try {
      return (await demo.analyze(CODE, TS)).findings;
    } finally {
      demo.dispose();
    }
  };

  test('a pattern with (#set! variant) reports with the variant; the rest keep the rule defaults', async () => {
    const findings = await analyze(BROWSER + GENERAL + LEGACY);
    const view = findings.map((f) => [f.range.start.line, f.variant ?? '-', f.severity, f.confidence, f.message.en, f.message.ja, f.fix?.edits[0]?.newText]);
    assert.deepEqual(view, [
      [0, '-', 'warning', 'high', 'default "http://api.shop.io"', '既定 "http://api.shop.io"', 'https://'],
      // the variant has no fixes of its own: the language's fix is kept
      [1, 'browser', 'note', 'high', 'browser "http://shop.io/help"', 'ブラウザー "http://shop.io/help"', 'https://'],
      // only confidence and message change; its own fix replaces the language's
      [2, 'legacy', 'warning', 'low', 'legacy', 'レガシー', 'modern'],
    ]);
  });

  test('when two patterns report the same range, the one written first in the query wins', async () => {
    const browserFirst = await analyze(BROWSER + GENERAL);
    assert.deepEqual(browserFirst.map((f) => f.variant ?? '-'), ['-', 'browser']);
    const generalFirst = await analyze(GENERAL + BROWSER);
    assert.deepEqual(generalFirst.map((f) => f.variant ?? '-'), ['-', '-']);
    assert.equal(generalFirst[1]!.severity, 'warning');
  });

  test('fingerprints do not depend on the variant, so baselines survive a re-classification', async () => {
    const a = await analyze(BROWSER + GENERAL);
    const b = await analyze(GENERAL + BROWSER);
    assert.deepEqual(a.map((f) => f.fingerprint), b.map((f) => f.fingerprint));
  });

  test('a user severity from .securecomm.yml still applies to every finding of the rule', async () => {
    const demo = new Analyzer(loadRules(ruleDir(BROWSER + GENERAL)), (id) => new GrammarLoader().load(id));
    const r = await demo.analyze(CODE, TS, { severities: new Map([['tls-variant-demo', 'error']]) });
    demo.dispose();
    assert.deepEqual(r.findings.map((f) => [f.variant ?? '-', f.severity]), [['-', 'error'], ['browser', 'error']]);
  });

  test('(#set! variant) naming an undeclared variant is a compile error with file and line', async () => {
    const ts = await new GrammarLoader().load('typescript');
    const dir = path.join(ruleDir(GENERAL + '; (#set! variant "typo") in a comment does not count\n' + BROWSER.replace('"browser"', '"browsr"')), 'tls-variant-demo');
    assert.throws(() => compileQuery(loadRule(dir), 'typescript', ts),
      (e: Error) => e instanceof ConfigError && /typescript\.scm:7: \(#set! variant "browsr"\) names no variant of rule\.yaml \(declared: browser, legacy\)$/.test(e.message));
    const bare = path.join(ruleDir(GENERAL.replace('))\n', ')\n  (#set! variant))\n')), 'tls-variant-demo');
    assert.throws(() => compileQuery(loadRule(bare), 'typescript', ts), /typescript\.scm:2: \(#set! variant\) needs a name/);
    const none = path.join(ruleDir(BROWSER, RULE_YAML.replace(/^variants:[\s\S]*?^languages:/m, 'languages:')), 'tls-variant-demo');
    assert.throws(() => compileQuery(loadRule(none), 'typescript', ts), /it declares none/);
  });

  test('rule.yaml validation covers variants', () => {
    const load = (yaml: string) => () => loadRule(path.join(ruleDir(GENERAL, yaml), 'tls-variant-demo'));
    assert.throws(load(RULE_YAML.replace('severity: note', 'severity: info')), /rule\.yaml:15: 'variants\.browser\.severity' must be one of: error, warning, note$/);
    assert.throws(load(RULE_YAML.replace('    confidence: low\n    message: { en: "legacy", ja: "レガシー" }\n', '    confidence: low\n')), /'variants\.legacy' is missing the field 'message'/);
    assert.throws(load(RULE_YAML.replace('  browser:', '  Browser_Link:')), /rule\.yaml:14: 'variants\.Browser_Link' is not a valid name \(expected the form/);
    assert.throws(load(RULE_YAML.replace('find: "legacy"', 'find: "(legacy"')), /'variants\.legacy\.fixes\.0\.find' is not a valid regular expression/);
  });

  test('SARIF keeps the rule default level in the descriptor; results, JSON and LSP follow the finding', async () => {
    const root = ruleDir(BROWSER + GENERAL);
    const rules = loadRules(root);
    const demo = new Analyzer(rules, (id) => new GrammarLoader().load(id));
    const { findings } = await demo.analyze(CODE, TS);
    demo.dispose();
    const reports = [{ file: path.join(root, 'app.ts'), findings }];
    const sarif = JSON.parse(formatSarif(reports, rules, root, '0.0.0'));
    assert.equal(sarif.runs[0].tool.driver.rules[0].defaultConfiguration.level, 'warning');
    assert.deepEqual(sarif.runs[0].results.map((r: { level: string; message: { text: string } }) => [r.level, r.message.text]),
      [['warning', 'default "http://api.shop.io"'], ['note', 'browser "http://shop.io/help"']]);
    const json = JSON.parse(formatJson(reports, root, '0.0.0'));
    assert.deepEqual(json.findings.map((f: { severity: string }) => f.severity), ['warning', 'note']);
    assert.deepEqual(findings.map((f) => toDiagnostic(f, rules[0], 'ja').severity), [DiagnosticSeverity.Warning, DiagnosticSeverity.Information]);
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
    const own = new Analyzer(analyzer().rules, (id) => { asked.push(id); return new GrammarLoader().load(id); }, analyzer().lists);
    const text = 'const a = "http://api.shop.io/v1";\nconst b = "http://api.shop.io/v2";\n';
    const mine = await own.analyze(text, TS, URL_RULE);
    assert.deepEqual(mine.findings, (await analyzer().analyze(text, TS, URL_RULE)).findings);
    await own.analyze(text, TS, URL_RULE);
    assert.deepEqual(asked, ['typescript'], 'each grammar is asked for once');
    own.dispose();
  });
});
