import type { FindingCategory, FindingConfidence, FindingItem, FindingSeverity } from './protocol';

/**
 * The findings view's content, computed from the server's list: grouping, counts, filters and
 * the Markdown review comment. Kept free of `vscode` so it can be unit-tested.
 */

export const CATEGORIES: readonly FindingCategory[] = ['tls', 'transport', 'auth'];
export const SEVERITIES: readonly FindingSeverity[] = ['error', 'warning', 'note'];
export const CONFIDENCES: readonly FindingConfidence[] = ['high', 'medium', 'low'];

export interface FindingsFilter {
  severities: ReadonlySet<FindingSeverity>;
  confidences: ReadonlySet<FindingConfidence>;
  /** Suppressed findings are listed (dimmed, with their reason); the Problems panel never shows them. */
  showSuppressed: boolean;
  /** Only findings on lines changed on this branch (needs items that carry `changed`). */
  onlyChanged: boolean;
}

/** What the Problems panel shows: every severity and confidence, no suppressed finding. */
export const DEFAULT_FILTER: FindingsFilter = {
  severities: new Set(SEVERITIES), confidences: new Set(CONFIDENCES), showSuppressed: false, onlyChanged: false,
};

/**
 * `count` of every node is what the Problems panel counts below it: findings that are neither
 * suppressed nor accepted by the baseline (those are hints there, which it does not list).
 */
export interface CategoryNode { kind: 'category'; category: FindingCategory; count: number; children: RuleNode[] }
export interface RuleNode { kind: 'rule'; ruleId: string; title: string; count: number; children: FileNode[] }
export interface FileNode { kind: 'file'; ruleId: string; uri: string; path: string; count: number; children: FindingNode[] }
export interface FindingNode { kind: 'finding'; item: FindingItem }
export type FindingsTreeNode = CategoryNode | RuleNode | FileNode | FindingNode;

export function matchesFilter(item: FindingItem, filter: FindingsFilter): boolean {
  return filter.severities.has(item.severity) && filter.confidences.has(item.confidence)
    && (filter.showSuppressed || !item.suppressed) && (!filter.onlyChanged || item.changed === true);
}

/** Counted like the Problems panel counts. */
export function isOpenFinding(item: FindingItem): boolean {
  return !item.suppressed && !item.baselined;
}

/** Whether any item knows if it is on a changed line, so that the "only changed" filter can work. */
export function knowsChanges(items: readonly FindingItem[]): boolean {
  return items.some((i) => i.changed !== undefined);
}

/**
 * Category → rule → file → finding. Categories in a fixed order (TLS, transport, auth), rules
 * by title, files by path, findings by position; empty groups are left out.
 */
export function buildTree(items: readonly FindingItem[], filter: FindingsFilter, pathOf: (uri: string) => string): CategoryNode[] {
  const shown = items.filter((i) => matchesFilter(i, filter));
  const count = (list: readonly FindingItem[]) => list.filter(isOpenFinding).length;
  return CATEGORIES.map((category): CategoryNode => {
    const inCategory = shown.filter((i) => i.category === category);
    const rules = groupBy(inCategory, (i) => i.ruleId).map(([ruleId, ofRule]): RuleNode => {
      const files = groupBy(ofRule, (i) => i.uri).map(([uri, ofFile]): FileNode => ({
        kind: 'file', ruleId, uri, path: pathOf(uri), count: count(ofFile),
        children: [...ofFile].sort(byPosition).map((item) => ({ kind: 'finding', item })),
      }));
      files.sort((a, b) => a.path.localeCompare(b.path));
      return { kind: 'rule', ruleId, title: ofRule[0]!.title, count: count(ofRule), children: files };
    });
    rules.sort((a, b) => a.title.localeCompare(b.title) || a.ruleId.localeCompare(b.ruleId));
    return { kind: 'category', category, count: count(inCategory), children: rules };
  }).filter((c) => c.children.length > 0);
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = groups.get(k);
    if (group) group.push(t);
    else groups.set(k, [t]);
  }
  return [...groups.entries()];
}

function byPosition(a: FindingItem, b: FindingItem): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}

/** A stable id for a tree node, so the view keeps what the user expanded across refreshes. */
export function nodeId(node: FindingsTreeNode): string {
  switch (node.kind) {
    case 'category': return `category/${node.category}`;
    case 'rule': return `rule/${node.ruleId}`;
    case 'file': return `file/${node.ruleId}/${node.uri}`;
    case 'finding': {
      const { start, end } = node.item.range;
      return `finding/${node.item.ruleId}/${node.item.uri}/${start.line}:${start.character}-${end.line}:${end.character}`;
    }
  }
}

/** The quick pick's choices, as keys: one per severity, per confidence, and the two switches. */
export type FilterKey = `severity:${FindingSeverity}` | `confidence:${FindingConfidence}` | 'suppressed' | 'changed';

