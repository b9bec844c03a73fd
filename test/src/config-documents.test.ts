import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { Parser } from 'web-tree-sitter';
import { configDocuments } from '../../server/out/core/documents/config-documents';
import { pathOf, type ConfigNode } from '../../server/out/core/documents/config-node';
import { compilePath, select } from '../../server/out/core/documents/config-path';
import { jsonNodes } from '../../server/out/core/documents/json-document';
import { applyEdits } from '../../server/out/core/fixes';
import { renderNote } from '../../server/out/core/notes';
import { FileProjectModel } from '../../server/out/node/project-files';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { readSource } from '../../server/out/scan/read-source';
import { analyzer, languageOf } from './helpers/engine';
import { tempDir } from './helpers/temp-dir';

async function treeOf(grammar: 'xml' | 'typescript', text: string) {
  const language = await new GrammarLoader().load(grammar);
  const parser = new Parser();
  parser.setLanguage(language);
  const tree = parser.parse(text)!;
  parser.delete();
  return tree;
}

function paths(root: ConfigNode): string[] {
  const out: string[] = [];
  const visit = (n: ConfigNode) => { for (const c of n.children) { out.push(`${pathOf(c)}${c.value !== undefined ? `=${c.value}` : ''}`); visit(c); } };
  visit(root);
  return out;
}

describe('config documents', () => {
  test('XML: elements, @attributes and text values, comments kept for suppressions', async () => {
    const text = '<?xml version="1.0"?>\n<manifest a="1">\n  <!-- c -->\n  <application android:usesCleartextTraffic=\'true\'><x>v </x></application>\n</manifest>';
    const tree = await treeOf('xml', text);
    const [doc] = configDocuments('android-manifest', text, tree.rootNode);
    assert.deepEqual(paths(doc!.root), ['manifest', 'manifest/@a=1', 'manifest/application', 'manifest/application/@android:usesCleartextTraffic=true', 'manifest/application/x=v']);
    assert.equal(doc!.comments.length, 1);
    assert.deepEqual(configDocuments('network-security-config', text, tree.rootNode), [], 'the root element decides the kind');
    tree.delete();
  });

  test('Info.plist: key/value pairs through nested dicts and arrays, booleans by meaning', async () => {
    const text = `<plist version="1.0"><dict>
  <key>NSAppTransportSecurity</key><dict>
    <key>NSExceptionDomains</key><dict><key>a.example</key><dict><key>NSExceptionAllowsInsecureHTTPLoads</key><true/></dict></dict>
  </dict>
  <key>Schemes</key><array><string>x</string><string>y</string></array>
  <key>Half</key>
</dict></plist>`;
    const tree = await treeOf('xml', text);
    const [doc] = configDocuments('info-plist', text, tree.rootNode);
    assert.deepEqual(paths(doc!.root), [
      'NSAppTransportSecurity', 'NSAppTransportSecurity/NSExceptionDomains', 'NSAppTransportSecurity/NSExceptionDomains/a.example',
      'NSAppTransportSecurity/NSExceptionDomains/a.example/NSExceptionAllowsInsecureHTTPLoads=true',
      'Schemes', 'Schemes/[]=x', 'Schemes/[]=y',
    ]);
    tree.delete();
  });

  test('JSON: comments and trailing commas accepted; a syntax error keeps what was read and names its line', () => {
    const ok = jsonNodes('{\n  // c\n  "a": { "b": [1, "x",], "t": true, },\n}');
    assert.equal(ok.partial, undefined);
    assert.deepEqual(paths(ok.root), ['a', 'a/b', 'a/b/[]=1', 'a/b/[]=x', 'a/t=true']);
    assert.equal(ok.comments.length, 1);
    const broken = jsonNodes('{\n "server": { "cleartext": true },\n "android": { "x": \n}');
    assert.match(renderNote(broken.partial!, 'en'), /line 4/);
    assert.deepEqual(paths(broken.root), ['server', 'server/cleartext=true', 'android']);
    assert.match(renderNote(jsonNodes('[1]').partial!, 'en'), /does not start with an object/);
    assert.ok(jsonNodes('{"a":'.padEnd(10_000, '[')).partial, 'deep nesting stops, it does not overflow the stack');
  });

  test('TypeScript / JavaScript configs: the exported object, without running anything', async () => {
    const shapes = [
      "import type { CapacitorConfig } from '@capacitor/cli';\nconst config: CapacitorConfig = { server: { cleartext: true } };\nexport default config;",
      "export default defineConfig({ server: { cleartext: true } });",
      "module.exports = { server: { cleartext: true } };",
      "export default ({ config }) => ({ ...config, server: { cleartext: true } });",
      "export default function () { return { server: { 'cleartext': true } } }",
    ];
    for (const text of shapes) {
      const tree = await treeOf('typescript', text);
      const [doc] = configDocuments('capacitor-config', text, tree.rootNode);
      assert.deepEqual(paths(doc!.root), ['server', 'server/cleartext=true'], text);
      tree.delete();
    }
    const unknown = "export default { server: { cleartext: isDev, url: `http://${host}` } };";
    const tree = await treeOf('typescript', unknown);
    assert.deepEqual(paths(configDocuments('capacitor-config', unknown, tree.rootNode)[0]!.root), ['server', 'server/cleartext', 'server/url'], 'unknown values are never guessed');
    tree.delete();
  });

  test('Expo: ios.infoPlist is also read as an Info.plist', () => {
    const docs = configDocuments('expo-config', '{"expo":{"ios":{"infoPlist":{"NSAppTransportSecurity":{"NSAllowsArbitraryLoads":true}}}}}', undefined);
    assert.deepEqual(docs.map((d) => d.kind), ['expo-config', 'info-plist']);
    assert.equal(select(docs[1]!.root, compilePath('NSAppTransportSecurity/NSAllowsArbitraryLoads'))[0]?.value, 'true');
  });

  test('key paths: names, alternatives, * and ** and .. for conditions', () => {
    const { root } = jsonNodes('{"a":{"b":{"c":1},"d":{"c":2,"e":{"c":3}}}}');
    const values = (p: string, from: ConfigNode = root) => select(from, compilePath(p)).map((n) => n.value ?? n.name);
    assert.deepEqual(values('a/b|d/c'), ['1', '2']);
    assert.deepEqual(values('a/*/c'), ['1', '2']);
    assert.deepEqual(values('a/**/c').sort(), ['1', '2', '3']);
    const c3 = select(root, compilePath('a/d/e/c'))[0]!;
    assert.deepEqual(values('../../c', c3), ['2']);
  });
});

