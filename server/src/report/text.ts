import * as path from 'node:path';
import type { FileReport } from '../scan/scan';
import type { Locale } from '../core/types';
import { countLeftOut, leftOutSentence, summarize, type LeftOutCounts } from './summary';

/** `path:line:col  severity  rule-id  message`, one finding a line, for people. */
export function formatText(reports: readonly FileReport[], baseDir: string, locale: Locale = 'en', leftOut: LeftOutCounts = countLeftOut()): string {
  const lines: string[] = [];
  for (const r of reports) {
    const rel = relative(baseDir, r.file);
    for (const f of r.findings) {
      if (f.suppression) continue;
      const where = `${rel}:${f.range.start.line + 1}:${f.range.start.character + 1}`;
      lines.push(`${where}  ${f.severity.padEnd(7)}  ${f.ruleId}  ${f.message[locale]}`);
    }
  }
  for (const r of reports) {
    if (r.skipped) lines.push(`${relative(baseDir, r.file)}  skipped  ${r.skipped}`);
    if (r.note) lines.push(`${relative(baseDir, r.file)}  note     ${r.note}`);
  }
  const s = summarize(reports);
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const notScanned = leftOutSentence(leftOut);
  lines.push(
    `${plural(s.findings, 'finding')} (${s.bySeverity.error} error, ${s.bySeverity.warning} warning, ${s.bySeverity.note} note) ` +
    `in ${plural(s.analysed, 'file')} analysed; ${s.suppressed} suppressed; ${plural(s.skipped, 'file')} skipped` +
    (notScanned ? `; ${notScanned}` : ''),
  );
  return lines.join('\n') + '\n';
}

export function relative(baseDir: string, file: string): string {
  const rel = path.relative(baseDir, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
