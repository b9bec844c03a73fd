import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { applyEdits } from '../../server/out/core/fixes';
import { repeatedListEntries } from '../../server/out/core/list-fixes';
import { detectLanguage } from '../../server/out/core/languages';
import type { RuleLanguage } from '../../server/out/core/types';
import { readAnnotations } from './helpers/annotations';
import { analyzer, languageOf, read } from './helpers/engine';

/**
 * The generic rule-example harness: for every rule and every language it declares, the
 * annotated example must produce findings on exactly the `ruleid:` lines, none on the `ok:`
 * lines; its fixes must turn it into the `.fixed` file, which parses cleanly; and a
 * suppression comment must silence a finding and keep its reason.
 */
const MIN_CAUGHT_SHAPES = 4;
const MIN_LOOKALIKES = 3;
// RULE=transport-cleartext-url RULE_LANG=kotlin node --test test/out/: iterate on one rule
const ONLY = process.env.RULE;
const ONLY_LANG = process.env.RULE_LANG;

function examplesOf(dir: string, language: RuleLanguage): string[] {
  const folder = path.join(dir, 'examples');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder)
    .filter((f) => !f.includes('.fixed.') && detectLanguage(f)?.language === language)
    .map((f) => path.join(folder, f));
}

/** Config examples (manifests, network security configs, plists, app configs) of a rule, in any sub-folder. */
function configExamplesOf(dir: string, kinds: ReadonlySet<string>): string[] {
  const folder = path.join(dir, 'examples');
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => !f.includes('.fixed.'))
    .map((f) => path.join(folder, f))
    .filter((f) => {
      const config = detectLanguage(f)?.config;
      return config !== undefined && (kinds.has(config) || (config === 'expo-config' && kinds.has('info-plist')));
    });
}

function fixedFileOf(example: string): string {
  const ext = path.extname(example);
  return example.slice(0, -ext.length) + '.fixed' + ext;
}

for (const rule of analyzer().rules) {
  if (ONLY && rule.id !== ONLY) continue;
  describe(rule.id, () => {
    for (const language of Object.keys(rule.languages) as RuleLanguage[]) {
      if (ONLY_LANG && language !== ONLY_LANG) continue;
      const examples = examplesOf(rule.dir, language);
      test(`has an annotated ${language} example`, () => {
        assert.ok(examples.length > 0, `add server/rules/${rule.id}/examples/<file> for ${language}`);
      });
      for (const example of examples) defineExampleTests(rule.id, example);
    }
    const kinds = new Set((rule.config ?? []).flatMap((m) => m.kinds));
    if (kinds.size && (!ONLY_LANG || ONLY_LANG === 'config')) defineConfigExampleTests(rule.id, kinds, configExamplesOf(rule.dir, kinds));
  });
}

/**
 * A manifest has one <application>, so a config check's shapes are spread over several small
 * files: the thresholds count all of the rule's config examples together, and every kind of
 * file the rule reads has at least one example.
 */
function defineConfigExampleTests(ruleId: string, kinds: ReadonlySet<string>, examples: string[]): void {
  test('has annotated config examples for every kind of file it reads', () => {
    const covered = new Set(examples.map((f) => detectLanguage(f)!.config!));
    if (covered.has('expo-config')) covered.add('info-plist');
    assert.deepEqual([...kinds].filter((k) => !covered.has(k as never)), [], 'kinds without an example');
    const all = examples.map((f) => readAnnotations(read(f), ruleId));
    const caught = all.reduce((n, a) => n + a.expected.length, 0);
    const silent = all.reduce((n, a) => n + a.silent.length, 0);
    assert.ok(caught >= MIN_CAUGHT_SHAPES, `at least ${MIN_CAUGHT_SHAPES} 'ruleid:' shapes over the config examples (has ${caught})`);
    assert.ok(silent >= MIN_LOOKALIKES, `at least ${MIN_LOOKALIKES} 'ok:' look-alikes over the config examples (has ${silent})`);
  });
  for (const example of examples) defineExampleTests(ruleId, example, { perFileMinimum: false });
}

