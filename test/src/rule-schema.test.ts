import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { ConfigError } from '../../server/out/core/config-error';
import { catalogueFile, wordListCatalogueFile } from '../../server/out/node/rule-catalogue';
import { loadRule, loadRules, loadWordLists, ruleIds } from '../../server/out/node/rule-files';
import { compileQuery } from '../../server/out/core/compiled-rules';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { RULES_DIR } from './helpers/engine';
import { tempDir } from './helpers/temp-dir';

/** Copies a real rule into a temp folder, applies `edit` to its rule.yaml and loads it. */
function loadEdited(edit: (yaml: string) => string, id = 'transport-cleartext-url'): string {
  const dir = path.join(tempDir('rule'), id);
  fs.cpSync(path.join(RULES_DIR, id), dir, { recursive: true });
  const file = path.join(dir, 'rule.yaml');
  fs.writeFileSync(file, edit(fs.readFileSync(file, 'utf8')));
  try {
    loadRule(dir);
  } catch (e) {
    assert.ok(e instanceof ConfigError, `expected a ConfigError, got ${String(e)}`);
    return e.message.replace(dir, '<rule>');
  }
  assert.fail('the edited rule loaded without an error');
}

describe('rule.yaml validation names the file, the line and the field', () => {
  test('a wrong enum value', () => {
    const msg = loadEdited((y) => y.replace('severity: warning', 'severity: critical'));
    assert.match(msg, /^<rule>\/rule\.yaml:\d+: 'severity' must be one of: error, warning, note$/);
    const line = Number(/:(\d+):/.exec(msg)![1]);
    const yaml = fs.readFileSync(path.join(RULES_DIR, 'transport-cleartext-url', 'rule.yaml'), 'utf8').split('\n');
    assert.match(yaml[line - 1]!, /^severity:/);
  });

  test('a missing field', () => {
    // Reported where the mapping starts: line 1 is the `# yaml-language-server` schema comment.
    assert.match(loadEdited((y) => y.replace(/^confidence: .*\n/m, '')), /rule\.yaml:2: the file is missing the field 'confidence'$/);
  });

  test('an unknown field, at its own line', () => {
    const msg = loadEdited((y) => y.replace('confidence: medium', 'confidence: medium\nseverty: error'));
    assert.match(msg, /rule\.yaml:\d+: 'severty' is not a known field/);
  });

  test('a nested mistake names the path', () => {
    const msg = loadEdited((y) => y.replace('safe: false', 'safe: maybe'));
    assert.match(msg, /rule\.yaml:\d+: 'languages\.(java|kotlin|swift|typescript)\.fixes\.0\.safe' must be boolean$/);
  });

  test('YAML syntax errors', () => {
    assert.match(loadEdited((y) => y.replace('tags: [', 'tags: [[')), /rule\.yaml:\d+: YAML syntax: /);
  });

  test('the id must equal the folder name', () => {
    assert.match(loadEdited((y) => y.replace('id: transport-cleartext-url', 'id: transport-cleartext-urls')), /'id' is 'transport-cleartext-urls' but the folder is 'transport-cleartext-url'/);
  });

  test('a missing query file', () => {
    assert.match(loadEdited((y) => y.replace('queries/kotlin.scm', 'queries/kotlin2.scm')), /'languages\.kotlin\.query' names queries\/kotlin2\.scm, which does not exist/);
  });

  test('a query that does not compile names its line', async () => {
    const dir = path.join(tempDir('rule'), 'transport-cleartext-url');
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'queries', 'typescript.scm'), '; fine\n(string) @finding\n(no_such_node) @finding\n');
    const rule = loadRule(dir);
    const ts = await new GrammarLoader().load('typescript');
    assert.throws(() => compileQuery(rule, 'typescript', ts), (e: Error) => e instanceof ConfigError && /typescript\.scm:3: query does not compile/.test(e.message));
    fs.writeFileSync(path.join(dir, 'queries', 'typescript.scm'), '((string) @finding\n  (#sc-made-up? @finding))\n');
    assert.throws(() => compileQuery(loadRule(dir), 'typescript', ts), /typescript\.scm:2: unknown predicate #sc-made-up\?/);
    // A predicate after a pattern but outside its parentheses would filter nothing.
    fs.writeFileSync(path.join(dir, 'queries', 'typescript.scm'), '; comment (#eq? x)\n(string) @finding\n(#eq? @finding "\\"(#")\n');
    assert.throws(() => compileQuery(loadRule(dir), 'typescript', ts), /typescript\.scm:3: a predicate stands outside any pattern/);
  });
});

