import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyzer } from '../../server/out/core/analyzer';
import { applyEdits } from '../../server/out/core/fixes';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRules } from '../../server/out/node/rule-files';
import { oneRuleFolder } from './helpers/rule-folders';

/**
 * A sink reached by several sources is one finding: its fix edits every source, and its
 * variant is the one the source's pattern selects (a note through a local stays a note),
 * a source without variant coming first.
 */
const RULE_YAML = `id: tls-demo-versions
title: { en: Demo versions, ja: デモ }
description: { en: A demo flow rule., ja: デモのフロー規則。 }
severity: warning
confidence: high
tags: [test]
cwe: [CWE-327]
owasp: [M5:2024]
masvs: [MASVS-NETWORK-1]
references: [https://cwe.mitre.org/data/definitions/327.html]
triggers: ["TLS", "SSL"]
message: { en: "{{version}} reaches {{sink}}", ja: "{{version}} が {{sink}} に届きます" }
variants:
  alias:
    severity: note
    message: { en: "alias {{version}}", ja: "別名 {{version}}" }
    fixes:
      - { capture: version, find: "^'SSL'$", replace: "'TLS'", title: { en: Use TLS, ja: TLS を使う }, safe: true }
languages:
  typescript:
    query: queries/typescript.scm
    fixes:
      - { capture: version, find: "^'(TLSv1|TLSv1\\\\.1)'$", replace: "'TLSv1.2'", title: { en: Use TLSv1.2, ja: TLSv1.2 を使う }, safe: true }
`;

const QUERY = `
((string) @source @version
  (#eq? @version "'SSL'")
  (#set! variant "alias"))

((string) @source @version
  (#match? @version "^'(TLSv1|TLSv1\\\\.1)'$"))

((call_expression
  function: (identifier) @_fn
  arguments: (arguments . (_) @sink))
  (#eq? @_fn "configure"))
`;

function makeRulesDir(): string {
  return oneRuleFolder('tls-demo-versions', RULE_YAML, QUERY);
}

const TS = { language: 'typescript', grammar: 'typescript' } as const;

describe('flow rules: several sources, one sink', () => {
  const analyzer = new Analyzer(loadRules(makeRulesDir()), (id) => new GrammarLoader().load(id));

  test('one finding per sink; its fix rewrites every source; each source is a related location', async () => {
    const code = [
      "const versions = ['TLSv1.2', 'TLSv1.1', 'TLSv1'];", // 0
      'configure(versions);', // 1
    ].join('\n');
    const { findings } = await analyzer.analyze(code, TS);
    assert.deepEqual(findings.map((f) => f.range.start.line), [1]);
    assert.deepEqual(findings[0]!.related?.map((r) => r.range.start.character).sort(), [29, 40]);
    const fixed = applyEdits(code, findings[0]!.fix!.edits);
    assert.equal(fixed.split('\n')[0], "const versions = ['TLSv1.2'];", 'the weak entries go: TLSv1.2 is already there (never written twice)');
    assert.equal(findings[0]!.fix!.safe, true);
  });

  test('the variant of the source pattern decides: a note through a local stays a note', async () => {
    const code = "const name = insecure ? 'SSL' : 'TLS';\nconfigure(name);";
    const { findings } = await analyzer.analyze(code, TS);
    assert.deepEqual(findings.map((f) => [f.range.start.line, f.severity, f.variant, f.message.en]), [[1, 'note', 'alias', "alias 'SSL'"]]);
    assert.equal(applyEdits(code, findings[0]!.fix!.edits).split('\n')[0], "const name = insecure ? 'TLS' : 'TLS';");
  });

  test('a source without variant comes first: a note never hides the warning', async () => {
    const code = "const name = legacy ? 'SSL' : 'TLSv1';\nconfigure(name);";
    const { findings } = await analyzer.analyze(code, TS);
    assert.deepEqual(findings.map((f) => [f.severity, f.variant ?? 'default', f.message.en]), [['warning', 'default', "'TLSv1' reaches name"]]);
  });
});