function defineExampleTests(ruleId: string, example: string, options = { perFileMinimum: true }): void {
  const name = path.relative(path.join(example, '..', '..'), example);
  const only = new Set([ruleId]);
  const comment = commentSyntaxOf(example);

  test(`${name}: findings exactly on the ruleid lines`, async () => {
    const text = read(example);
    const { expected, silent, variants } = readAnnotations(text, ruleId);
    if (options.perFileMinimum) {
      assert.ok(expected.length >= MIN_CAUGHT_SHAPES, `${name}: at least ${MIN_CAUGHT_SHAPES} 'ruleid:' shapes (has ${expected.length})`);
      assert.ok(silent.length >= MIN_LOOKALIKES, `${name}: at least ${MIN_LOOKALIKES} 'ok:' look-alikes (has ${silent.length})`);
    } else {
      assert.ok(expected.length + silent.length > 0, `${name}: annotate what the rule must and must not report`);
    }
    const result = await analyzer().analyze(text, languageOf(example), { ruleIds: only });
    assert.equal(result.hasSyntaxErrors, false, `${name} must be valid code`);
    const actual = [...new Set(result.findings.filter((f) => !f.suppression).map((f) => f.range.start.line))].sort((a, b) => a - b);
    const show = (lines: number[]) => lines.map((l) => l + 1).join(', ');
    assert.equal(show(actual), show([...expected].sort((a, b) => a - b)), `${name}: lines with findings (1-based)`);
    // Each finding reports with the annotated variant, or with the rule's defaults.
    const kinds = (f: { range: { start: { line: number } }; variant?: string }) => `${f.range.start.line + 1}: ${f.variant ?? 'default'}`;
    const open = result.findings.filter((f) => !f.suppression);
    assert.deepEqual(open.map(kinds), open.map((f) => kinds({ ...f, variant: variants.get(f.range.start.line) })), `${name}: [variant: …] annotations`);
  });

  test(`${name}: fixes produce the .fixed file`, async () => {
    const text = read(example);
    const result = await analyzer().analyze(text, languageOf(example), { ruleIds: only });
    const edits = result.findings.flatMap((f) => f.fix?.edits ?? []);
    const fixedFile = fixedFileOf(example);
    if (edits.length === 0) {
      assert.ok(!fs.existsSync(fixedFile), `${path.basename(fixedFile)} exists but no finding offers a fix`);
      return;
    }
    assert.ok(fs.existsSync(fixedFile), `findings offer fixes: add ${path.basename(fixedFile)}`);
    const fixed = applyEdits(text, edits);
    assert.equal(fixed, read(fixedFile));
    const { result: after, tree } = await analyzer().analyzeKeepingTree(fixed, languageOf(example), { ruleIds: only, ignoreTriggers: true });
    assert.equal(after.hasSyntaxErrors, false, 'the fixed file must parse without errors');
    if (tree) {
      // A fix must yield code a reviewer accepts: never the same entry twice in one list.
      const { tree: before } = await analyzer().analyzeKeepingTree(text, languageOf(example), { ruleIds: only, ignoreTriggers: true });
      assert.ok(repeatedListEntries(tree.rootNode) <= repeatedListEntries(before!.rootNode), 'the fixes write a list entry twice');
      tree.delete();
      before!.delete();
    }
    const stillFixable = after.findings.filter((f) => f.fix);
    assert.deepEqual(stillFixable.map((f) => f.range.start.line + 1), [], 'a fixed finding must not be reported again');
  });

  test(`${name}: a securecomm-ignore comment silences a finding and keeps the reason`, async () => {
    const text = read(example);
    const { expected } = readAnnotations(text, ruleId);
    if (expected.length === 0) return; // a file of look-alikes only
    const target = expected[0]!;
    const lines = text.split('\n');
    const indent = /^\s*/.exec(lines[target]!)![0];
    lines.splice(target, 0, `${indent}${comment.open} securecomm-ignore ${ruleId}${comment.separator} accepted risk: test double${comment.close}`);
    const result = await analyzer().analyze(lines.join('\n'), languageOf(example), { ruleIds: only });
    const onTarget = result.findings.filter((f) => f.range.start.line === target + 1);
    assert.ok(onTarget.length > 0, 'the finding is still reported, marked as suppressed');
    for (const f of onTarget) assert.deepEqual(f.suppression, { reason: 'accepted risk: test double', line: target });
    const others = result.findings.filter((f) => f.range.start.line !== target + 1);
    assert.ok(others.every((f) => !f.suppression), 'only the finding below the comment is suppressed');
  });
}

/** How a suppression comment is written in the example's file type (XML forbids `--` in comments). */
function commentSyntaxOf(file: string): { open: string; separator: string; close: string } {
  const language = detectLanguage(file)?.language;
  return language === 'xml' || language === 'plist' ? { open: '<!--', separator: ':', close: ' -->' } : { open: '//', separator: ' --', close: '' };
}