export function filterKeys(filter: FindingsFilter): FilterKey[] {
  return [
    ...SEVERITIES.filter((s) => filter.severities.has(s)).map((s): FilterKey => `severity:${s}`),
    ...CONFIDENCES.filter((c) => filter.confidences.has(c)).map((c): FilterKey => `confidence:${c}`),
    ...(filter.showSuppressed ? ['suppressed' as const] : []),
    ...(filter.onlyChanged ? ['changed' as const] : []),
  ];
}

export function filterFromKeys(keys: readonly FilterKey[]): FindingsFilter {
  const picked = new Set(keys);
  return {
    severities: new Set(SEVERITIES.filter((s) => picked.has(`severity:${s}`))),
    confidences: new Set(CONFIDENCES.filter((c) => picked.has(`confidence:${c}`))),
    showSuppressed: picked.has('suppressed'),
    onlyChanged: picked.has('changed'),
  };
}

export function isDefaultFilter(filter: FindingsFilter): boolean {
  return filterKeys(filter).join() === filterKeys(DEFAULT_FILTER).join();
}

/**
 * Whether an edit's text is the server's "Suppress RULE on this line" comment (`// securecomm-ignore
 * RULE -- <reason>`, or `<!-- securecomm-ignore RULE: <reason> -->` in XML), not the whole-file one.
 */
export function isLineSuppression(newText: string, ruleId: string): boolean {
  return newText.includes(`securecomm-ignore ${ruleId} --`) || newText.includes(`securecomm-ignore ${ruleId}:`);
}

export type MarkdownLocale = 'en' | 'ja';

const TEXT: Record<MarkdownLocale, {
  severity: Record<FindingSeverity, string>; confidence: (c: FindingConfidence) => string;
  fix: string; rule: string; suppressed: (reason: string) => string; baselined: string;
}> = {
  en: {
    severity: { error: 'error', warning: 'warning', note: 'note' },
    confidence: (c) => `${c} confidence`,
    fix: 'Fix', rule: 'Rule', baselined: 'Accepted by the baseline.',
    suppressed: (reason) => `Suppressed in the code${reason ? `: ${reason}` : ' (no reason given)'}.`,
  },
  ja: {
    severity: { error: 'エラー', warning: '警告', note: '情報' },
    confidence: (c) => `確度 ${{ high: '高', medium: '中', low: '低' }[c]}`,
    fix: '修正', rule: 'ルール', baselined: 'ベースラインで受け入れ済み。',
    suppressed: (reason) => `コードで抑制されています${reason ? `: ${reason}` : '（理由なし）'}。`,
  },
};

/** Fenced-code languages by file extension, as GitHub and GitLab highlight them. */
const FENCE_LANGUAGE: Record<string, string> = {
  java: 'java', kt: 'kotlin', kts: 'kotlin', swift: 'swift', ts: 'typescript', mts: 'typescript', cts: 'typescript',
  tsx: 'tsx', js: 'javascript', mjs: 'javascript', cjs: 'javascript', jsx: 'jsx', xml: 'xml', plist: 'xml', json: 'json',
};

/** Lines of code a review comment quotes at most: the finding and one line around it. */
const MAX_EXCERPT_LINES = 12;

export function fenceLanguage(path: string): string {
  return FENCE_LANGUAGE[/\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? ''] ?? '';
}

/**
 * A review comment for one finding: the rule's title and id, severity and confidence, where
 * (`path:line`), the message, the code with one line of context (common indentation removed),
 * the fix the rule offers and a link about the rule.
 */
export function findingMarkdown(item: FindingItem, path: string, fileLines: readonly string[], locale: MarkdownLocale): string {
  const t = TEXT[locale];
  const line = item.range.start.line + 1;
  const out = [
    `**${item.title}** (\`${item.ruleId}\`, ${t.severity[item.severity]}, ${t.confidence(item.confidence)})`,
    '',
    `\`${path}:${line}\``,
    '',
    item.message,
  ];
  if (item.suppressed) out.push('', t.suppressed(item.suppressed.reason));
  if (item.baselined) out.push('', t.baselined);
  const excerpt = excerptOf(fileLines, item.range.start.line, item.range.end.line);
  if (excerpt.length) {
    const fence = excerpt.some((l) => l.includes('```')) ? '````' : '```';
    out.push('', `${fence}${fenceLanguage(path)}`, ...excerpt, fence);
  }
  if (item.fix) out.push('', `**${t.fix}:** ${item.fix}`);
  if (item.helpUri) out.push('', `${t.rule}: [${item.ruleId}](${item.helpUri})`);
  return `${out.join('\n')}\n`;
}

function excerptOf(fileLines: readonly string[], startLine: number, endLine: number): string[] {
  const first = Math.max(0, startLine - 1);
  const last = Math.min(fileLines.length - 1, endLine + 1, first + MAX_EXCERPT_LINES - 1);
  const lines = fileLines.slice(first, last + 1).map((l) => l.replace(/\r$/, '').replace(/\s+$/, ''));
  while (lines.length && lines[0] === '') lines.shift();
  while (lines.length && lines.at(-1) === '') lines.pop();
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return Number.isFinite(indent) ? lines.map((l) => l.slice(indent)) : lines;
}
