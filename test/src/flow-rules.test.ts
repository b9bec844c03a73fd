import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Analyzer } from '../../server/out/core/analyzer';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { toDiagnostic } from '../../server/out/lsp/diagnostics';
import { oneRuleFolder } from './helpers/rule-folders';

/**
 * A flow rule end to end: `@source` / `@sink` / `@sanitizer` patterns in a query, the finding
 * at the sink, the source as related location, the steps on the way, the fix on the source,
 * and a direct finding on a source that reaches a sink reported once.
 */
const RULE_YAML = `id: transport-demo-flow
title: { en: Demo flow, ja: デモ }
description: { en: A demo flow rule., ja: デモのフロー規則。 }
severity: warning
confidence: medium
tags: [test]
cwe: [CWE-319]
owasp: [M5:2024]
masvs: [MASVS-NETWORK-1]
references: [https://cwe.mitre.org/data/definitions/319.html]
triggers: ["http://"]
message: { en: "cleartext {{finding}} reaches {{sink}}", ja: "平文 {{finding}} が {{sink}} に届きます" }
languages:
  typescript:
    query: queries/typescript.scm
    fixes:
      - { capture: finding, find: "http://", replace: "https://", title: { en: Use https, ja: https を使う }, safe: false }
`;

const QUERY = `
; a cleartext URL literal
((string (string_fragment) @_text) @source
  (#match? @_text "^http://"))

; the first argument of fetch(…)
((call_expression
  function: (identifier) @_fn
  arguments: (arguments . (_) @sink))
  (#eq? @_fn "fetch"))

; upgrade(x) makes a value safe
((call_expression
  function: (identifier) @_up) @sanitizer
  (#eq? @_up "upgrade"))

; const apiUrl = "http://…": reported where declared, unless a sink already reports it
((variable_declarator
  name: (identifier) @_name
  value: (string) @finding)
  (#match? @_name "Url$"))
`;

function makeRulesDir(): string {
  return oneRuleFolder('transport-demo-flow', RULE_YAML, QUERY);
}

const TS = { language: 'typescript', grammar: 'typescript' } as const;

describe('flow rules', () => {
  const analyzer = new Analyzer(loadRules(makeRulesDir()), (id) => new GrammarLoader().load(id));
  const code = [
    "const base = 'http://api.shop.io';", // 0
    'const apiUrl = `${base}/v1`;', // 1
    'const unusedUrl = "http://other.io";', // 2
    'function go() {', // 3
    '  fetch(apiUrl);', // 4
    '  fetch(upgrade(base));', // 5
    "  fetch('https://safe.io');", // 6
    '}', // 7
  ].join('\n');

  test('the finding sits at the sink; the source is related; the path has every step', async () => {
    const { findings } = await analyzer.analyze(code, TS);
    const flow = findings.find((f) => f.range.start.line === 4)!;
    assert.ok(flow, 'a finding on fetch(apiUrl)');
    // the message shows the value that reaches the sink, not only the literal it started from
    assert.equal(flow.message.en, 'cleartext "http://api.shop.io/v1" reaches apiUrl');
    assert.deepEqual(flow.related?.map((r) => r.range.start.line), [0]);
    assert.deepEqual(flow.flowSteps?.map((s) => s.range.start.line), [0, 1, 1, 4]);
    assert.deepEqual(flow.fix?.edits.map((e) => [e.range.start.line, e.newText]), [[0, 'https://']]);
  });

  test('a sanitizer on the way stops the flow; a safe literal is no source', async () => {
    const { findings } = await analyzer.analyze(code, TS);
    assert.deepEqual(findings.map((f) => f.range.start.line).sort(), [2, 4]);
  });

  test('a direct finding whose node reaches a sink is reported once, at the sink', async () => {
    const direct = await analyzer.analyze('const apiUrl = "http://a.io";\nfetch(apiUrl);', TS);
    assert.deepEqual(direct.findings.map((f) => f.range.start.line), [1]);
    const alone = await analyzer.analyze('const apiUrl = "http://a.io";\nconsole.log(apiUrl);', TS);
    assert.deepEqual(alone.findings.map((f) => f.range.start.line), [0]);
  });

  test('the language server shows the source as related information', async () => {
    const { findings } = await analyzer.analyze(code, TS);
    const d = toDiagnostic(findings.find((f) => f.range.start.line === 4)!, undefined, 'ja', 'file:///w/a.ts');
    assert.deepEqual(d.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]), [['file:///w/a.ts', 0, '値はここから来ています']]);
  });

  test('a query naming an unknown word list is rejected at the line that names it', async () => {
    const dir = makeRulesDir();
    fs.writeFileSync(path.join(dir, 'transport-demo-flow', 'queries', 'typescript.scm'), ';; x\n((identifier) @finding\n  (#sc-in-list? @finding "nope-list"))\n');
    const broken = new Analyzer(loadRules(dir), (id) => new GrammarLoader().load(id), loadWordLists());
    const r = await broken.analyze("fetch('http://a.io')", TS);
    assert.match(r.ruleErrors?.[0]?.message ?? '', /typescript\.scm:3: unknown word list 'nope-list'/);
  });

  test('a query with @source but no @sink is rejected with the reason', () => {
    const dir = makeRulesDir();
    fs.writeFileSync(path.join(dir, 'transport-demo-flow', 'queries', 'typescript.scm'), '((string) @source)');
    const broken = new Analyzer(loadRules(dir), (id) => new GrammarLoader().load(id));
    return broken.analyze("fetch('http://a.io')", TS).then((r) => {
      assert.match(r.ruleErrors?.[0]?.message ?? '', /a flow needs both @source and @sink/);
    });
  });
});
