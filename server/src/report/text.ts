import * as path from 'node:path';
import type { FileReport } from '../scan/scan';
import type { Locale } from '../core/types';
import { renderNote, renderNotes } from '../core/notes';
import { countLeftOut, summarize, type LeftOutCounts } from './summary';
import { TEXT_SENTENCES } from './text-sentences';

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
  const words = TEXT_SENTENCES[locale];
  for (const r of reports) {
    if (r.skipped) lines.push(`${relative(baseDir, r.file)}  ${words.skipped}  ${renderNote(r.skipped, locale)}`);
    if (r.notes) lines.push(`${relative(baseDir, r.file)}  ${words.note}  ${renderNotes(r.notes, locale)}`);
  }
  lines.push(words.summary(summarize(reports), leftOut));
  return lines.join('\n') + '\n';
}

export function relative(baseDir: string, file: string): string {
  const rel = path.relative(baseDir, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
