/** The lines of a file that a change touched, 0-based, or the whole file (a new file). */
export type ChangedLines = 'whole-file' | ReadonlySet<number>;

/** Beyond this many inserted + deleted lines, the part between the common start and end counts as changed. */
const MAX_EDITS = 2000;

/**
 * The lines of `after` that are not in `before` (Myers' diff, minimal, by line; line endings
 * ignored, so a CRLF checkout of an LF blob is unchanged). Where lines were only deleted, the
 * lines on either side count as changed: removing a certificate pin or a check is the change
 * that makes the code next to it insecure.
 */
export function changedLines(before: string, after: string): Set<number> {
  const a = before.split(/\r?\n/);
  const b = after.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) { endA--; endB--; }
  const changed = new Set<number>();
  if (start === endA && start === endB) return changed;
  const edits = editScript(a.slice(start, endA), b.slice(start, endB));
  const inserted = edits?.inserted ?? new Uint8Array(endB - start).fill(1);
  const deletedAt = edits?.deletedAt ?? (endA > start ? [0] : []);
  inserted.forEach((isNew, i) => { if (isNew) changed.add(start + i); });
  for (const at of deletedAt) {
    // A deletion next to an inserted line is a modification: that line is marked already.
    if (inserted[at - 1] || inserted[at]) continue;
    if (start + at - 1 >= 0) changed.add(start + at - 1);
    if (start + at < b.length) changed.add(start + at);
  }
  return changed;
}

/** Whether a range of lines (0-based, inclusive) touches a changed line. */
export function touchesChange(changed: ChangedLines, startLine: number, endLine: number): boolean {
  if (changed === 'whole-file') return true;
  for (let line = startLine; line <= endLine; line++) if (changed.has(line)) return true;
  return false;
}

/**
 * Myers' greedy forward search, keeping each round's furthest points (diagonals -d..d only,
 * so memory grows with the edits squared, not the file's length), then a walk back.
 * `inserted[i]`: line i of `b` is new; `deletedAt`: positions in `b` where lines of `a` went.
 * Undefined when there are more than MAX_EDITS edits.
 */
function editScript(a: readonly string[], b: readonly string[]): { inserted: Uint8Array; deletedAt: number[] } | undefined {
  const n = a.length;
  const m = b.length;
  const at = (v: Int32Array, d: number, k: number) => v[k + d]!;
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, MAX_EDITS); d++) {
    const v = new Int32Array(2 * d + 1);
    const prev = trace[d - 1];
    for (let k = -d; k <= d; k += 2) {
      let x = 0;
      if (prev) {
        const down = k === -d || (k !== d && at(prev, d - 1, k - 1) < at(prev, d - 1, k + 1));
        x = down ? at(prev, d - 1, k + 1) : at(prev, d - 1, k - 1) + 1;
      }
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) { x++; y++; }
      v[k + d] = x;
      if (x >= n && y >= m) {
        trace.push(v);
        return walkBack(trace, n, m);
      }
    }
    trace.push(v);
  }
  return undefined;
}

function walkBack(trace: readonly Int32Array[], n: number, m: number): { inserted: Uint8Array; deletedAt: number[] } {
  const inserted = new Uint8Array(m);
  const deletedAt: number[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d > 0; d--) {
    const prev = trace[d - 1]!;
    const k = x - y;
    const get = (kk: number) => prev[kk + d - 1]!;
    const down = k === -d || (k !== d && get(k - 1) < get(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = get(prevK);
    const prevY = prevX - prevK;
    if (down) inserted[prevY] = 1;
    else deletedAt.push(prevY);
    x = prevX;
    y = prevY;
  }
  return { inserted, deletedAt };
}
