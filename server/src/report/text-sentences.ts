import { NON_SHIPPING_KINDS } from '../core/file-kind';
import type { Locale } from '../core/types';
import { leftOutSentence, type LeftOutCounts, type Summary } from './summary';

/** The words of the text output around the findings, in the `--locale` language (the findings' own messages come from the rules). */
export interface TextSentences {
  /** Column labels of the per-file lines, padded alike so the paths' lines stay aligned. */
  skipped: string;
  note: string;
  summary(s: Summary, leftOut: LeftOutCounts): string;
  review(description: string, outside: number, unchangedFiles: number): string;
  baselined(count: number): string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export const TEXT_SENTENCES: Record<Locale, TextSentences> = {
  en: {
    skipped: 'skipped',
    note: 'note   ',
    summary: (s, leftOut) => {
      const notScanned = leftOutSentence(leftOut);
      return `${plural(s.findings, 'finding')} (${s.bySeverity.error} error, ${s.bySeverity.warning} warning, ${s.bySeverity.note} note) ` +
        `in ${plural(s.analysed, 'file')} analysed; ${s.suppressed} suppressed; ${plural(s.skipped, 'file')} skipped` +
        (notScanned ? `; ${notScanned}` : '');
    },
    review: (description, outside, unchanged) => `review against ${description}: ${plural(outside, 'finding')} outside the changed lines not reported; ` +
      `${unchanged} unchanged file${unchanged === 1 ? '' : 's'} not analysed`,
    baselined: (count) => `${count} findings are in the baseline and not reported`,
  },
  ja: {
    skipped: 'スキップ',
    note: '注記    ',
    summary: (s, leftOut) => {
      const kinds = NON_SHIPPING_KINDS.filter((k) => leftOut[k] > 0);
      const notScanned = kinds.length
        ? `。対象外: ${kinds.map((k) => `${k} ${leftOut[k]}`).join('、')} ファイル（--include ${kinds.join(',')} で検査できます）`
        : '';
      return `検出 ${s.findings} 件（error ${s.bySeverity.error}、warning ${s.bySeverity.warning}、note ${s.bySeverity.note}）、` +
        `解析 ${s.analysed} ファイル、抑制 ${s.suppressed} 件、スキップ ${s.skipped} ファイル${notScanned}`;
    },
    review: (description, outside, unchanged) => `${description} との差分をレビュー: 変更行の外にある検出 ${outside} 件は報告していません。` +
      `変更のない ${unchanged} ファイルは解析していません`,
    baselined: (count) => `ベースラインにある検出 ${count} 件は報告していません`,
  },
};
