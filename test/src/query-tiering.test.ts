import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Analyzer } from '../../server/out/core/analyzer';
import { INTERPRETER_ONLY, type TieringPolicy } from '../../server/out/core/compiled-rules';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { oneRuleFolder } from './helpers/rule-folders';

/**
 * The engine's two query tiers (compiled-rules.ts): a rule runs in the query interpreter
 * until it has matched enough text, then in tree-sitter's compiled query; a query the
 * interpreter cannot run, or cannot be sure of on a file, goes to tree-sitter.
 */
const TS = { language: 'typescript', grammar: 'typescript' } as const;
const ID = 'tls-tier-demo';
const RULE_YAML = `id: ${ID}
title: { en: Tier demo, ja: ティアのデモ }
description: { en: A rule for the query tiers., ja: クエリのティアのルール。 }
severity: warning
confidence: high
tags: [test]
cwe: [CWE-319]
owasp: [M5:2024]
masvs: [MASVS-NETWORK-1]
references: [https://cwe.mitre.org/data/definitions/319.html]
triggers: ["fetch"]
message: { en: "call {{finding}}", ja: "呼び出し {{finding}}" }
languages:
  typescript:
    query: queries/typescript.scm
`;
const QUERY = '((call_expression function: (identifier) @_f arguments: (arguments (string) @finding)) (#eq? @_f "fetch"))\n';
const CODE = 'fetch("http://a.example");\nfetch("http://b.example");\n'; // 54 characters

function analyzer(policy: TieringPolicy, query = QUERY): Analyzer {
  const loader = new GrammarLoader();
  return new Analyzer(loadRules(oneRuleFolder(ID, RULE_YAML, query)), (id) => loader.load(id), loadWordLists(), policy);
}

const after = (chars: number, compile: TieringPolicy['compile']): TieringPolicy => ({
  compileAfterChars: { java: chars, kotlin: chars, swift: chars, typescript: chars }, compile,
});

const lines = (r: Awaited<ReturnType<Analyzer['analyze']>>): number[] => r.findings.map((f) => f.range.start.line);

describe('query tiers', () => {
  test('a rule starts in the interpreter: building its query is what a cold start pays', async () => {
    const a = analyzer(INTERPRETER_ONLY);
    try {
      for (let i = 0; i < 3; i++) assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]);
      assert.equal(a.queryTier(ID, 'typescript'), 'interpreter');
      assert.deepEqual(a.queryCompileTimes().map((t) => [t.ruleId, t.grammar, t.tier, t.patterns]), [[ID, 'typescript', 'interpreter', 1]]);
    } finally {
      a.dispose();
    }
  });

  test("'inline': compiled by tree-sitter before the first file after the rule has matched enough text", async () => {
    const a = analyzer(after(100, 'inline'));
    try {
      assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]); // 54 characters
      assert.equal(a.queryTier(ID, 'typescript'), 'interpreter');
      assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]); // 108: compiled, then run
      assert.equal(a.queryTier(ID, 'typescript'), 'tree-sitter');
      assert.deepEqual(a.queryCompileTimes().map((t) => t.tier), ['interpreter', 'tree-sitter']);
      assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]);
    } finally {
      a.dispose();
    }
  });

  test("'idle': due queries wait for compileDue(), which an editor calls when no document waits", async () => {
    const a = analyzer(after(100, 'idle'));
    try {
      await a.analyze(CODE, TS);
      await a.analyze(CODE, TS);
      assert.equal(a.queryTier(ID, 'typescript'), 'interpreter');
      assert.equal(a.hasDueQueries(), true);
      let pauses = 0;
      await a.compileDue(async () => { pauses++; });
      assert.equal(pauses, 1);
      assert.equal(a.hasDueQueries(), false);
      assert.equal(a.queryTier(ID, 'typescript'), 'tree-sitter');
      assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]);
    } finally {
      a.dispose();
    }
  });

  test('a query the interpreter does not run goes to tree-sitter at once', async () => {
    const a = analyzer(INTERPRETER_ONLY, `${QUERY}(MISSING identifier) @finding\n`);
    try {
      assert.deepEqual(lines(await a.analyze(CODE, TS)), [0, 1]);
      assert.equal(a.queryTier(ID, 'typescript'), 'tree-sitter');
    } finally {
      a.dispose();
    }
  });

  test('a broken query gives the error tree-sitter gives, in every tier', async () => {
    for (const policy of [INTERPRETER_ONLY, after(0, 'inline')]) {
      const a = analyzer(policy, '((call_expression function: (identifer) @finding))\n');
      try {
        const result = await a.analyze(CODE, TS);
        assert.equal(result.ruleErrors?.length, 1);
        assert.match(result.ruleErrors![0]!.message, /typescript\.scm:1: query does not compile: Bad node name 'identifer'/);
      } finally {
        a.dispose();
      }
    }
  });

  test('when the interpreter cannot be sure of a file, tree-sitter answers, and runs the rule from then on', async () => {
    // Whether tree-sitter keeps looking for `(identifier) . (number)` past the first identifier
    // depends on its grammar analysis; here the match with `b, 1` needs it to.
    const query = '((call_expression function: (identifier) @_f arguments: (arguments (identifier) . (number) @finding)) (#eq? @_f "fetch"))\n';
    const a = analyzer(INTERPRETER_ONLY, query);
    try {
      assert.deepEqual(lines(await a.analyze('fetch(a, b, 1);\n', TS)), [0]);
      assert.equal(a.queryTier(ID, 'typescript'), 'tree-sitter');
      assert.deepEqual(a.queryCompileTimes().map((t) => t.tier), ['interpreter', 'tree-sitter']);
    } finally {
      a.dispose();
    }
  });
});