describe('the rule catalogue (rules.catalogue.json) is a cache that is never stale', () => {
  const folderLoad = (dir: string) => ruleIds(dir).map((id) => loadRule(path.join(dir, id)));

  test('the installed rules load from it exactly as from their folders', () => {
    const viaCatalogue = loadRules(RULES_DIR);
    assert.ok(fs.existsSync(catalogueFile(RULES_DIR)), 'written after the first load of the installed rules');
    assert.deepEqual(loadRules(RULES_DIR), viaCatalogue);
    assert.deepEqual(viaCatalogue, folderLoad(RULES_DIR));
  });

  test('an edited, added or broken rule is loaded (or rejected) from its folder, not from the catalogue', () => {
    const dir = tempDir('rules');
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), path.join(dir, 'transport-cleartext-url'), { recursive: true });
    loadRules(dir);
    assert.equal(fs.existsSync(catalogueFile(dir)), false, 'other folders get one only when asked');
    loadRules(dir, { writeCatalogue: true });
    assert.ok(fs.existsSync(catalogueFile(dir)));
    const yamlFile = path.join(dir, 'transport-cleartext-url', 'rule.yaml');
    fs.writeFileSync(yamlFile, fs.readFileSync(yamlFile, 'utf8').replace('severity: warning', 'severity: error'));
    assert.equal(loadRules(dir)[0]!.severity, 'error');
    const query = path.join(dir, 'transport-cleartext-url', 'queries', 'kotlin.scm');
    fs.appendFileSync(query, '\n; edited\n');
    assert.match(loadRules(dir)[0]!.querySources.kotlin!.source, /; edited\n$/);
    fs.cpSync(path.join(RULES_DIR, 'tls-reject-unauthorized-env'), path.join(dir, 'tls-reject-unauthorized-env'), { recursive: true });
    assert.deepEqual(loadRules(dir, { writeCatalogue: true }).map((r) => r.id), ['tls-reject-unauthorized-env', 'transport-cleartext-url']);
    fs.writeFileSync(yamlFile, fs.readFileSync(yamlFile, 'utf8').replace('severity: error', 'severity: critical'));
    assert.throws(() => loadRules(dir), /rule\.yaml:\d+: 'severity' must be one of/);
  });

  test('word lists load from their catalogue (_lists.catalogue.json) as from their files, and never stale', () => {
    const lists = loadWordLists(RULES_DIR);
    assert.ok(fs.existsSync(wordListCatalogueFile(path.join(RULES_DIR, '_lists'))), 'written after a load of the installed lists');
    const again = loadWordLists(RULES_DIR);
    assert.deepEqual(again.names(), lists.names());
    for (const name of lists.names()) assert.deepEqual(again.get(name), lists.get(name));
    const dir = tempDir('rules');
    fs.cpSync(path.join(RULES_DIR, '_lists'), path.join(dir, '_lists'), { recursive: true });
    loadWordLists(dir, { writeCatalogue: true });
    assert.ok(fs.existsSync(wordListCatalogueFile(path.join(dir, '_lists'))));
    const file = path.join(dir, '_lists', fs.readdirSync(path.join(dir, '_lists')).find((f) => f.endsWith('.yaml'))!);
    fs.appendFileSync(file, '\nextra-test-list:\n  kind: words\n  description: A list added after the catalogue was written.\n  entries: [alpha]\n');
    assert.ok(loadWordLists(dir).names().includes('extra-test-list'));
  });

  test('a moved rules folder still loads from its catalogue, with paths in the new place', () => {
    const from = path.join(tempDir('rules'), 'a');
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), path.join(from, 'transport-cleartext-url'), { recursive: true });
    loadRules(from, { writeCatalogue: true });
    const to = `${from}-moved`;
    fs.renameSync(from, to);
    fs.renameSync(catalogueFile(from), catalogueFile(to));
    // Marks the catalogue's copy, to see that it is the one loaded.
    const catalogue = JSON.parse(fs.readFileSync(catalogueFile(to), 'utf8'));
    catalogue.rules[0].title.en = 'from the catalogue';
    fs.writeFileSync(catalogueFile(to), JSON.stringify(catalogue));
    const [rule] = loadRules(to);
    assert.equal(rule!.title.en, 'from the catalogue');
    assert.equal(rule!.dir, path.join(to, 'transport-cleartext-url'));
    assert.equal(rule!.querySources.swift!.file, path.join(to, 'transport-cleartext-url', 'queries', 'swift.scm'));
  });
});
