import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Parser } from 'web-tree-sitter';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { detectLanguage } from '../../server/out/core/languages';
import type { GrammarId } from '../../server/out/core/types';
import { REPO } from './helpers/engine';

const GRAMMARS_DIR = path.join(REPO, 'grammars');
const SAMPLES_DIR = path.join(REPO, 'test', 'fixtures', 'grammar-samples');
const manifest = JSON.parse(fs.readFileSync(path.join(GRAMMARS_DIR, 'grammars.json'), 'utf8')) as {
  webTreeSitter: string;
  grammars: Record<GrammarId, { file: string; package: string; version: string; sha256: string; abi: number; build: string; patches?: string[] }>;
};

describe('grammars', () => {
  test('the pinned web-tree-sitter is the one installed', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    assert.equal(pkg.dependencies['web-tree-sitter'], manifest.webTreeSitter, 'package.json pins web-tree-sitter exactly');
    const installed = JSON.parse(fs.readFileSync(path.join(REPO, 'node_modules', 'web-tree-sitter', 'package.json'), 'utf8')).version;
    assert.equal(installed, manifest.webTreeSitter);
  });

  test('every grammar we load is recorded', () => {
    assert.deepEqual(Object.keys(manifest.grammars).sort(), ['java', 'kotlin', 'swift', 'tsx', 'typescript', 'xml']);
  });

  for (const [id, g] of Object.entries(manifest.grammars) as [GrammarId, (typeof manifest.grammars)[GrammarId]][]) {
    test(`${id}: checksum, ABI and provenance match grammars.json`, async () => {
      const bytes = fs.readFileSync(path.join(GRAMMARS_DIR, g.file));
      assert.equal(createHash('sha256').update(bytes).digest('hex'), g.sha256, `${g.file} was rebuilt or replaced: run grammars/build-grammars.sh`);
      const language = await new GrammarLoader().load(id);
      assert.equal(language.abiVersion, g.abi);
      assert.match(g.version, /^\d+\.\d+\.\d+$/);
      assert.ok(g.build.length > 10, 'how it was built');
      for (const patch of g.patches ?? []) assert.ok(fs.existsSync(path.join(GRAMMARS_DIR, patch)), `patch ${patch} is committed`);
    });
  }

  test('each grammar module is instantiated once per process, however many loaders ask', async () => {
    // Regression: a third instance of the Swift module trapped on its first parse.
    const a = await new GrammarLoader().load('swift');
    const b = await new GrammarLoader().load('swift');
    assert.equal(a, b);
  });

  test('swift is built with the scanner allocation fix', () => {
    const swift = manifest.grammars.swift;
    assert.ok(swift.patches && swift.patches.length > 0);
    const patch = fs.readFileSync(path.join(GRAMMARS_DIR, swift.patches[0]!), 'utf8');
    assert.match(patch, /^-.*calloc\(0, sizeof\(struct ScannerState\)\)/m);
    assert.match(patch, /^\+.*calloc\(1, sizeof\(struct ScannerState\)\)/m);
  });

  const samples = fs.readdirSync(SAMPLES_DIR);
  for (const sample of samples) {
    test(`parses ${sample} without errors`, async () => {
      const detected = detectLanguage(sample)!;
      const parser = new Parser();
      parser.setLanguage(await new GrammarLoader().load(detected.grammar!));
      const text = fs.readFileSync(path.join(SAMPLES_DIR, sample), 'utf8');
      const tree = parser.parse(text)!;
      assert.equal(tree.rootNode.hasError, false);
      assert.ok(tree.rootNode.descendantCount > 50, 'a real sample, not an empty file');
      if (detected.grammar === 'swift') {
        // The unpatched scanner produced different trees for the same input from run to run.
        const first = tree.rootNode.toString();
        for (let i = 0; i < 10; i++) assert.equal(parser.parse(text)!.rootNode.toString(), first);
      }
      parser.delete();
    });
  }

  test('one sample per grammar', () => {
    const grammars = new Set(samples.map((s) => detectLanguage(s)!.grammar));
    assert.deepEqual([...grammars].sort(), ['java', 'kotlin', 'swift', 'tsx', 'typescript', 'xml']);
  });
});
