/** Below this size a file costs little to analyse, minified or not. */
const MIN_CHARS = 20_000;
/** A bundler writes lines this long; hand-written code breaks them. */
const LONG_LINE = 2_000;
/** Hand-written code averages well under 100 characters a line, even with a long string or two. */
const MIN_AVERAGE = 200;

/**
 * The longest line of minified or bundled JavaScript (webpack output, a vendored runtime
 * without `.min` in its name, a Jupyter extension's `extension.js`), or undefined for code a
 * person writes. Such a file's source lives elsewhere, a finding in it is not something the
 * reviewer of this repository can fix, and one 1 MB bundle can use a scan's whole time budget.
 */
export function minifiedLongestLine(text: string): number | undefined {
  if (text.length < MIN_CHARS) return undefined;
  let longest = 0;
  let lines = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    longest = Math.max(longest, (end < 0 ? text.length : end) - start);
    lines++;
    if (end < 0) break;
    start = end + 1;
  }
  return longest >= LONG_LINE && text.length / lines >= MIN_AVERAGE ? longest : undefined;
}
