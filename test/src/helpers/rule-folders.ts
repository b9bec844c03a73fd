import * as fs from 'node:fs';
import * as path from 'node:path';
import { tempDir } from './temp-dir';

/**
 * A temporary rules folder holding one rule with a TypeScript query and stub guidance, for
 * engine tests of rule mechanics (flows, variants). Returns the rules folder (the parent of
 * the rule folder, which is named after the rule id).
 */
export function oneRuleFolder(id: string, ruleYaml: string, typescriptQuery: string): string {
  const root = tempDir(`${id}`);
  const dir = path.join(root, id);
  fs.mkdirSync(path.join(dir, 'queries'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'docs'));
  fs.writeFileSync(path.join(dir, 'rule.yaml'), ruleYaml);
  fs.writeFileSync(path.join(dir, 'queries', 'typescript.scm'), typescriptQuery);
  fs.writeFileSync(path.join(dir, 'docs', 'en.md'), '# Demo\n');
  fs.writeFileSync(path.join(dir, 'docs', 'ja.md'), '# デモ\n');
  return root;
}
