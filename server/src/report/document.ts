import * as fs from 'node:fs';
import type { Inventory, InventoryKind } from '../core/inventory';
import type { Rule } from '../core/rule';
import { renderNote } from '../core/notes';
import type { Finding, Locale, Severity } from '../core/types';
import type { FileReport } from '../scan/scan';
import { relative } from './text';

/** What the Markdown and HTML reports show, computed once: summary, then findings by category and rule. */
/** The transport and authentication overview: per kind, the technologies and where they are used. */
export interface OverviewRow { kind: InventoryKind; name: string; count: number; examples: string[] }

export function overviewOf(inventory: Inventory | undefined, baseDir: string): OverviewRow[] {
  return (inventory?.entries() ?? []).map(({ technology, files }) => ({
    kind: technology.kind, name: technology.name, count: files.length,
    examples: files.slice(0, 3).map((f) => relative(baseDir, f)),
  }));
}

export interface ReportModel {
  summary: { category: Category; counts: Record<Severity, number> }[];
  totals: Record<Severity, number>;
  groups: { category: Category; rules: { rule: Rule; findings: ShownFinding[] }[] }[];
  files: number;
  suppressed: number;
  skipped: { path: string; reason: string }[];
}

export type Category = 'TLS' | 'Transport' | 'Authentication';
const CATEGORY_ORDER: Category[] = ['TLS', 'Transport', 'Authentication'];

export interface ShownFinding {
  path: string;
  line: number;
  message: string;
  severity: Severity;
  /** The finding's line with one line of context on each side, numbered. */
  excerpt: { line: number; text: string }[];
  language: string;
}

export function categoryOf(ruleId: string): Category {
  return ruleId.startsWith('tls-') ? 'TLS' : ruleId.startsWith('transport-') ? 'Transport' : 'Authentication';
}

export function reportModel(reports: readonly FileReport[], rules: readonly Rule[], baseDir: string, locale: Locale): ReportModel {
  const byId = new Map(rules.map((r) => [r.id, r]));
  const zero = (): Record<Severity, number> => ({ error: 0, warning: 0, note: 0 });
  const counts = new Map<Category, Record<Severity, number>>(CATEGORY_ORDER.map((c) => [c, zero()]));
  const totals = zero();
  const shown = new Map<string, ShownFinding[]>();
  let suppressed = 0;
  for (const report of reports) {
    const open = report.findings.filter((f) => !f.suppression);
    suppressed += report.findings.length - open.length;
    const lines = open.length ? readLines(report.file) : [];
    for (const f of open) {
      counts.get(categoryOf(f.ruleId))![f.severity]++;
      totals[f.severity]++;
      const list = shown.get(f.ruleId) ?? [];
      list.push(shownFinding(f, relative(baseDir, report.file), lines, locale));
      shown.set(f.ruleId, list);
    }
  }
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    rules: [...shown.entries()].filter(([id]) => categoryOf(id) === category && byId.has(id))
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, findings]) => ({ rule: byId.get(id)!, findings })),
  })).filter((g) => g.rules.length > 0);
  return {
    summary: CATEGORY_ORDER.map((category) => ({ category, counts: counts.get(category)! })),
    totals,
    groups,
    files: reports.filter((r) => !r.skipped).length,
    suppressed,
    skipped: reports.filter((r) => r.skipped).map((r) => ({ path: relative(baseDir, r.file), reason: renderNote(r.skipped!, locale) })),
  };
}

function shownFinding(f: Finding, path: string, lines: string[], locale: Locale): ShownFinding {
  const at = f.range.start.line;
  const excerpt = [at - 1, at, at + 1].filter((n) => n >= 0 && n < lines.length)
    .map((n) => ({ line: n + 1, text: lines[n]!.length > 200 ? `${lines[n]!.slice(0, 197)}...` : lines[n]! }));
  return { path, line: at + 1, message: f.message[locale], severity: f.severity, excerpt, language: languageOf(path) };
}

function readLines(file: string): string[] {
  try {
    const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
    if (lines.at(-1) === '') lines.pop(); // the final newline ends the last line; it is not one
    return lines;
  } catch {
    return []; // gone since the scan: the report still lists the finding, without code
  }
}

function languageOf(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return ({ kt: 'kotlin', kts: 'kotlin', java: 'java', swift: 'swift', ts: 'typescript', tsx: 'tsx', js: 'javascript', jsx: 'jsx', mjs: 'javascript', cjs: 'javascript', xml: 'xml', plist: 'xml', json: 'json' } as Record<string, string>)[ext] ?? '';
}
