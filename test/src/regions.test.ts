import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Parser, type Node } from 'web-tree-sitter';
import { isDebugOnly } from '../../server/out/core/debug-only';
import { FileContext } from '../../server/out/core/file-context';
import { inIgnoredContext, insideAnnotatedFunction, insideSwiftPreview } from '../../server/out/core/ignore-in';
import { detectLanguage } from '../../server/out/core/languages';
import { RegionIndex } from '../../server/out/core/regions';
import { insideCallTo } from '../../server/out/core/syntax';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { loadWordLists } from '../../server/out/node/rule-files';
import { REPO, RULES_DIR } from './helpers/engine';
import { parseSnippet } from './helpers/snippets';

const LISTS = loadWordLists();

/** A node stand-in for RegionIndex, which only reads the span and the id. */
const span = (startIndex: number, endIndex: number, id = -2) => ({ startIndex, endIndex, id }) as unknown as Node;

describe('RegionIndex', () => {
  test('nested and disjoint regions; a region does not contain its own owner', () => {
    const index = new RegionIndex([
      { start: 0, end: 100, owner: 1 },
      { start: 10, end: 20, owner: 2 },
      { start: 30, end: 40, owner: -1 },
      { start: 200, end: 300, owner: 3 },
    ]);
    assert.equal(index.contains(span(12, 18)), true);
    assert.equal(index.contains(span(50, 60)), true, 'inside the outer region only');
    assert.equal(index.contains(span(0, 100, 1)), false, 'the owner itself');
    assert.equal(index.contains(span(0, 100, 9)), true, 'another node with the owner\'s span');
    assert.equal(index.contains(span(150, 160)), false);
    assert.equal(index.contains(span(190, 210)), false, 'overlapping is not inside');
    assert.equal(index.contains(span(250, 250)), true);
    assert.equal(new RegionIndex([]).contains(span(1, 2)), false);
  });
});

/** Every named node of a tree. */
function* namedNodes(root: Node): Generator<Node> {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    yield n;
    for (const c of n.namedChildren) if (c) stack.push(c);
  }
}

/** The rule examples and the demo: code with debug branches, previews, mocks and assertions. */
function sampleFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (detectLanguage(p) && /\.(java|kt|swift|ts|tsx|js)$/.test(p)) out.push(p);
    }
  };
  walk(RULES_DIR);
  walk(path.join(REPO, 'demo'));
  return out;
}

describe('ignored contexts answered from regions, as by walking up the ancestors', () => {
  test('debug-only, previews and assertions agree on every node of the examples and the demo', { timeout: 120_000 }, async () => {
    const loader = new GrammarLoader();
    let nodes = 0;
    const positives = { 'debug-only': 0, previews: 0, assertions: 0 };
    for (const file of sampleFiles()) {
      const grammar = detectLanguage(file)!.grammar!;
      const text = fs.readFileSync(file, 'utf8');
      const language = await loader.load(grammar);
      const parser = new Parser();
      parser.setLanguage(language);
      const tree = parser.parse(text)!;
      const context = new FileContext(grammar, tree.rootNode, text, LISTS);
      const assertion = LISTS.matcher('assertion-callees');
      for (const n of namedNodes(tree.rootNode)) {
        nodes++;
        const where = `${path.relative(REPO, file)}:${n.startPosition.row + 1} ${n.type}`;
        const debug = inIgnoredContext(n, ['debug-only'], context);
        assert.equal(debug, isDebugOnly(n, text), `debug-only at ${where}`);
        const asserted = inIgnoredContext(n, ['assertions'], context);
        assert.equal(asserted, insideCallTo(grammar, n, assertion), `assertions at ${where}`);
        const preview = inIgnoredContext(n, ['previews'], context);
        if (insideAnnotatedFunction(n, context, /Preview/) || insideSwiftPreview(n)) assert.ok(preview, `previews at ${where}`);
        positives['debug-only'] += Number(debug);
        positives.assertions += Number(asserted);
        positives.previews += Number(preview);
      }
      tree.delete();
      parser.delete();
    }
    assert.ok(nodes > 10_000, `${nodes} nodes compared`);
    for (const [kind, count] of Object.entries(positives)) assert.ok(count > 0, `some ${kind} code among the samples`);
  });

  test('stand-in data (mock, dummy, fake, stub names) counts as preview code; other names do not', async () => {
    const code = `struct Fixtures {
    static let mockServer = Server(url: "http://a.example")
    static let server = Server(url: "http://b.example")
}`;
    const { root } = await parseSnippet('swift', code);
    const context = new FileContext('swift', root, code, LISTS);
    const strings = [...namedNodes(root)].filter((n) => n.type === 'line_string_literal').sort((a, b) => a.startIndex - b.startIndex);
    assert.deepEqual(strings.map((s) => [s.text, inIgnoredContext(s, ['previews'], context)]), [['"http://a.example"', true], ['"http://b.example"', false]]);
  });
});