describe('config fixes', () => {
  const fixedBy = async (file: string, text: string, ruleId: string) => {
    const result = await analyzer().analyze(text, languageOf(file), { ruleIds: new Set([ruleId]) });
    return applyEdits(text, result.findings.flatMap((f) => f.fix?.edits ?? []));
  };

  test('values are written the way the file writes them', async () => {
    assert.equal(await fixedBy('capacitor.config.json', '{ "server": { "cleartext": true } }', 'transport-cleartext-permitted'), '{ "server": { "cleartext": false } }');
    assert.equal(await fixedBy('capacitor.config.ts', "export default { server: { androidScheme: 'http' } };", 'transport-cleartext-permitted'),
      "export default { server: { androidScheme: 'https' } };");
    assert.equal(await fixedBy('Info.plist', '<plist><dict><key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><string>YES</string></dict></dict></plist>', 'transport-ats-arbitrary-loads'),
      '<plist><dict><key>NSAppTransportSecurity</key><dict><key>NSAllowsArbitraryLoads</key><string>false</string></dict></dict></plist>');
  });

  test('user CAs move into an existing <debug-overrides>; with no trust anchors there, no fix is offered', async () => {
    const file = 'app/src/main/res/xml/network_security_config.xml';
    const text = '<network-security-config>\n    <base-config>\n        <trust-anchors>\n            <certificates src="system" />\n            <certificates src="user" />\n        </trust-anchors>\n    </base-config>\n    <debug-overrides>\n        <trust-anchors>\n            <certificates src="system" />\n        </trust-anchors>\n    </debug-overrides>\n</network-security-config>\n';
    const fixed = await fixedBy(file, text, 'transport-user-trust-anchors');
    assert.equal(fixed, text.replace('            <certificates src="user" />\n', '').replace('            <certificates src="system" />\n        </trust-anchors>\n    </debug-overrides>',
      '            <certificates src="system" />\n            <certificates src="user" />\n        </trust-anchors>\n    </debug-overrides>'));
    const noAnchors = text.replace(/<debug-overrides>[\s\S]*<\/debug-overrides>/, '<debug-overrides />');
    const result = await analyzer().analyze(noAnchors, languageOf(file), { ruleIds: new Set(['transport-user-trust-anchors']) });
    assert.equal(result.findings.length, 1);
    assert.equal(result.findings[0]!.fix, undefined);
  });
});

describe('project model: the manifest that applies a network security config', () => {
  test('a config finding points at the manifest of its source set; an unused config has none', async () => {
    const root = tempDir('sc-project');
    const write = (rel: string, text: string) => { fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true }); fs.writeFileSync(path.join(root, rel), text); };
    write('app/src/main/AndroidManifest.xml', '<manifest>\n  <application android:networkSecurityConfig="@xml/net_config" />\n</manifest>');
    write('app/src/debug/AndroidManifest.xml', '<manifest><application /></manifest>');
    write('app/src/main/res/xml/net_config.xml', '<network-security-config />');
    write('app/src/main/res/xml/unused.xml', '<network-security-config />');
    const model = new FileProjectModel();
    const related = model.relatedFor(path.join(root, 'app/src/main/res/xml/net_config.xml'));
    assert.deepEqual(related.map((r) => [path.relative(root, r.file!), r.range.start.line]), [['app/src/main/AndroidManifest.xml', 1]]);
    assert.deepEqual(model.relatedFor(path.join(root, 'app/src/main/res/xml/unused.xml')), []);
    assert.deepEqual(model.relatedFor(path.join(root, 'app/src/main/AndroidManifest.xml')), [], 'only network security configs have this fact');
    fs.rmSync(root, { recursive: true });
  });
});

describe('config files that cannot be read', () => {
  test('a binary property list is skipped with a reason that says how to check it', () => {
    const file = path.join(tempDir('sc-bplist'), 'Info.plist');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('bplist00'), Buffer.from([0xd1, 0x01, 0x02, 0x00])]));
    const read = readSource(file);
    assert.equal(read.ok, false);
    assert.match(read.ok ? '' : renderNote(read.reason, 'en'), /binary property list.*plutil -convert xml1/);
  });

  test('half-typed config files give what can be read and say they were partly read', async () => {
    const r = await analyzer().analyze('{ "server": { "cleartext": true }, "android": ', languageOf('capacitor.config.json'));
    assert.deepEqual(r.findings.map((f) => f.ruleId), ['transport-cleartext-permitted']);
    assert.match(renderNote(r.partial!, 'en'), /JSON syntax error on line 1/);
    const xml = await analyzer().analyze('<manifest>\n<application android:usesCleartextTraffic="true">\n<activity android:name=', languageOf('AndroidManifest.xml'));
    assert.deepEqual(xml.findings.map((f) => f.range.start.line), [1]);
    assert.ok(xml.partial);
  });
});
