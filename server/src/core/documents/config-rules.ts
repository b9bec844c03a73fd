import { fingerprintOf } from '../fingerprint';
import type { Rule } from '../rule';
import type { ConfigCondition, ConfigMatcherSpec } from '../rule-schema';
import { suppressionFor, type SuppressionComment } from '../suppression';
import { positionAt } from '../text-edits';
import type { Finding, Localized, RelatedLocation } from '../types';
import { buildConfigFix } from './config-fixes';
import { booleanOf, type ConfigDocument, type ConfigNode } from './config-node';
import { compilePath, select, type CompiledPath } from './config-path';

/** Facts from other files that change what a finding means (project-model.ts). */
export interface ConfigRelations {
  /** Places that explain a finding in this document, e.g. the manifest that names this config. */
  relatedTo?(document: ConfigDocument): RelatedLocation[];
}

/** Config checks on one document: the matched nodes, as findings like any other. */
export function runConfigRules(
  document: ConfigDocument, text: string, rules: readonly Rule[], suppressions: readonly SuppressionComment[],
  options: { today?: Date; related?: RelatedLocation[] } = {},
): Finding[] {
  const findings: Finding[] = [];
  const occurrences = new Map<string, number>();
  const today = isoDay(options.today ?? new Date());
  for (const rule of rules) {
    const reported = new Set<ConfigNode>(); // one finding per node, from the first matcher that takes it
    for (const matcher of rule.config ?? []) {
      if (!matcher.kinds.includes(document.kind)) continue;
      for (const node of select(document.root, compiled(matcher.path))) {
        if (reported.has(node) || !holds(matcher, node, today)) continue;
        reported.add(node);
        findings.push(toFinding(rule, matcher, node, document, text, suppressions, occurrences, options.related));
      }
    }
  }
  return findings.sort((a, b) => a.startIndex - b.startIndex || a.ruleId.localeCompare(b.ruleId));
}

/** The kinds of config file a rule reads (for the prefilter and the rule reference). */
export function configKindsOf(rule: Rule): ReadonlySet<string> {
  return new Set((rule.config ?? []).flatMap((m) => m.kinds));
}

function holds(m: ConfigMatcherSpec, node: ConfigNode, today: string): boolean {
  if (m.value !== undefined && !valueIsOneOf(node, m.value)) return false;
  if (m.valueMatches !== undefined && !(node.value !== undefined && new RegExp(m.valueMatches).test(node.value))) return false;
  if (m.pastDate && !(node.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(node.value.trim()) && node.value.trim() < today)) return false;
  if (m.fewerThan && select(node, compiled(m.fewerThan.path)).length >= m.fewerThan.count) return false;
  if (m.with && !m.with.every((c) => conditionHolds(node, c))) return false;
  if (m.without && m.without.some((c) => conditionHolds(node, c))) return false;
  return true;
}

function conditionHolds(node: ConfigNode, c: ConfigCondition): boolean {
  return select(node, compiled(c.path)).some((n) =>
    (c.name === undefined || c.name.includes(n.name)) &&
    (c.value === undefined || valueIsOneOf(n, c.value)) &&
    (c.notValue === undefined || (n.value !== undefined && !valueIsOneOf(n, c.notValue))));
}

function valueIsOneOf(node: ConfigNode, wanted: string | string[]): boolean {
  if (node.value === undefined) return false;
  const actual = booleanOf(node.value) ?? node.value.trim();
  return (Array.isArray(wanted) ? wanted : [wanted]).some((w) => (booleanOf(w) ?? w) === actual);
}

const compiledPaths = new Map<string, CompiledPath>();
function compiled(path: string): CompiledPath {
  let known = compiledPaths.get(path);
  if (!known) compiledPaths.set(path, (known = compilePath(path)));
  return known;
}

function toFinding(
  rule: Rule, matcher: ConfigMatcherSpec, node: ConfigNode, document: ConfigDocument, text: string,
  suppressions: readonly SuppressionComment[], occurrences: Map<string, number>, related: RelatedLocation[] | undefined,
): Finding {
  const variant = matcher.variant === undefined ? undefined : rule.variants?.[matcher.variant];
  const start = positionAt(text, node.span.startIndex);
  const code = text.slice(node.outerSpan.startIndex, node.outerSpan.endIndex);
  const key = `${rule.id}\u0000${code}`;
  const occurrence = occurrences.get(key) ?? 0;
  occurrences.set(key, occurrence + 1);
  const finding: Finding = {
    ruleId: rule.id,
    severity: variant?.severity ?? rule.severity,
    confidence: variant?.confidence ?? rule.confidence,
    range: { start, end: positionAt(text, node.span.endIndex) },
    startIndex: node.span.startIndex,
    endIndex: node.span.endIndex,
    message: fill(variant?.message ?? rule.message, node),
    fingerprint: fingerprintOf(rule.id, code, occurrence),
  };
  if (matcher.variant !== undefined) finding.variant = matcher.variant;
  const fix = matcher.fix && buildConfigFix(matcher.fix, node, document.root, text);
  if (fix) finding.fix = fix;
  // In XML a comment cannot sit inside a start tag: above the tag counts for its attributes.
  const tagStart = node.name.startsWith('@') ? node.parent?.outerSpan.startIndex : undefined;
  const suppression = suppressionFor(rule.id, start.line, suppressions) ??
    (tagStart === undefined ? undefined : suppressionFor(rule.id, positionAt(text, tagStart).line, suppressions));
  if (suppression) finding.suppression = suppression;
  if (related?.length) finding.related = related;
  return finding;
}

/** `{{key}}` (the node's name), `{{value}}` and `{{parent}}` (e.g. the exception domain). */
function fill(message: Localized, node: ConfigNode): Localized {
  const names: Record<string, string | undefined> = {
    key: node.name.replace(/^@/, ''),
    value: node.value,
    parent: node.parent?.name.replace(/^@/, ''),
    element: node.name.startsWith('@') ? node.parent?.name : node.name,
  };
  const f = (s: string): string => s.replace(/\{\{(\w+)\}\}/g, (all, name: string) => names[name] ?? all);
  return { en: f(message.en), ja: f(message.ja) };
}

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}
