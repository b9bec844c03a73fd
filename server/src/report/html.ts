import type { Rule } from '../core/rule';
import type { Locale, Severity } from '../core/types';
import type { FileReport } from '../scan/scan';
import type { Inventory } from '../core/inventory';
import { overviewOf, reportModel, type ReportModel } from './document';
import { reportWords, type ReportWords } from './report-words';

const COLORS: Record<Severity, string> = { error: '#c62828', warning: '#ef6c00', note: '#1565c0' };
const SEVERITIES: Severity[] = ['error', 'warning', 'note'];

/**
 * A self-contained HTML report (no script, no external file: it opens from an attachment or a
 * CI artifact): a chart of findings by category and severity first, then each finding with its
 * code, the rule's description, classification and references.
 */
export function formatHtml(reports: readonly FileReport[], rules: readonly Rule[], baseDir: string, locale: Locale = 'en', inventory?: Inventory): string {
  const m = reportModel(reports, rules, baseDir, locale);
  const overview = overviewOf(inventory, baseDir);
  const total = m.totals.error + m.totals.warning + m.totals.note;
  const w = reportWords(locale);
  const body = [
    `<h1>${esc(w.title)}</h1>`,
    `<p>${esc(w.totals({ total, ...m.totals, files: m.files, suppressed: m.suppressed, skipped: m.skipped.length }))}</p>`,
    `<h2>${esc(w.summary)}</h2>`,
    chart(m, w),
    summaryTable(m, w),
    overview.length ? `<h2>${esc(w.overview)}</h2><table><tr>${w.overviewColumns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr>${
      overview.map((r) => `<tr><td>${esc(w.kind[r.kind])}</td><td>${esc(r.name)}</td><td>${r.count}</td><td style="text-align:left">${r.examples.map((e) => `<code>${esc(e)}</code>`).join(', ')}</td></tr>`).join('')}</table>` : '',
    ...m.groups.map((g) => [
      `<h2>${esc(w.category[g.category])}</h2>`,
      ...g.rules.map(({ rule, findings }) => [
        `<section><h3><code>${esc(rule.id)}</code> ${esc(rule.title[locale])}</h3>`,
        `<p>${esc(rule.description[locale])} <span class="tax">${esc([...rule.cwe, ...rule.owasp, ...rule.masvs].join(' · '))}</span></p>`,
        ...findings.map((f) => [
          `<div class="finding"><span class="sev ${f.severity}">${esc(w.severity[f.severity])}</span> <code>${esc(f.path)}:${f.line}</code> ${esc(f.message)}`,
          f.excerpt.length ? `<pre>${f.excerpt.map((e) => `<span class="ln">${e.line}</span>${esc(e.text)}`).join('\n')}</pre>` : '',
          '</div>',
        ].join('')),
        `<p class="refs">${rule.references.map((r) => `<a href="${esc(r)}">${esc(r)}</a>`).join(' · ')}</p></section>`,
      ].join('\n')),
    ].join('\n')),
    m.skipped.length ? `<h2>${esc(w.notAnalysed)}</h2><ul>${m.skipped.map((s) => `<li><code>${esc(s.path)}</code>: ${esc(s.reason)}</li>`).join('')}</ul>` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${esc(w.title)}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>
body{font:14px/1.5 system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:right}td:first-child,th:first-child{text-align:left}
pre{background:#f6f8fa;padding:.5em;overflow-x:auto}.ln{color:#999;display:inline-block;width:3em}
.sev{color:#fff;border-radius:3px;padding:0 .4em;font-size:12px}.error{background:${COLORS.error}}.warning{background:${COLORS.warning}}.note{background:${COLORS.note}}
.finding{margin:.8em 0}.tax,.refs{color:#555;font-size:12px}section{border-top:1px solid #eee;margin-top:1em}
</style></head><body>
${body}
</body></html>
`;
}

/** Horizontal bars, one per category, stacked by severity: readable at a glance, no script. */
function chart(m: ReportModel, w: ReportWords): string {
  const max = Math.max(1, ...m.summary.map((s) => s.counts.error + s.counts.warning + s.counts.note));
  const rowHeight = 28;
  const width = 600;
  const rows = m.summary.map((s, i) => {
    let x = 130;
    const y = 10 + i * rowHeight;
    const bars = SEVERITIES.map((sev) => {
      const bar = (s.counts[sev] / max) * (width - 200);
      const rect = bar > 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${bar.toFixed(1)}" height="18" fill="${COLORS[sev]}"><title>${esc(w.severity[sev])}: ${s.counts[sev]}</title></rect>` : '';
      x += bar;
      return rect;
    }).join('');
    const n = s.counts.error + s.counts.warning + s.counts.note;
    return `<text x="0" y="${y + 14}">${esc(w.category[s.category])}</text>${bars}<text x="${(x + 6).toFixed(1)}" y="${y + 14}">${n}</text>`;
  }).join('');
  const legend = SEVERITIES.map((sev, i) => `<rect x="${130 + i * 90}" y="${10 + m.summary.length * rowHeight}" width="12" height="12" fill="${COLORS[sev]}"/><text x="${146 + i * 90}" y="${21 + m.summary.length * rowHeight}">${esc(w.severity[sev])}</text>`).join('');
  const height = 30 + m.summary.length * rowHeight;
  return `<svg role="img" aria-label="${esc(w.chartLabel)}" width="${width}" height="${height}" font-size="13">${rows}${legend}</svg>`;
}

function summaryTable(m: ReportModel, w: ReportWords): string {
  const rows = m.summary.map((s) => `<tr><td>${esc(w.category[s.category])}</td>${SEVERITIES.map((sev) => `<td>${s.counts[sev]}</td>`).join('')}<td>${s.counts.error + s.counts.warning + s.counts.note}</td></tr>`).join('');
  const head = [w.categoryColumn, ...SEVERITIES.map((sev) => w.severity[sev]), w.total].map((h) => `<th>${esc(h)}</th>`).join('');
  return `<table><tr>${head}</tr>${rows}</table>`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
