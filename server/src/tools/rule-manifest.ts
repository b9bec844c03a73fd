import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds } from '../node/rule-files';
import { RULE_SCHEMA, type RuleDefinition } from '../core/rule-schema';
import { parseValidatedYaml } from '../core/yaml-validation';
import { PREDICATE_DOCS, type PredicateDoc } from '../core/predicate-docs';

/**
 * Files derived from the rule folders, so that a rule is written once (its `rule.yaml`):
 *   - package.json: one `securecomm.rules` setting entry per rule (completion in settings.json)
 *   - package.nls.json / package.nls.ja.json: that entry's text, the rule title and its CWEs
 *   - server/rules/rule.schema.json: RULE_SCHEMA as a file editors can use
 *   - the first line of every rule.yaml, which points YAML editors at that schema
 * `npm run rules:sync` (scripts/sync-rule-manifest.js) writes them; test/src/rule-manifest.test.ts
 * fails, naming the rule, when they drift.
 */
export const SCHEMA_FILE = 'server/rules/rule.schema.json';
export const SCHEMA_MODELINE = '# yaml-language-server: $schema=../rule.schema.json';
export const SYNC_COMMAND = 'npm run rules:sync';
export const PREDICATES_FILE = 'docs/predicates.md';

/** `config.rules.<word>` keys that are not rules: the texts of the severity choices. */
const SEVERITY_KEYS = ['off', 'error', 'warning', 'note'];
const NLS = { en: 'package.nls.json', ja: 'package.nls.ja.json' } as const;

export interface DerivedFile {
  /** Relative to the repository root, `/`-separated. */
  file: string;
  current: string | undefined;
  generated: string;
  /** Problems in words, each naming the rule when there is one. Empty when current === generated. */
  problems: string[];
}

type Json = Record<string, unknown>;

/** Every derived file, as it is on disk and as it should be. */
export function deriveRuleManifest(root: string): DerivedFile[] {
  const rulesDir = path.join(root, 'server', 'rules');
  const rules = ruleIds(rulesDir).map((id) => readRule(rulesDir, id));
  return [
    packageJson(root, rules),
    nls(root, rules, 'en'),
    nls(root, rules, 'ja'),
    derived(SCHEMA_FILE, read(root, SCHEMA_FILE), json(RULE_SCHEMA), () => [`${SCHEMA_FILE} differs from RULE_SCHEMA in server/src/core/rule-schema.ts`]),
    derived(PREDICATES_FILE, read(root, PREDICATES_FILE), predicateReference(), () => [`${PREDICATES_FILE} differs from PREDICATE_DOCS in server/src/core/predicate-docs.ts`]),
    ...rules.map((r) => derived(`server/rules/${r.id}/rule.yaml`, r.yaml, withModeline(r.yaml),
      () => [`rule '${r.id}': rule.yaml does not start with '${SCHEMA_MODELINE}'`])),
  ];
}

/** Writes the derived files that differ; returns their paths. */
export function syncRuleManifest(root: string): string[] {
  const stale = deriveRuleManifest(root).filter((d) => d.current !== d.generated);
  for (const d of stale) {
    fs.mkdirSync(path.dirname(path.join(root, d.file)), { recursive: true });
    fs.writeFileSync(path.join(root, d.file), d.generated);
  }
  return stale.map((d) => d.file);
}

interface RuleSource {
  id: string;
  yaml: string;
  def: RuleDefinition;
}

function readRule(rulesDir: string, id: string): RuleSource {
  const file = path.join(rulesDir, id, 'rule.yaml');
  const yaml = fs.readFileSync(file, 'utf8');
  return { id, yaml, def: parseValidatedYaml<RuleDefinition>(file, yaml, RULE_SCHEMA) };
}

function packageJson(root: string, rules: readonly RuleSource[]): DerivedFile {
  const file = 'package.json';
  const current = read(root, file);
  const pkg = JSON.parse(current ?? '{}') as Json;
  const setting = (((pkg.contributes as Json | undefined)?.configuration as Json | undefined)?.properties as Json | undefined)?.['securecomm.rules'] as Json | undefined;
  if (!setting) return { file, current, generated: current ?? '', problems: [`${file} has no contributes.configuration.properties['securecomm.rules']`] };
  const before = (setting.properties ?? {}) as Json;
  // Every rule entry is the shared value shape (additionalProperties) plus its own description.
  const entry = (id: string) => ({ ...(setting.additionalProperties as Json), description: `%config.rules.${id}%` });
  setting.properties = Object.fromEntries(rules.map((r) => [r.id, entry(r.id)]));
  const generated = json(pkg);
  return derived(file, current, generated, () => [
    ...rules.filter((r) => !(r.id in before)).map((r) => `rule '${r.id}': ${file} has no 'securecomm.rules' setting entry`),
    ...rules.filter((r) => r.id in before && json(before[r.id]) !== json(entry(r.id))).map((r) => `rule '${r.id}': its ${file} setting entry differs from the generated one`),
    ...Object.keys(before).filter((id) => !rules.some((r) => r.id === id)).map((id) => `${file}: setting entry '${id}' is not a rule folder`),
  ]);
}

