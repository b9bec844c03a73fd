import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Node as TsNode, Tree, TreeCursor } from 'web-tree-sitter';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzer, languageOf, REPO } from './helpers/engine';
import { BindingIndex } from '../../server/out/core/dataflow/bindings';
import { FLOW_LANGUAGES } from '../../server/out/core/dataflow/language';
import { allDescendants } from '../../server/out/core/syntax';

/**
 * Regression test for the WASM trap "null function or function signature mismatch" seen late
 * in long scans. Root cause: web-tree-sitter's finalizer for a TreeCursor that was never
 * deleted frees whatever cursor state sits in the shared transfer buffer when the garbage
 * collector runs (see deleteCursor in core/syntax.ts), corrupting the WASM heap. So every
 * cursor our code opens must be deleted, also when a walk stops early. This counts them.
 */
describe('tree cursors', () => {
  const open = new Set<TreeCursor>();
  const originals = { node: TsNode.prototype.walk, tree: Tree.prototype.walk, del: TreeCursor.prototype.delete };
  before(() => {
    TsNode.prototype.walk = function (this: TsNode) { const c = originals.node.call(this); open.add(c); return c; };
    Tree.prototype.walk = function (this: Tree) { const c = originals.tree.call(this); open.add(c); return c; };
    TreeCursor.prototype.delete = function (this: TreeCursor) { open.delete(this); originals.del.call(this); };
  });
  after(() => {
    TsNode.prototype.walk = originals.node;
    Tree.prototype.walk = originals.tree;
    TreeCursor.prototype.delete = originals.del;
  });

  test('walks that stop early, the binding index, syntax error counts and whole analyses delete every cursor', async () => {
    const code = 'class A { void m() { String u = "http://a.io"; client.get(u); if (x) { y(); } } }\nclass B {';
    const tree = (await analyzer().analyzeKeepingTree(code, { language: 'java', grammar: 'java' }, { ignoreTriggers: true })).tree!;
    try {
      for (const n of allDescendants(tree.rootNode)) if (n.isNamed) break; // stops at the first node
      new BindingIndex(FLOW_LANGUAGES.java!, tree.rootNode);
      assert.ok((await analyzer().syntaxErrorCount(code, 'java')) > 0);
      assert.equal(open.size, 0, `${open.size} cursor(s) left for the finalizer`);
    } finally {
      tree.delete();
    }
  });

  test('config files (manifest, network security config, Info.plist, a TypeScript app config) leave no cursor open', async () => {
    const files: [string, string][] = [
      ['AndroidManifest.xml', '<manifest><application android:usesCleartextTraffic="true" android:networkSecurityConfig="@xml/n"/></manifest>'],
      ['res/xml/n.xml', '<network-security-config><base-config cleartextTrafficPermitted="true"><trust-anchors><certificates src="user"/></trust-anchors></base-config></network-security-config>'],
      ['Info.plist', '<plist><dict><key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><true/></dict></dict></plist>'],
      ['capacitor.config.ts', "export default { server: { cleartext: true } };"],
    ];
    for (const [file, text] of files) {
      const r = await analyzer().analyze(text, languageOf(file), { ignoreTriggers: true });
      assert.ok(r.findings.length > 0, `${file} is analysed`);
    }
    assert.equal(open.size, 0, `${open.size} cursor(s) left for the finalizer`);
  });

  test('every source file that opens a tree cursor also deletes one (a cheap guard for new code)', () => {
    const root = path.join(REPO, 'server', 'src');
    const opening = fs.readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\b(?!this\.)\w+(?:\.\w+)*\.walk\(\)/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    assert.ok(opening.length > 0);
    for (const f of opening) {
      const text = fs.readFileSync(path.join(root, f), 'utf8');
      assert.match(text, /deleteCursor\(|cursor\.delete\(\)|\.release\(\)/, `${f} opens a cursor (.walk()) but never deletes one`);
    }
  });
});
