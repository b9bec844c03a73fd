import { renderNote, renderNotes } from '../core/notes';
import type { FileReport } from '../scan/scan';
import { countLeftOut, summarize, type LeftOutCounts } from './summary';
import { relative } from './text';

/** A stable, documented JSON shape for scripts; paths are relative to the base folder. */
export function formatJson(reports: readonly FileReport[], baseDir: string, toolVersion: string, leftOut: LeftOutCounts = countLeftOut()): string {
  const findings = reports.flatMap((r) => r.findings.map((f) => ({
    path: relative(baseDir, r.file),
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    message: f.message,
    fingerprint: f.fingerprint,
    ...(f.fix ? { fix: { title: f.fix.title, safe: f.fix.safe, edits: f.fix.edits.map((e) => ({ ...e.range, newText: e.newText })) } } : {}),
    ...(f.related ? { related: f.related.map((r) => ({ ...(r.file ? { path: relative(baseDir, r.file) } : {}), line: r.range.start.line + 1, column: r.range.start.character + 1, message: r.message })) } : {}),
    ...(f.suppression ? { suppressed: { reason: f.suppression.reason, line: f.suppression.line + 1 } } : {}),
  })));
  // English, as before notes were localisable: scripts match these texts.
  const skipped = reports.filter((r) => r.skipped).map((r) => ({ path: relative(baseDir, r.file), reason: renderNote(r.skipped!, 'en') }));
  const notes = reports.filter((r) => r.notes).map((r) => ({ path: relative(baseDir, r.file), note: renderNotes(r.notes!, 'en') }));
  // leftOut: non-shipping files not scanned, per kind; testFilesNotScanned is kept for scripts written before it.
  const summary = { ...summarize(reports), leftOut, testFilesNotScanned: leftOut.test };
  return JSON.stringify({ tool: 'securecomm', version: toolVersion, summary, findings, skipped, notes }, null, 2) + '\n';
}