/** The rule's setting text: its title and CWE ids, e.g. "Hostname verification is disabled (CWE-297)." */
export function settingText(def: RuleDefinition, locale: 'en' | 'ja'): string {
  return `${def.title[locale]} (${def.cwe.join(', ')})${locale === 'ja' ? '。' : '.'}`;
}

/**
 * Rule texts go right after `config.rules.note` (where a reader of the file looks for them),
 * sorted by id; every other key keeps its place.
 */
function nls(root: string, rules: readonly RuleSource[], locale: 'en' | 'ja'): DerivedFile {
  const file = NLS[locale];
  const current = read(root, file);
  const texts = JSON.parse(current ?? '{}') as Record<string, string>;
  const isRuleKey = (k: string) => k.startsWith('config.rules.') && !SEVERITY_KEYS.includes(k.slice('config.rules.'.length));
  const ruleTexts = rules.map((r): [string, string] => [`config.rules.${r.id}`, settingText(r.def, locale)]);
  const out: [string, string][] = [];
  for (const [k, v] of Object.entries(texts)) {
    if (isRuleKey(k)) continue;
    out.push([k, v]);
    if (k === 'config.rules.note') out.push(...ruleTexts);
  }
  if (!('config.rules.note' in texts)) out.push(...ruleTexts);
  return derived(file, current, json(Object.fromEntries(out)), () => [
    ...ruleTexts.filter(([k, v]) => texts[k] !== v).map(([k, v]) =>
      `rule '${k.slice('config.rules.'.length)}': ${file} '${k}' is ${JSON.stringify(texts[k])}, expected ${JSON.stringify(v)} (title.${locale} and cwe in rule.yaml)`),
    ...Object.keys(texts).filter((k) => isRuleKey(k) && !ruleTexts.some(([rk]) => rk === k)).map((k) => `${file}: '${k}' is not a rule folder`),
  ]);
}

function withModeline(yaml: string): string {
  const lines = yaml.split('\n');
  if (lines[0]?.startsWith('# yaml-language-server:')) lines.shift();
  return [SCHEMA_MODELINE, ...lines].join('\n');
}

/** A derived file; `explain` says what differs when the texts do (else: order or layout). */
function derived(file: string, current: string | undefined, generated: string, explain: () => string[]): DerivedFile {
  if (current === generated) return { file, current, generated, problems: [] };
  const problems = current === undefined ? [`${file} is missing`] : explain();
  return { file, current, generated, problems: problems.length ? problems : [`${file}: order or layout differs from the generated file`] };
}

function read(root: string, file: string): string | undefined {
  const abs = path.join(root, file);
  return fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : undefined;
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** docs/predicates.md: every `#sc-` predicate by group, as PREDICATE_DOCS says. */
function predicateReference(): string {
  const groups = new Map<PredicateDoc['group'], [string, PredicateDoc][]>();
  for (const entry of Object.entries(PREDICATE_DOCS).sort(([a], [b]) => a.localeCompare(b))) {
    const list = groups.get(entry[1].group) ?? [];
    list.push(entry);
    groups.set(entry[1].group, list);
  }
  const out = [
    '# Query predicates',
    '',
    '<!-- Generated from server/src/core/predicate-docs.ts by `npm run rules:sync`; do not edit. -->',
    '',
    'Predicates a rule query may use besides tree-sitter\'s own (`#eq?`, `#match?`, `#any-of?`',
    'and their `#not-` forms). Where an argument is a regular expression, `"list:NAME[,NAME]"`',
    'names word lists of `server/rules/_lists/` instead (`"list:A!B"`: names with a word of words',
    'list A whose other words are none of list B\'s). See docs/adding-a-rule.md.',
  ];
  for (const group of ['structure', 'bodies', 'values and flows', 'certificates', 'cleartext'] as const) {
    const entries = groups.get(group);
    if (!entries) continue;
    out.push('', `## ${group[0]!.toUpperCase()}${group.slice(1)}`, '', '| predicate | holds when |', '| --- | --- |');
    for (const [, doc] of entries) out.push(`| \`${doc.usage.replace(/\|/g, '\\|')}\` | ${doc.holds.replace(/\|/g, '\\|')} |`);
  }
  return out.join('\n') + '\n';
}
