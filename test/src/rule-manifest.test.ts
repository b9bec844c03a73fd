import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { loadRules } from '../../server/out/core/rule-loader';
import { loadCweNames } from '../../server/out/core/taxonomy';
import { RULES_DIR } from './helpers/engine';

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
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rules-'));
    fs.cpSync(path.join(RULES_DIR, 'transport-cleartext-url'), path.join(dir, 'transport-cleartext-url'), { recursive: true });
    fs.mkdirSync(path.join(dir, '_lists'));
    fs.writeFileSync(path.join(dir, '_lists', 'secret-names.txt'), 'password\n');
    assert.deepEqual(loadRules(dir).map((r) => r.id), ['transport-cleartext-url']);
  });
});
