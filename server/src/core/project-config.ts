import { ConfigError } from './config-error';
import { note } from './notes';
import { INCLUDE_NAMES, includedKinds, type NonShippingKind } from './file-kind';
import type { Severity } from './types';
import { parseValidatedYaml } from './yaml-validation';

/**
 * `.securecomm.yml` at the root of a repository (or workspace folder): the team's choices,
 * shared by the editor and CI so both report the same findings.
 *
 *   rules:
 *     transport-cleartext-url: off      # off | on | error | warning | note
 *     tls-weak-protocol-version: error
 *   exclude:
 *     - "legacy/**"                     # .gitignore syntax, relative to the file
 *   include: [examples, docs]           # non-shipping code to scan too (see file-kind.ts), or [all]
 *   include-tests: false                # the same as listing `tests` in include (kept: older files use it)
 */
export const PROJECT_CONFIG_FILE = '.securecomm.yml';

export type RuleSetting = 'off' | 'on' | Severity;

export interface ProjectConfig {
  rules: Record<string, RuleSetting>;
  exclude: string[];
  /** Non-shipping kinds a repository scan covers too (`include`, plus `test` for `include-tests: true`). */
  include: NonShippingKind[];
}

interface RawProjectConfig {
  rules?: Record<string, RuleSetting>;
  exclude?: string[];
  include?: string[];
  'include-tests'?: boolean;
}

const SETTINGS = ['off', 'on', 'error', 'warning', 'note'];

const SCHEMA = {
  type: ['object', 'null'],
  additionalProperties: false,
  properties: {
    rules: { type: 'object', additionalProperties: { enum: SETTINGS } },
    exclude: { type: 'array', items: { type: 'string', minLength: 1 } },
    include: { type: 'array', items: { enum: INCLUDE_NAMES } },
    'include-tests': { type: 'boolean' },
  },
} as const;

export const EMPTY_PROJECT_CONFIG: ProjectConfig = { rules: {}, exclude: [], include: [] };

/** Parses and validates; mistakes are ConfigErrors naming the line (an unknown rule id too). */
export function parseProjectConfig(file: string, text: string, knownRuleIds: readonly string[]): ProjectConfig {
  const raw = parseValidatedYaml<RawProjectConfig | null>(file, text, SCHEMA, (value) => {
    return Object.keys(value?.rules ?? {}).filter((id) => !knownRuleIds.includes(id)).map((unknown) => ({
      path: ['rules', unknown],
      detail: note('config.unknown-rule', { id: unknown, ...suggestion(unknown, knownRuleIds), known: knownRuleIds.join(', ') }),
    }));
  });
  const include = includedKinds([...(raw?.include ?? []), ...(raw?.['include-tests'] ? ['test'] : [])]);
  return { rules: raw?.rules ?? {}, exclude: raw?.exclude ?? [], include: [...include] };
}

/** What a configuration means for analysis: the rules that run and their severities. */
export function effectiveRules(allRuleIds: readonly string[], ...layers: Record<string, RuleSetting>[]): { ruleIds: Set<string>; severities: Map<string, Severity> } {
  const ruleIds = new Set(allRuleIds);
  const severities = new Map<string, Severity>();
  for (const layer of layers) {
    for (const [id, setting] of Object.entries(layer)) {
      if (!allRuleIds.includes(id)) continue;
      if (setting === 'off') { ruleIds.delete(id); continue; }
      ruleIds.add(id);
      if (setting !== 'on') severities.set(id, setting);
    }
  }
  return { ruleIds, severities };
}

function suggestion(id: string, known: readonly string[]): { suggestion?: string } {
  const close = known.find((k) => k.includes(id) || id.includes(k) || editDistance(k, id) <= 3);
  return close ? { suggestion: close } : {};
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

export { ConfigError };
