import type { Analyzer } from '../core/analyzer';
import { detectLanguage } from '../core/languages';
import { readSource } from './read-source';

export interface AuditedSuppression {
  file: string;
  /** One-based, as printed. */
  line: number;
  ruleId: string;
  reason: string;
  wholeFile: boolean;
  /** No finding of the rule is silenced by it: the code changed, or the marker is misplaced. */
  unused: boolean;
}

/**
 * Every `securecomm-ignore` of the given files with its reason, and whether it still silences
 * anything. Only files whose text has a marker are analysed, with every rule (triggers
 * ignored), so a suppression whose code no longer triggers its rule shows as unused.
 */
export async function auditSuppressions(analyzer: Analyzer, files: readonly string[]): Promise<AuditedSuppression[]> {
  const out: AuditedSuppression[] = [];
  for (const file of files) {
    const detected = detectLanguage(file);
    const source = detected && readSource(file);
    if (!detected || !source?.ok || !source.text.includes('securecomm-ignore')) continue;
    const result = await analyzer.analyze(source.text, detected, { ignoreTriggers: true });
    for (const marker of result.suppressions ?? []) {
      for (const ruleId of marker.ruleIds) {
        const used = result.findings.some((f) => f.ruleId === ruleId && f.suppression?.line === marker.line);
        out.push({ file, line: marker.line + 1, ruleId, reason: marker.reason, wholeFile: marker.wholeFile === true, unused: !used });
      }
    }
  }
  return out;
}
