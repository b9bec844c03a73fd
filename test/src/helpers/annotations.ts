/**
 * The semgrep-style annotations of rule examples: `// ruleid: <id>` on the line above each
 * expected finding, `// ok: <id>` above each look-alike that must stay silent. Several
 * annotation lines may stack above one code line.
 */
export interface Annotations {
  /** Zero-based lines where the rule must report. */
  expected: number[];
  /** Zero-based lines where the rule must stay silent. */
  silent: number[];
}

const ANNOTATION = /^\s*(?:\/\/|#|\/\*|<!--)\s*(ruleid|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)/;

export function readAnnotations(text: string, ruleId: string): Annotations {
  const lines = text.split('\n');
  const result: Annotations = { expected: [], silent: [] };
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]!);
    if (!m || !m[2]!.split(',').map((s) => s.trim()).includes(ruleId)) continue;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target]!)) target++;
    (m[1] === 'ruleid' ? result.expected : result.silent).push(target);
  }
  return result;
}
