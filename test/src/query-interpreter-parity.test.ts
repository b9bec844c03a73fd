import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import { Parser, Query, type Language } from 'web-tree-sitter';
import { Analyzer } from '../../server/out/core/analyzer';
import { DEFAULT_TIERING, INTERPRETER_ONLY } from '../../server/out/core/compiled-rules';
import { detectLanguage } from '../../server/out/core/languages';
import { InterpretedQuery } from '../../server/out/core/query-interpreter/query';
import { RULE_LANGUAGES, type GrammarId, type RuleLanguage } from '../../server/out/core/types';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { REPO, RULES_DIR } from './helpers/engine';
import { compareQuery } from './helpers/query-parity';

/**
 * Differential tests of the query interpreter (server/src/core/query-interpreter/) against
 * web-tree-sitter's Query: every rule's query in every language, on every example file of
 * every rule and every file of the demo project in that language (a file and its grammar:
 * TypeScript queries run on .ts with the TypeScript grammar and on .js/.tsx with TSX). The
 * same matches with the same captures in the same order, and the same findings from the
 * engine with either tier.
 */
const loader = new GrammarLoader();
const rules = loadRules();

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.includes(`${path.sep}node_modules${path.sep}`));
}

const SAMPLES: { file: string; language: RuleLanguage; grammar: GrammarId }[] = [
  ...rules.flatMap((r) => filesUnder(path.join(r.dir, 'examples'))),
  ...filesUnder(path.join(REPO, 'demo')),
  ...filesUnder(path.join(REPO, 'test', 'fixtures')),
].flatMap((file) => {
  const d = detectLanguage(file);
  return d && (RULE_LANGUAGES as readonly string[]).includes(d.language) ? [{ file, language: d.language as RuleLanguage, grammar: d.grammar! }] : [];
}).sort((a, b) => a.file.localeCompare(b.file));

const parsers = new Map<GrammarId, Parser>();
async function parse(grammar: GrammarId, text: string): Promise<{ language: Language; tree: NonNullable<ReturnType<Parser['parse']>> }> {
  const language = await loader.load(grammar);
  let parser = parsers.get(grammar);
  if (!parser) {
    parser = new Parser();
    parser.setLanguage(language);
    parsers.set(grammar, parser);
  }
  return { language, tree: parser.parse(text)! };
}
after(() => { for (const p of parsers.values()) p.delete(); });


/**
 * Queries for which the interpreter is not sure on some files (it then hands the rule to
 * tree-sitter's compiled query, so the findings stay the same; only the cold start pays).
 * Found when the authentication rules were merged; each one is a gap to close in the
 * interpreter, and a new query must not join this list unnoticed.
 */
const DEFERS_TO_TREE_SITTER = new Set(['auth-jwt-unverified-decode:swift', 'auth-jwt-none-algorithm:typescript']);

describe('query interpreter: same matches as tree-sitter', () => {
  for (const language of RULE_LANGUAGES) {
    const samples = SAMPLES.filter((s) => s.language === language);
    for (const rule of rules.filter((r) => r.querySources[language])) {
      test(`${rule.id} (${language}) on ${samples.length} files`, async () => {
        const source = rule.querySources[language]!.source;
        const byGrammar = new Map<GrammarId, { ts: Query; int: InterpretedQuery }>();
        let compared = 0;
        try {
          for (const sample of samples) {
            const { language: tsLanguage, tree } = await parse(sample.grammar, fs.readFileSync(sample.file, 'utf8'));
            let queries = byGrammar.get(sample.grammar);
            if (!queries) byGrammar.set(sample.grammar, (queries = { ts: new Query(tsLanguage, source), int: new InterpretedQuery(tsLanguage, source) }));
            const parity = compareQuery(tsLanguage, source, tree.rootNode, queries);
            tree.delete();
            assert.deepEqual(parity.differences, [], `${path.relative(REPO, sample.file)}`);
            // The interpreter's own answer, not tree-sitter's fallback.
            if (!DEFERS_TO_TREE_SITTER.has(`${rule.id}:${language}`)) {
              assert.equal(parity.uncertain, false, `${path.relative(REPO, sample.file)}: the interpreter was not sure`);
            }
            compared += parity.treeSitter.length;
          }
        } finally {
          for (const q of byGrammar.values()) q.ts.delete();
        }
        assert.ok(samples.length > 0, `no ${language} samples`);
        assert.ok(compared > 0, 'the query matched something');
      });
    }
  }
});

describe('query interpreter: the engine reports the same either way', () => {
  const lists = loadWordLists();
  const interpreted = new Analyzer(rules, (id) => loader.load(id), lists, INTERPRETER_ONLY);
  // compileAfterChars 0: every query is compiled by tree-sitter before its first file.
  const compiled = new Analyzer(rules, (id) => loader.load(id), lists, {
    ...DEFAULT_TIERING, compileAfterChars: { java: 0, kotlin: 0, swift: 0, typescript: 0 },
  });
  after(() => { interpreted.dispose(); compiled.dispose(); });

  for (const sample of SAMPLES) {
    test(path.relative(REPO, sample.file), async () => {
      const text = fs.readFileSync(sample.file, 'utf8');
      const detected = { language: sample.language, grammar: sample.grammar };
      const a = await interpreted.analyze(text, detected, { ignoreTriggers: true });
      const b = await compiled.analyze(text, detected, { ignoreTriggers: true });
      const strip = (r: typeof a) => ({ ...r, millis: undefined });
      assert.deepEqual(strip(a), strip(b));
      for (const rule of rules.filter((r) => r.querySources[sample.language])) {
        if (!DEFERS_TO_TREE_SITTER.has(`${rule.id}:${sample.language}`)) assert.equal(interpreted.queryTier(rule.id, sample.grammar), 'interpreter', rule.id);
        assert.equal(compiled.queryTier(rule.id, sample.grammar), 'tree-sitter');
      }
    });
  }
});

test('the samples cover every rule language and the rules folder', () => {
  for (const language of RULE_LANGUAGES) assert.ok(SAMPLES.some((s) => s.language === language), language);
  assert.ok(SAMPLES.some((s) => s.file.startsWith(RULES_DIR)) && SAMPLES.some((s) => s.file.includes(`${path.sep}demo${path.sep}`)));
});
