import type { FileReport } from '../scan/scan';
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
