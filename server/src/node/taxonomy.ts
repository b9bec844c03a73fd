import * as fs from 'node:fs';
import * as path from 'node:path';
import { defaultRulesDir } from './rule-files';
import { parseValidatedYaml } from '../core/yaml-validation';

/**
 * Taxonomy data kept next to the rules, in `server/rules/_taxonomy/` (folders starting with
 * `_` are not rules; see loadRules). Today: the MITRE names of the CWE ids that rules cite,
 * which SARIF output needs for its CWE taxonomy.
 */
export const CWE_FILE = path.join('_taxonomy', 'cwe.yaml');

const CWE_SCHEMA = {
  type: 'object',
  propertyNames: { pattern: '^CWE-[1-9]\\d*$' },
  additionalProperties: { type: 'string', minLength: 1 },
} as const;

/** `CWE-295` → `Improper Certificate Validation`, from `<rulesDir>/_taxonomy/cwe.yaml`. */
export function loadCweNames(rulesDir: string = defaultRulesDir()): ReadonlyMap<string, string> {
  const file = path.join(rulesDir, CWE_FILE);
  const names = parseValidatedYaml<Record<string, string>>(file, fs.readFileSync(file, 'utf8'), CWE_SCHEMA);
  return new Map(Object.entries(names));
}
