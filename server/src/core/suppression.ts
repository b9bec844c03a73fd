import type { Node } from 'web-tree-sitter';
import { SYNTAX } from './syntax';
import type { GrammarId, Suppression } from './types';

/**
 * `securecomm-ignore RULE-ID[, RULE-ID] -- reason` in a comment silences those rules on the
 * comment's own line and on the line below it. The reason is kept for reports (SARIF
 * `suppressions[].justification`), because an unexplained suppression cannot be audited.
 * XML forbids `--` inside a comment, so `securecomm-ignore RULE-ID: reason` works too.
 * `securecomm-ignore-file RULE-ID -- reason` silences the rules in the whole file (a generated
 * client, a lab tool), with the same reason kept.
 */
const MARKER = /securecomm-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)(?:(?:\s+--|\s*:)\s*(.*?))?\s*(?:\*\/|-->)?\s*$/;

export interface SuppressionComment {
  line: number;
  ruleIds: string[];
  reason: string;
  /** `securecomm-ignore-file`: every finding of these rules in the file. */
  wholeFile?: boolean;
}

/** Finds the markers; a marker inside a string literal (not a comment) does not count. */
export function findSuppressions(grammar: GrammarId, text: string, root: Node): SuppressionComment[] {
  if (!text.includes('securecomm-ignore')) return [];
  const comments = SYNTAX[grammar].comments;
  return markersWhere(text, (index) => {
    const node = root.descendantForIndex(index);
    return node !== null && isInComment(node, comments);
  });
}

/** The same, for config files whose comments are known as spans (JSON with comments, XML). */
export function findSuppressionsInSpans(text: string, comments: readonly { startIndex: number; endIndex: number }[]): SuppressionComment[] {
  if (!text.includes('securecomm-ignore')) return [];
  return markersWhere(text, (index) => comments.some((c) => c.startIndex <= index && index < c.endIndex));
}

function markersWhere(text: string, inComment: (index: number) => boolean): SuppressionComment[] {
  const found: SuppressionComment[] = [];
  let lineStart = 0;
  let line = 0;
  for (const lineText of text.split('\n')) {
    const at = lineText.indexOf('securecomm-ignore');
    if (at >= 0) {
      const match = MARKER.exec(lineText.slice(at));
      if (match && inComment(lineStart + at)) {
        found.push({ line, ruleIds: match[2]!.split(',').map((s) => s.trim()), reason: reasonOf(match[3]), ...(match[1] ? { wholeFile: true } : {}) });
      }
    }
    lineStart += lineText.length + 1;
    line++;
  }
  return found;
}

/**
 * The reason written after `--` (or `:`). The editor's "Suppress" action inserts `<reason>` as
 * a placeholder: left as it is, it is no reason at all, and reports show the suppression as
 * unexplained.
 */
const PLACEHOLDER_REASON = /^<\s*reason\s*>$/i;
function reasonOf(written: string | undefined): string {
  const reason = (written ?? '').trim();
  return PLACEHOLDER_REASON.test(reason) ? '' : reason;
}

function isInComment(n: Node, commentTypes: ReadonlySet<string>): boolean {
  for (let cur: Node | null = n; cur; cur = cur.parent) {
    if (commentTypes.has(cur.type)) return true;
  }
  return false;
}

/** The suppression that applies to a finding starting on `line`, if any. */
export function suppressionFor(ruleId: string, line: number, comments: readonly SuppressionComment[]): Suppression | undefined {
  const hit = comments.find((c) => (c.wholeFile || c.line === line || c.line === line - 1) && c.ruleIds.includes(ruleId));
  return hit && { reason: hit.reason, line: hit.line };
}
