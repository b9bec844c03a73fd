import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { reportWords } from '../../server/out/report/report-words';
import { securecomm } from './helpers/cli';
import { REPO } from './helpers/engine';

/** A report's own words (headings, labels), where the English one is a sentence or a word. */
const ENGLISH_WORDS = /\b(Summary|findings|References|Transport and authentication overview|warning|error|note|total|category)\b/;

describe('the Markdown and HTML reports in the reader\'s language', () => {
  test('every word of the Japanese reports is Japanese (category TLS and the product name aside)', () => {
    const en = reportWords('en');
    const ja = reportWords('ja');
    const totals = { total: 3, error: 1, warning: 1, note: 1, files: 2, suppressed: 0, skipped: 0 };
    const flat = (w: typeof en): string[] => [w.title, w.totals(totals), w.summary, w.overview, ...w.overviewColumns, ...Object.values(w.category),
      ...Object.values(w.severity), w.categoryColumn, w.total, w.references, w.notAnalysed, w.chartLabel, ...Object.values(w.kind)];
    const [enWords, jaWords] = [flat(en), flat(ja)];
    assert.equal(enWords.length, jaWords.length);
    enWords.forEach((word, i) => {
      if (word === 'TLS') return;
      assert.notEqual(jaWords[i], word, `${word} has a Japanese rendering`);
      assert.match(jaWords[i]!, /[\u3040-\u30ff\u4e00-\u9fff]/, `${jaWords[i]} is Japanese`);
    });
  });

  test('securecomm scan --locale ja writes Japanese Markdown and HTML reports; English stays the default', () => {
    const markdown = securecomm(['scan', 'demo', '--format', 'markdown', '--locale', 'ja'], REPO);
    assert.equal(markdown.code, 1, markdown.stderr);
    assert.match(markdown.stdout, /^# SecureComm Review レポート\n\n検出 \d+ 件（エラー \d+、警告 \d+、情報 \d+）/);
    assert.match(markdown.stdout, /\n\| 分類 \| エラー \| 警告 \| 情報 \| 合計 \|\n/);
    assert.match(markdown.stdout, /\n## 認証\n/);
    assert.match(markdown.stdout, /\n- \*\*警告\*\* `demo\//);
    for (const line of markdown.stdout.split('\n').filter((l) => /^(#|\| [^`]*\||- \*\*)/.test(l))) {
      assert.doesNotMatch(line.replace(/`[^`]*`/g, ''), ENGLISH_WORDS, line);
    }
    const html = securecomm(['scan', 'demo', '--format', 'html', '--locale', 'ja'], REPO);
    assert.match(html.stdout, /<html lang="ja">/);
    assert.match(html.stdout, /<title>SecureComm Review レポート<\/title>/);
    assert.match(html.stdout, /<svg role="img" aria-label="分類別・重大度別の検出件数"/);
    assert.match(html.stdout, /<th>分類<\/th><th>エラー<\/th><th>警告<\/th><th>情報<\/th><th>合計<\/th>/);
    assert.match(html.stdout, /<span class="sev warning">警告<\/span>/, 'the class stays the colour, the label is Japanese');
    const english = securecomm(['scan', 'demo', '--format', 'markdown'], REPO);
    assert.match(english.stdout, /^# SecureComm Review report\n\n\d+ findings \(/);
  });
});
