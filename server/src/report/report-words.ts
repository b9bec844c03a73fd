import type { InventoryKind } from '../core/inventory';
import type { Locale, Severity } from '../core/types';
import type { Category } from './document';

/** The Markdown and HTML reports' own words (headings, labels), in the reader's language. */
export interface ReportWords {
  title: string;
  /** "N findings (…) in F files; S suppressed; K skipped." */
  totals(t: { total: number; error: number; warning: number; note: number; files: number; suppressed: number; skipped: number }): string;
  summary: string;
  overview: string;
  /** Column headings of the overview table: kind, technology, files, examples. */
  overviewColumns: [string, string, string, string];
  category: Record<Category, string>;
  severity: Record<Severity, string>;
  /** Column heading of the summary table's first column, and of its last. */
  categoryColumn: string;
  total: string;
  references: string;
  notAnalysed: string;
  chartLabel: string;
  kind: Record<InventoryKind, string>;
}

const EN: ReportWords = {
  title: 'SecureComm Review report',
  totals: (t) => `${t.total} findings (${t.error} error, ${t.warning} warning, ${t.note} note) in ${t.files} files; ${t.suppressed} suppressed; ${t.skipped} skipped.`,
  summary: 'Summary',
  overview: 'Transport and authentication overview',
  overviewColumns: ['kind', 'technology', 'files', 'for example'],
  category: { TLS: 'TLS', Transport: 'Transport', Authentication: 'Authentication' },
  severity: { error: 'error', warning: 'warning', note: 'note' },
  categoryColumn: 'category',
  total: 'total',
  references: 'References',
  notAnalysed: 'Not analysed',
  chartLabel: 'Findings by category and severity',
  kind: {
    'HTTP / TLS stack': 'HTTP / TLS stack', 'Certificate pinning': 'Certificate pinning', 'Authentication library': 'Authentication library',
    'Token and secret storage': 'Token and secret storage', 'OAuth user agent': 'OAuth user agent',
  },
};

const JA: ReportWords = {
  title: 'SecureComm Review レポート',
  totals: (t) => `検出 ${t.total} 件（エラー ${t.error}、警告 ${t.warning}、情報 ${t.note}）、解析したファイル ${t.files}、抑制 ${t.suppressed} 件、スキップ ${t.skipped} 件。`,
  summary: '集計',
  overview: '通信と認証の構成',
  overviewColumns: ['種類', '技術', 'ファイル数', '例'],
  category: { TLS: 'TLS', Transport: '通信', Authentication: '認証' },
  severity: { error: 'エラー', warning: '警告', note: '情報' },
  categoryColumn: '分類',
  total: '合計',
  references: '参考資料',
  notAnalysed: '解析できなかったファイル',
  chartLabel: '分類別・重大度別の検出件数',
  kind: {
    'HTTP / TLS stack': 'HTTP / TLS スタック', 'Certificate pinning': '証明書ピンニング', 'Authentication library': '認証ライブラリ',
    'Token and secret storage': 'トークン・秘密情報の保存先', 'OAuth user agent': 'OAuth のユーザーエージェント',
  },
};

export function reportWords(locale: Locale): ReportWords {
  return locale === 'ja' ? JA : EN;
}
