import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { applyContentChanges, offsetAt, positionAt } from '../../server/out/core/text-edits';
import { analyzer } from './helpers/engine';

const KOTLIN = { language: 'kotlin', grammar: 'kotlin' } as const;
const START = `package demo
// 日本語のコメント 🙂
object Api {
    const val BASE_URL = "http://api.shop.io/"
    val verifier = HostnameVerifier { _, _ -> true }
}
`;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function* random(seed: number): Generator<number> {
  let x = seed;
  for (;;) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    yield x / 0x7fffffff;
  }
}

describe('incremental analysis', () => {
  test('offsets and positions agree, in UTF-16 units', () => {
    const text = 'a🙂b\nxyz';
    assert.equal(offsetAt(text, { line: 0, character: 3 }), 3);
    assert.deepEqual(positionAt(text, 6), { line: 1, character: 1 });
    assert.equal(offsetAt(text, { line: 7, character: 0 }), text.length, 'clamped past the end');
  });

  test('after random edits, incremental findings and trees equal a fresh analysis', async () => {
    const rnd = random(42);
    const pieces = ['"http://cdn.shop.io/"', ' true', '\n', '日本', '🙂', 'val x = 1\n', '{', '}', ''];
    let text = START;
    let { tree } = await analyzer().analyzeKeepingTree(text, KOTLIN);
    for (let step = 0; step < 60; step++) {
      const a = Math.floor(rnd.next().value! * text.length);
      const b = Math.min(text.length, a + Math.floor(rnd.next().value! * 6));
      const insert = pieces[Math.floor(rnd.next().value! * pieces.length)]!;
      // Never split a surrogate pair: editors do not either.
      if (/[\uDC00-\uDFFF]/.test(text[a] ?? '') || /[\uDC00-\uDFFF]/.test(text[b] ?? '')) continue;
      const range = { start: positionAt(text, a), end: positionAt(text, b) };
      const next = applyContentChanges(text, tree, [{ range, text: insert }]);
      text = next.text;
      const incremental = await analyzer().analyzeKeepingTree(text, KOTLIN, { previousTree: next.tree });
      next.tree?.delete();
      const fresh = await analyzer().analyzeKeepingTree(text, KOTLIN);
      assert.deepEqual(incremental.result.findings, fresh.result.findings, `step ${step}`);
      assert.equal(incremental.tree?.rootNode.toString(), fresh.tree?.rootNode.toString(), `tree at step ${step}`);
      fresh.tree?.delete();
      tree = incremental.tree;
    }
    tree?.delete();
  });

  test('a whole-document change drops the old tree', async () => {
    const { tree } = await analyzer().analyzeKeepingTree(START, KOTLIN);
    const next = applyContentChanges(START, tree, [{ text: 'val apiUrl = "http://b.io/"\n' }]);
    assert.equal(next.tree, undefined);
    assert.equal(next.text, 'val apiUrl = "http://b.io/"\n');
  });
});
