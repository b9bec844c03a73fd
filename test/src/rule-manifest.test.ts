import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadRules, ruleIds } from '../../server/out/node/rule-files';
import { RULE_SCHEMA } from '../../server/out/core/rule-schema';
import { loadCweNames } from '../../server/out/node/taxonomy';
import { deriveRuleManifest, PREDICATES_FILE, SCHEMA_FILE, SCHEMA_MODELINE, SYNC_COMMAND } from '../../server/out/tools/rule-manifest';
import { REPO, RULES_DIR } from './helpers/engine';
import { PREDICATE_DOCS } from '../../server/out/core/predicate-docs';
import { registeredPredicates } from '../../server/out/core/predicates';
import { tempDir } from './helpers/temp-dir';

const SYNC_SCRIPT = path.join(REPO, 'scripts', 'sync-rule-manifest.js');

/** A copy of what the sync script reads and writes: the package files and each rule.yaml. */
function copyOfCheckout(): string {
  const root = tempDir('manifest');
  for (const f of ['package.json', 'package.nls.json', 'package.nls.ja.json', SCHEMA_FILE, PREDICATES_FILE]) {
    fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
    fs.copyFileSync(path.join(REPO, f), path.join(root, f));
  }
  for (const id of ruleIds(RULES_DIR)) {
    fs.mkdirSync(path.join(root, 'server', 'rules', id));
    fs.copyFileSync(path.join(RULES_DIR, id, 'rule.yaml'), path.join(root, 'server', 'rules', id, 'rule.yaml'));
  }
  return root;
}

function sync(root: string, ...args: string[]) {
  return spawnSync(process.execPath, [SYNC_SCRIPT, '--root', root, ...args], { encoding: 'utf8' });
}

