import * as fs from 'node:fs';
import * as path from 'node:path';
import { touchesChange, type ChangedLines } from '../node/git/line-diff';
import { ReviewSnapshot } from '../node/git/review-snapshot';
import type { FileReport } from './scan';

/** `scan --diff-base REF`: the changed lines of each scanned file, since the merge-base of HEAD and REF. */
export interface DiffScope {
  /** The bases used, one per repository: `origin/main (merge-base 1a2b3c4)`. */
  description: string;
  /** Each file with at least one changed line; a file not listed has none. */
  changed: Map<string, ChangedLines>;
}

/**
 * The changed lines of `files`, in the repositories that hold the scanned `paths`. Unchanged
 * files are recognised by their blob id, without a diff, so that a review of a large
 * repository analyses only the files the branch touched.
 */
export async function diffScope(ref: string, paths: readonly string[], files: readonly string[]): Promise<DiffScope> {
  const snapshots: ReviewSnapshot[] = [];
  for (const p of paths) {
    const dir = fs.statSync(p, { throwIfNoEntry: false })?.isDirectory() ? p : path.dirname(p);
    const snapshot = await ReviewSnapshot.create(dir, ref);
    if (!snapshots.some((s) => s.root === snapshot.root)) snapshots.push(snapshot);
  }
  const changed = new Map<string, ChangedLines>();
  for (const file of files) {
    const snapshot = snapshots.filter((s) => s.contains(file)).sort((a, b) => b.root.length - a.root.length)[0];
    // A file git cannot place (outside the repositories, unreadable) is reviewed as a whole.
    const lines = (await snapshot?.changedLinesOf(file)) ?? 'whole-file';
    if (lines === 'whole-file' || lines.size > 0) changed.set(file, lines);
  }
  return { description: snapshots.map((s) => `${s.against} (merge-base ${s.base.slice(0, 7)})`).join(', '), changed };
}

/** The reports with only the findings whose lines touch a change, and how many (unsuppressed) were left out. */
export function onlyOnChangedLines(reports: readonly FileReport[], scope: DiffScope): { reports: FileReport[]; outside: number } {
  let outside = 0;
  const kept = reports.map((r) => {
    const lines = scope.changed.get(r.file);
    const findings = r.findings.filter((f) => {
      const inDiff = lines !== undefined && touchesChange(lines, f.range.start.line, f.range.end.line);
      if (!inDiff && !f.suppression) outside++;
      return inDiff;
    });
    return { ...r, findings };
  });
  return { reports: kept, outside };
}
