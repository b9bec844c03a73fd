import type { FileReport } from '../scan/scan';
import { NON_SHIPPING_KINDS, type NonShippingKind } from '../core/file-kind';
import type { Finding, Severity } from '../core/types';

export const SEVERITY_RANK: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

export interface Summary {
  files: number;
  analysed: number;
  skipped: number;
  findings: number;
  suppressed: number;
  bySeverity: Record<Severity, number>;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const s: Summary = { files: reports.length, analysed: 0, skipped: 0, findings: 0, suppressed: 0, bySeverity: { error: 0, warning: 0, note: 0 } };
  for (const r of reports) {
    if (r.skipped) s.skipped++;
    else s.analysed++;
    for (const f of r.findings) {
      if (f.suppression) { s.suppressed++; continue; }
      s.findings++;
      s.bySeverity[f.severity]++;
    }
  }
  return s;
}

/** Findings that should fail a CI job: unsuppressed and at or above the threshold. */
export function failingFindings(reports: readonly FileReport[], failOn: Severity): Finding[] {
  return reports.flatMap((r) => r.findings).filter((f) => !f.suppression && SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]);
}

/** Files a repository scan left out, per non-shipping kind (every kind present, 0 if none). */
export type LeftOutCounts = Record<NonShippingKind, number>;

export function countLeftOut(leftOut: readonly { kind: NonShippingKind }[] = []): LeftOutCounts {
  const counts = Object.fromEntries(NON_SHIPPING_KINDS.map((k) => [k, 0])) as LeftOutCounts;
  for (const l of leftOut) counts[l.kind]++;
  return counts;
}

/** `left out: 120 test, 14 example, 3 docs files (--include test,example,docs to scan them)`, or '' when none. */
export function leftOutSentence(counts: LeftOutCounts): string {
  const kinds = NON_SHIPPING_KINDS.filter((k) => counts[k] > 0);
  if (kinds.length === 0) return '';
  const total = kinds.reduce((n, k) => n + counts[k], 0);
  return `left out: ${kinds.map((k) => `${counts[k]} ${k}`).join(', ')} file${total === 1 ? '' : 's'} (--include ${kinds.join(',')} to scan ${total === 1 ? 'it' : 'them'})`;
}