/** What is derived from the rule folders stays in step with them. */
describe('rule folders as the single source of truth', () => {
  test('every CWE a rule cites has its MITRE name in server/rules/_taxonomy/cwe.yaml', () => {
    const names = loadCweNames(RULES_DIR);
    for (const rule of loadRules(RULES_DIR)) {
      for (const cwe of rule.cwe) assert.ok(names.get(cwe), `${rule.id} cites ${cwe}: add its MITRE name to server/rules/_taxonomy/cwe.yaml`);
    }
    assert.equal(names.get('CWE-295'), 'Improper Certificate Validation');
    assert.equal(names.get('CWE-1021'), 'Improper Restriction of Rendered UI Layers or Frames');
  });

  test('folders starting with _ hold shared data and are not loaded as rules', () => {
    const dir = tempDir('rules');
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), path.join(dir, 'transport-cleartext-url'), { recursive: true });
    fs.mkdirSync(path.join(dir, '_lists'));
    fs.writeFileSync(path.join(dir, '_lists', 'secret-names.txt'), 'password\n');
    assert.deepEqual(loadRules(dir).map((r) => r.id), ['transport-cleartext-url']);
  });

  test(`package.json settings, package.nls*.json, rule.schema.json and rule.yaml schema comments are in sync (else: ${SYNC_COMMAND})`, () => {
    const problems = deriveRuleManifest(REPO).flatMap((d) => d.problems);
    assert.ok(problems.length === 0, `${problems.join('\n')}\nRun '${SYNC_COMMAND}' to regenerate them.`);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const entries = pkg.contributes.configuration.properties['securecomm.rules'].properties;
    assert.deepEqual(Object.keys(entries), ruleIds(RULES_DIR), 'one setting entry per rule folder');
  });

  test('server/rules/rule.schema.json is RULE_SCHEMA, and every rule.yaml points at it', () => {
    assert.deepEqual(JSON.parse(fs.readFileSync(path.join(REPO, SCHEMA_FILE), 'utf8')), RULE_SCHEMA);
    for (const id of ruleIds(RULES_DIR)) {
      const first = fs.readFileSync(path.join(RULES_DIR, id, 'rule.yaml'), 'utf8').split('\n')[0]!;
      assert.equal(first, SCHEMA_MODELINE, `${id}/rule.yaml line 1`);
      const target = path.resolve(RULES_DIR, id, first.slice(first.indexOf('=') + 1));
      assert.equal(target, path.join(REPO, SCHEMA_FILE));
    }
  });

  test('the sync script names each rule out of step, then brings it back in step', () => {
    const root = copyOfCheckout();
    const rules = path.join(root, 'server', 'rules');
    const edit = (file: string, fn: (text: string) => string) => fs.writeFileSync(file, fn(fs.readFileSync(file, 'utf8')));
    // A new rule nobody registered, a retitled rule, a rule.yaml without its schema comment.
    fs.mkdirSync(path.join(rules, 'auth-example-new'));
    fs.copyFileSync(path.join(RULES_DIR, 'transport-cleartext-url', 'rule.yaml'), path.join(rules, 'auth-example-new', 'rule.yaml'));
    edit(path.join(rules, 'auth-example-new', 'rule.yaml'), (y) => y
      .replace('id: transport-cleartext-url', 'id: auth-example-new').replace(/^# yaml-language-server.*\n/, '')
      .replace(/title:\n  en: .*\n  ja: .*\n/, 'title:\n  en: A new check\n  ja: 新しいチェック\n').replace('cwe: [CWE-319]', 'cwe: [CWE-319, CWE-798]'));
    edit(path.join(rules, 'tls-weak-protocol-version', 'rule.yaml'), (y) => y.replace(/(title:\n  en: ).*/, '$1Weak TLS'));
    edit(path.join(rules, 'tls-reject-unauthorized-env', 'rule.yaml'), (y) => y.split('\n').slice(1).join('\n'));

    const check = sync(root, '--check');
    assert.equal(check.status, 1, check.stderr);
    const lines = check.stderr.trim().split('\n');
    assert.ok(lines.includes(`rule 'auth-example-new': package.json has no 'securecomm.rules' setting entry`), check.stderr);
    assert.ok(lines.some((l) => l.startsWith(`rule 'tls-weak-protocol-version': package.nls.json 'config.rules.tls-weak-protocol-version' is "An obsolete`)), check.stderr);
    assert.ok(lines.includes(`rule 'tls-reject-unauthorized-env': rule.yaml does not start with '${SCHEMA_MODELINE}'`), check.stderr);
    assert.equal(lines.at(-1), `Run '${SYNC_COMMAND}' to regenerate.`);

    const written = sync(root);
    assert.equal(written.status, 0, written.stderr);
    assert.deepEqual(written.stdout.trim().split('\n').sort(), [
      'updated package.json', 'updated package.nls.ja.json', 'updated package.nls.json',
      'updated server/rules/auth-example-new/rule.yaml', 'updated server/rules/tls-reject-unauthorized-env/rule.yaml',
    ]);
    assert.equal(sync(root, '--check').status, 0);
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const entry = pkg.contributes.configuration.properties['securecomm.rules'].properties['auth-example-new'];
    assert.equal(entry.description, '%config.rules.auth-example-new%');
    assert.deepEqual(entry.enum, ['off', 'error', 'warning', 'note']);
    const en = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
    const ja = JSON.parse(fs.readFileSync(path.join(root, 'package.nls.ja.json'), 'utf8'));
    assert.equal(en['config.rules.auth-example-new'], 'A new check (CWE-319, CWE-798).');
    assert.equal(ja['config.rules.auth-example-new'], '新しいチェック (CWE-319, CWE-798)。');
    assert.equal(en['config.rules.tls-weak-protocol-version'], 'Weak TLS (CWE-327).');
    assert.equal(en['config.enable'], JSON.parse(fs.readFileSync(path.join(REPO, 'package.nls.json'), 'utf8'))['config.enable'], 'other texts are kept');
    assert.equal(fs.readFileSync(path.join(rules, 'auth-example-new', 'rule.yaml'), 'utf8').split('\n')[0], SCHEMA_MODELINE);
  });

  test('the sync script reports an invalid rule.yaml by file and line, and writes nothing', () => {
    const root = copyOfCheckout();
    const file = path.join(root, 'server', 'rules', 'transport-cleartext-url', 'rule.yaml');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('severity: warning', 'severity: loud'));
    const before = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const r = sync(root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /transport-cleartext-url\/rule\.yaml:\d+: 'severity' must be one of: error, warning, note/);
    assert.equal(fs.readFileSync(path.join(root, 'package.json'), 'utf8'), before);
  });
});

describe('query predicates', () => {
  test('docs/predicates.md documents exactly the registered predicates, and every one is used by a query', () => {
    const registered = registeredPredicates().sort();
    assert.deepEqual(Object.keys(PREDICATE_DOCS).sort(), registered, 'add or remove entries in server/src/core/predicate-docs.ts, then npm run rules:sync');
    const queries = fs.readdirSync(RULES_DIR).filter((d) => !d.startsWith('_')).flatMap((id) => {
      const dir = path.join(RULES_DIR, id, 'queries');
      return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
    }).join('\n').replace(/^\s*;.*$/gm, '');
    // A predicate counts as used when it or its `not-` counterpart is (has / not-has, inside / not-inside).
    const counterpart = (p: string): string => (p.startsWith('sc-not-') ? p.replace(/^sc-not-/, 'sc-') : p.replace(/^sc-/, 'sc-not-'));
    const unused = registered.filter((p) => !queries.includes(`#${p}`) && !queries.includes(`#${counterpart(p)}`));
    assert.deepEqual(unused, [], 'predicates no query uses: remove them');
  });
});
