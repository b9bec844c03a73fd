import * as fs from 'node:fs';
import * as path from 'node:path';
import { installRoot } from './assets';
import { catalogueKey, readCatalogue, readWordListCatalogue, wordListKey, writeCatalogue, writeWordListCatalogue } from './rule-catalogue';
import { ConfigError } from '../core/config-error';
import type { Rule } from '../core/rule';
import { RULE_SCHEMA, type RuleDefinition } from '../core/rule-schema';
import { RULE_LANGUAGES, type Localized } from '../core/types';
import { WORD_LIST_FILE_SCHEMA, WordLists, type WordList } from '../core/word-lists';

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
 * current catalogue (rule-catalogue.ts) stands in for the parsing and validation. Folders
 * whose name starts with `_` hold shared data (`_taxonomy/`, `_lists/`), not rules.
 */
export function loadRules(rulesDir: string = defaultRulesDir(), options: LoadRulesOptions = {}): Rule[] {
  const ids = ruleIds(rulesDir);
  const key = catalogueKey(rulesDir, ids);
  const cached = key === undefined ? undefined : readCatalogue(rulesDir, key);
  if (cached) return cached;
  const rules = ids.map((id) => loadRule(path.join(rulesDir, id)));
  const write = options.writeCatalogue ?? path.resolve(rulesDir) === path.resolve(defaultRulesDir());
  if (write && key !== undefined) writeCatalogue(rulesDir, key, rules);
  return rules;
}

/** The rule folders under `rulesDir`, sorted. */
export function ruleIds(rulesDir: string = defaultRulesDir()): string[] {
  return fs.readdirSync(rulesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
    .map((d) => d.name)
    .sort();
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
  for (const [name, v] of Object.entries(def.variants ?? {})) {
    v.fixes?.forEach((f, i) => checkRegex(file, `variants.${name}.fixes.${i}`, f.find));
  }
  def.languages ??= {}; // a rule of config checks only
  def.config?.forEach((m, i) => {
    if (m.variant !== undefined && !def.variants?.[m.variant]) {
      throw new ConfigError(file, 0, `'config.${i}.variant' names '${m.variant}', which is not under 'variants'`);
    }
    if (m.valueMatches !== undefined) checkRegex(file, `config.${i}.valueMatches`, m.valueMatches);
  });
  const querySources: Rule['querySources'] = {};
  for (const lang of RULE_LANGUAGES) {
    const spec = def.languages[lang];
    if (!spec) continue;
    const queryFile = path.join(dir, spec.query);
    if (!fs.existsSync(queryFile)) {
      throw new ConfigError(file, 0, `'languages.${lang}.query' names ${spec.query}, which does not exist`);
    }
    spec.fixes?.forEach((f, i) => checkRegex(file, `languages.${lang}.fixes.${i}`, f.find));
    querySources[lang] = { file: queryFile, source: fs.readFileSync(queryFile, 'utf8') };
  }
  return { ...def, dir, docs: readDocs(dir, file), querySources };
}

function checkRegex(file: string, where: string, source: string): void {
  try {
    new RegExp(source);
  } catch (e) {
    throw new ConfigError(file, 0, `'${where}${where.startsWith('config.') ? '' : '.find'}' is not a valid regular expression: ${(e as Error).message}`);
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

/**
 * Every named word list in `<rulesDir>/_lists/*.yaml`; a name defined twice is an error. A
 * rules folder without `_lists/` (a copy of some rules, for a benchmark) uses this
 * installation's lists, which its queries name.
 */
export function loadWordLists(rulesDir: string = defaultRulesDir(), options: LoadRulesOptions = {}): WordLists {
  const own = path.join(rulesDir, '_lists');
  const dir = fs.existsSync(own) ? own : path.join(defaultRulesDir(), '_lists');
  if (!fs.existsSync(dir)) return new WordLists(new Map());
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
  // A current catalogue stands in for parsing and validating (rule-catalogue.ts).
  const key = wordListKey(dir, files);
  const cached = key === undefined ? undefined : readWordListCatalogue(dir, key);
  if (cached) return new WordLists(cached);
  const lists = new Map<string, WordList>();
  const { parseValidatedYaml } = require('../core/yaml-validation') as typeof import('../core/yaml-validation');
  for (const name of files) {
    const file = path.join(dir, name);
    const text = fs.readFileSync(file, 'utf8');
    const parsed = parseValidatedYaml<Record<string, WordList>>(file, text, WORD_LIST_FILE_SCHEMA);
    for (const [listName, list] of Object.entries(parsed)) {
      if (lists.has(listName)) {
        const line = text.split('\n').findIndex((l) => l.startsWith(`${listName}:`)) + 1;
        throw new ConfigError(file, line, `word list '${listName}' is already defined in another file of _lists/`);
      }
      lists.set(listName, list);
    }
  }
  const write = options.writeCatalogue ?? path.resolve(dir) === path.resolve(defaultRulesDir(), '_lists');
  if (write && key !== undefined) writeWordListCatalogue(dir, key, lists);
  return new WordLists(lists);
}

// `node server/out/node/rule-files.js` (npm prepare) builds the installed rules' catalogue.
if (require.main === module) {
  loadRules(defaultRulesDir(), { writeCatalogue: true });
  loadWordLists(defaultRulesDir(), { writeCatalogue: true });
}
