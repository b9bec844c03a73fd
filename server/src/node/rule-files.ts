import * as fs from 'node:fs';
import * as path from 'node:path';
import { installRoot } from './assets';
import { catalogueKey, readCatalogue, writeCatalogue } from './rule-catalogue';
import { ConfigError } from '../core/config-error';
import type { Rule } from '../core/rule';
import { RULE_SCHEMA, type RuleDefinition } from '../core/rule-schema';
import { RULE_LANGUAGES, type Localized } from '../core/types';

/** `server/rules` of this installation. */
export function defaultRulesDir(): string {
  return path.join(installRoot(), 'server', 'rules');
}

export interface LoadRulesOptions {
  /**
   * Write the catalogue (`<rulesDir>.catalogue.json`) after a successful load, so that the
   * next start reads one file. Default: only for this installation's own rules.
   */
  writeCatalogue?: boolean;
}

/**
 * Reads and validates every `<dir>/<id>/rule.yaml`; the first mistake stops the load. A
 * current catalogue (rule-catalogue.ts) stands in for the parsing and validation.
 */
export function loadRules(rulesDir: string = defaultRulesDir(), options: LoadRulesOptions = {}): Rule[] {
  const ids = fs.readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const key = catalogueKey(rulesDir, ids);
  const cached = key === undefined ? undefined : readCatalogue(rulesDir, key);
  if (cached) return cached;
  const rules = ids.map((id) => loadRule(path.join(rulesDir, id)));
  const write = options.writeCatalogue ?? path.resolve(rulesDir) === path.resolve(defaultRulesDir());
  if (write && key !== undefined) writeCatalogue(rulesDir, key, rules);
  return rules;
}

export function loadRule(dir: string): Rule {
  const file = path.join(dir, 'rule.yaml');
  if (!fs.existsSync(file)) throw new ConfigError(file, 0, 'every rule folder needs a rule.yaml');
  // Loaded here, not at the top: a start from the catalogue never pays for YAML and Ajv.
  const { parseValidatedYaml } = require('../core/yaml-validation') as typeof import('../core/yaml-validation');
  const def = parseValidatedYaml<RuleDefinition>(file, fs.readFileSync(file, 'utf8'), RULE_SCHEMA);
  const folder = path.basename(dir);
  if (def.id !== folder) {
    throw new ConfigError(file, 1, `'id' is '${def.id}' but the folder is '${folder}': they must be equal`);
  }
  const querySources: Rule['querySources'] = {};
  for (const lang of RULE_LANGUAGES) {
    const spec = def.languages[lang];
    if (!spec) continue;
    const queryFile = path.join(dir, spec.query);
    if (!fs.existsSync(queryFile)) {
      throw new ConfigError(file, 0, `'languages.${lang}.query' names ${spec.query}, which does not exist`);
    }
    spec.fixes?.forEach((f, i) => checkRegex(file, `${lang}.fixes.${i}`, f.find));
    querySources[lang] = { file: queryFile, source: fs.readFileSync(queryFile, 'utf8') };
  }
  return { ...def, dir, docs: readDocs(dir, file), querySources };
}

function checkRegex(file: string, lang: string, source: string): void {
  try {
    new RegExp(source);
  } catch (e) {
    throw new ConfigError(file, 0, `'languages.${lang}.find' is not a valid regular expression: ${(e as Error).message}`);
  }
}

function readDocs(dir: string, ruleFile: string): Localized {
  const read = (locale: string): string => {
    const file = path.join(dir, 'docs', `${locale}.md`);
    if (!fs.existsSync(file)) throw new ConfigError(ruleFile, 0, `guidance docs/${locale}.md is missing`);
    return fs.readFileSync(file, 'utf8');
  };
  return { en: read('en'), ja: read('ja') };
}

// `node server/out/node/rule-files.js` (npm prepare) builds the installed rules' catalogue.
if (require.main === module) loadRules(defaultRulesDir(), { writeCatalogue: true });
