import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { CONFIG_DOCUMENT_PATTERNS, CONFIG_FILE_GLOB, CONFIG_JSON_MARKERS, CONFIG_LANGUAGES, DOCUMENT_SELECTOR, FIX_ALL_COMMAND, FIX_ALL_CODE_ACTION_KIND, SCAN_WORKSPACE_COMMAND, LANGUAGES, EXPORT_FINDINGS_COMMAND, EXPORT_FINDINGS_REQUEST } from '../src/protocol';

// The extension manifest and its translations, checked without VS Code: a missing
// translation or a rule without a setting entry is easy to miss in review and shows up as a
// raw `%key%` or an English string on a Japanese VS Code.

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): any => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const pkg = readJson('package.json');
const nls: Record<string, string> = readJson('package.nls.json');
const nlsJa: Record<string, string> = readJson('package.nls.ja.json');
const bundleJa: Record<string, string> = readJson('l10n/bundle.l10n.ja.json');
const bundleEn: Record<string, string> = readJson('l10n/bundle.l10n.json');

/** Every `%key%` placeholder anywhere in the manifest. */
function nlsKeysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) found.add(m[1]!);
  } else if (Array.isArray(value)) {
    for (const v of value) nlsKeysIn(v, found);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) nlsKeysIn(v, found);
  }
  return found;
}

/** The literal of every `l10n.t('…')` call in client/src. */
function l10nStringsInSource(): Set<string> {
  const dir = path.join(root, 'client', 'src');
  const found = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    assert.doesNotMatch(text, /l10n\.t\(\s*[^'\s]/, `${file}: l10n.t needs a string literal`);
    for (const m of text.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!.replace(/\\'/g, "'"));
  }
  return found;
}

/** The findings view's commands (client/src/findings-view.ts). */
const FINDINGS_VIEW_COMMANDS = ['filter', 'refresh', 'suppress', 'showDocumentation', 'copyMarkdown'].map((c) => `securecomm.findings.${c}`);

const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}|\$\([\w~-]+\)/g)].map((m) => m[0]).sort();

describe('extension manifest', () => {
  it('every %key% has an English and a Japanese text, and no text is unused', () => {
    const used = [...nlsKeysIn(pkg)].sort();
    assert.deepEqual(Object.keys(nls).sort(), used);
    assert.deepEqual(Object.keys(nlsJa).sort(), used);
    for (const key of used) assert.notEqual(nlsJa[key], nls[key], `package.nls.ja.json: '${key}' is not translated`);
  });

  it('every l10n.t string has a Japanese translation with the same placeholders and icons', () => {
    const used = [...l10nStringsInSource()].sort();
    assert.deepEqual(Object.keys(bundleJa).sort(), used);
    assert.deepEqual(Object.keys(bundleEn).sort(), used);
    for (const key of used) assert.deepEqual(placeholders(bundleJa[key]!), placeholders(key), key);
    assert.equal(pkg.l10n, './l10n');
  });

  it('activates on every language the client sends to the server, on config files, and on .securecomm.yml', () => {
    assert.deepEqual(pkg.activationEvents, [
      ...LANGUAGES.map((l) => `onLanguage:${l}`),
      ...CONFIG_LANGUAGES.map((l) => `onLanguage:${l}`),
      ...CONFIG_JSON_MARKERS.map((glob) => `workspaceContains:${glob}`),
      `workspaceContains:${CONFIG_FILE_GLOB}`,
    ]);
    for (const pattern of CONFIG_DOCUMENT_PATTERNS) {
      assert.ok(DOCUMENT_SELECTOR.some((f) => 'pattern' in f && f.pattern === pattern && f.scheme === 'file'), pattern);
    }
    for (const language of LANGUAGES) {
      for (const scheme of ['file', 'untitled']) {
        assert.ok(DOCUMENT_SELECTOR.some((f) => 'language' in f && f.language === language && f.scheme === scheme));
      }
    }
    const declared = pkg.contributes.languages.map((l: { id: string }) => l.id).sort();
    assert.deepEqual(declared, ['kotlin', 'swift', 'xml']);
    // VS Code has no language for .plist: property lists open as XML (highlighting, and our checks).
    assert.deepEqual(pkg.contributes.languages.find((l: { id: string }) => l.id === 'xml'), { id: 'xml', extensions: ['.plist'] });
  });

  it('offers a severity setting for every rule in server/rules', () => {
    const ruleIds = fs
      .readdirSync(path.join(root, 'server', 'rules'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && fs.existsSync(path.join(root, 'server', 'rules', d.name, 'rule.yaml')))
      .map((d) => d.name)
      .sort();
    const rules = pkg.contributes.configuration.properties['securecomm.rules'];
    assert.deepEqual(Object.keys(rules.properties).sort(), ruleIds);
    for (const id of ruleIds) assert.deepEqual(rules.properties[id].enum, ['off', 'error', 'warning', 'note']);
  });

  it('declares the client commands, and not the server-provided one', () => {
    const commands = pkg.contributes.commands.map((c: { command: string; category: string }) => {
      assert.equal(c.category, 'SecureComm');
      return c.command;
    });
    assert.deepEqual(commands.sort(), [EXPORT_FINDINGS_COMMAND, FIX_ALL_COMMAND, ...FINDINGS_VIEW_COMMANDS, 'securecomm.restartServer', SCAN_WORKSPACE_COMMAND, 'securecomm.showOutput'].sort());
    // The request the export command sends is the one the server answers.
    const serverNames = fs.readFileSync(path.join(root, 'server', 'src', 'lsp', 'protocol-names.ts'), 'utf8');
    assert.match(serverNames, new RegExp(`EXPORT_FINDINGS_REQUEST = '${EXPORT_FINDINGS_REQUEST}'`));
    // The kind the server's fix-all action has (server/src/lsp/code-actions.ts FIX_ALL_KIND).
    assert.equal(FIX_ALL_CODE_ACTION_KIND, 'source.fixAll.securecomm');
  });

  it('has a marketplace page of its own: icon, user README, changelog, all shipped in the VSIX', () => {
    assert.ok(fs.existsSync(path.join(root, pkg.icon)), pkg.icon);
    assert.equal(fs.readFileSync(path.join(root, pkg.icon)).subarray(1, 4).toString(), 'PNG');
    assert.match(pkg.scripts.package, /--readme-path client\/MARKETPLACE\.md/);
    assert.match(pkg.scripts.package, /--changelog-path CHANGELOG\.md/);
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes(`!${pkg.icon}`) && ignore.includes('!CHANGELOG.md'), 'icon and changelog are packaged');
    assert.ok(!ignore.includes('!README.md'), 'the developer README is not the marketplace page');
    assert.doesNotMatch(fs.readFileSync(path.join(root, 'client', 'MARKETPLACE.md'), 'utf8'), /npm ci|npm test/, 'written for users, not developers');
  });

  it('bundles the extension: main is the client bundle, engines.vscode matches the client library', () => {
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.engines.vscode, '^1.91.0');
    assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(pkg.capabilities.virtualWorkspaces.supported, 'limited');
  });
});
