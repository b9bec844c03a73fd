import type { Node } from 'web-tree-sitter';
import { CONFIG_SIGNATURES, configDocuments } from './documents/config-documents';
import type { ConfigKind } from './documents/config-node';
import { runConfigRules } from './documents/config-rules';
import type { Rule } from './rule';
import { findSuppressions, findSuppressionsInSpans, type SuppressionComment } from './suppression';
import type { Finding, GrammarId, RelatedLocation } from './types';
import type { Note } from './notes';

export interface ConfigOptions {
  ruleIds?: ReadonlySet<string>;
  ignoreTriggers?: boolean;
  /** Facts from other files (the project model), attached to this file's config findings. */
  related?: RelatedLocation[];
  /** The day the pin-set expiry check compares with; today when absent. */
  today?: Date;
}

/** Rules with checks for this kind of config file whose triggers the text contains. */
export function applicableConfigRules(rules: readonly Rule[], text: string, kind: ConfigKind, options: ConfigOptions): Rule[] {
  if (!text.includes(CONFIG_SIGNATURES[kind])) return [];
  // An Expo config also holds an Info.plist (config-documents.ts).
  const kinds = kind === 'expo-config' ? new Set<ConfigKind>([kind, 'info-plist']) : new Set([kind]);
  return rules.filter((r) =>
    r.config?.some((m) => m.kinds.some((k) => kinds.has(k))) &&
    (!options.ruleIds || options.ruleIds.has(r.id)) &&
    (options.ignoreTriggers === true || r.triggers.some((t) => text.includes(t))));
}

/** The config findings of a file; `tree` is its XML or TypeScript tree, absent for JSON. */
export function configFindings(
  kind: ConfigKind, text: string, tree: Node | undefined, grammar: GrammarId | undefined, rules: readonly Rule[], options: ConfigOptions,
): { findings: Finding[]; partial?: Note; suppressions?: SuppressionComment[] } {
  const documents = configDocuments(kind, text, tree);
  if (documents.length === 0) return { findings: [] };
  // XML and JSON comments are known from reading the file; a TypeScript config has its tree.
  const suppressions = tree && grammar && grammar !== 'xml'
    ? findSuppressions(grammar, text, tree)
    : findSuppressionsInSpans(text, documents[0]!.comments);
  const related = kind === 'network-security-config' ? options.related : undefined;
  const findings = documents.flatMap((d) => runConfigRules(d, text, rules, suppressions, { today: options.today, related }));
  const partial = documents[0]!.partial;
  return { findings, ...(partial ? { partial } : {}), ...(suppressions.length ? { suppressions } : {}) };
}
