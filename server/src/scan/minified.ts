/** Below this size a file costs little to analyse, minified or not. */
const MIN_CHARS = 20_000;
/** A bundler writes lines this long; hand-written code breaks them. */
const LONG_LINE = 2_000;
/** Hand-written code averages well under 100 characters a line, even with a long string or two. */
const MIN_AVERAGE = 200;
/**
 * Code punctuation (`;{}()=`) per character in a bundle's long line: 0.057–0.18 in webpack,
 * emscripten and Scala.js output; at most 0.0002 in a data line (base64 images, SVG paths, emoji
 * and Unicode tables), which a hand-written component may hold and which must not hide the rest of it.
 */
const MIN_CODE_DENSITY = 0.01;

/**
 * The longest line of minified or bundled JavaScript (webpack output, a vendored runtime
 * without `.min` in its name, a Jupyter extension's `extension.js`), or undefined for code a
 * person writes. Such a file's source lives elsewhere, a finding in it is not something the
 * reviewer of this repository can fix, and one 1 MB bundle can use a scan's whole time budget.
 */
export function minifiedLongestLine(text: string): number | undefined {
  if (text.length < MIN_CHARS) return undefined;
  let longest = 0;
  let longestStart = 0;
  let lines = 0;
  for (let start = 0; ;) {
    const end = text.indexOf('\n', start);
    const length = (end < 0 ? text.length : end) - start;
    if (length > longest) { longest = length; longestStart = start; }
    lines++;
    if (end < 0) break;
    start = end + 1;
  }
  if (longest < LONG_LINE || text.length / lines < MIN_AVERAGE) return undefined;
  return codeDensity(text, longestStart, longestStart + longest) >= MIN_CODE_DENSITY ? longest : undefined;
}

function codeDensity(text: string, start: number, end: number): number {
  let punctuation = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // ; { } ( ) =
    if (c === 59 || c === 123 || c === 125 || c === 40 || c === 41 || c === 61) punctuation++;
  }
  return punctuation / (end - start);
}
