/**
 * The semgrep-style annotations of rule examples: `// ruleid: <id>` on the line above each
 * expected finding, `// ok: <id>` above each look-alike that must stay silent. Several
 * annotation lines may stack above one code line. `// ruleid: <id> [variant: <name>]`
 * expects the finding to come from that rule.yaml variant (no suffix: the rule's default).
 */
export interface Annotations {
  /** Zero-based lines where the rule must report. */
  expected: number[];
  /** Zero-based lines where the rule must stay silent. */
  silent: number[];
  /** The variant expected on an `expected` line; absent for the rule's default. */
  variants: Map<number, string>;
}

const ANNOTATION = /^\s*(?:\/\/|#|\/\*|<!--)\s*(ruleid|ok):\s*([\w-]+(?:\s*,\s*[\w-]+)*)(?:\s*\[variant:\s*([\w-]+)\])?/;

export function readAnnotations(text: string, ruleId: string): Annotations {
  const lines = text.split('\n');
  const result: Annotations = { expected: [], silent: [], variants: new Map() };
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]!);
    if (!m || !m[2]!.split(',').map((s) => s.trim()).includes(ruleId)) continue;
    let target = i + 1;
    while (target < lines.length && ANNOTATION.test(lines[target]!)) target++;
    (m[1] === 'ruleid' ? result.expected : result.silent).push(target);
    if (m[1] === 'ruleid' && m[3]) result.variants.set(target, m[3]);
  }
  return result;
}
