import type { Rule } from '../core/rule';
import type { Locale, Severity } from '../core/types';
import type { FileReport } from '../scan/scan';
import type { Inventory } from '../core/inventory';
import { overviewOf, reportModel, type ReportModel } from './document';

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
  const body = [
    '<h1>SecureComm Review report</h1>',
    `<p>${total} findings (${m.totals.error} error, ${m.totals.warning} warning, ${m.totals.note} note) in ${m.files} files; ${m.suppressed} suppressed; ${m.skipped.length} skipped.</p>`,
    '<h2>Summary</h2>',
    chart(m),
    summaryTable(m),
    overview.length ? `<h2>Transport and authentication overview</h2><table><tr><th>kind</th><th>technology</th><th>files</th><th>for example</th></tr>${
      overview.map((r) => `<tr><td>${esc(r.kind)}</td><td>${esc(r.name)}</td><td>${r.count}</td><td style="text-align:left">${r.examples.map((e) => `<code>${esc(e)}</code>`).join(', ')}</td></tr>`).join('')}</table>` : '',
    ...m.groups.map((g) => [
      `<h2>${esc(g.category)}</h2>`,
      ...g.rules.map(({ rule, findings }) => [
        `<section><h3><code>${esc(rule.id)}</code> ${esc(rule.title[locale])}</h3>`,
        `<p>${esc(rule.description[locale])} <span class="tax">${esc([...rule.cwe, ...rule.owasp, ...rule.masvs].join(' · '))}</span></p>`,
        ...findings.map((f) => [
          `<div class="finding"><span class="sev ${f.severity}">${f.severity}</span> <code>${esc(f.path)}:${f.line}</code> ${esc(f.message)}`,
          f.excerpt.length ? `<pre>${f.excerpt.map((e) => `<span class="ln">${e.line}</span>${esc(e.text)}`).join('\n')}</pre>` : '',
          '</div>',
        ].join('')),
        `<p class="refs">${rule.references.map((r) => `<a href="${esc(r)}">${esc(r)}</a>`).join(' · ')}</p></section>`,
      ].join('\n')),
    ].join('\n')),
    m.skipped.length ? `<h2>Not analysed</h2><ul>${m.skipped.map((s) => `<li><code>${esc(s.path)}</code>: ${esc(s.reason)}</li>`).join('')}</ul>` : '',
  ].join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>SecureComm Review report</title>
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
function chart(m: ReportModel): string {
  const max = Math.max(1, ...m.summary.map((s) => s.counts.error + s.counts.warning + s.counts.note));
  const rowHeight = 28;
  const width = 600;
  const rows = m.summary.map((s, i) => {
    let x = 130;
    const y = 10 + i * rowHeight;
    const bars = SEVERITIES.map((sev) => {
      const w = (s.counts[sev] / max) * (width - 200);
      const rect = w > 0 ? `<rect x="${x.toFixed(1)}" y="${y}" width="${w.toFixed(1)}" height="18" fill="${COLORS[sev]}"><title>${sev}: ${s.counts[sev]}</title></rect>` : '';
      x += w;
      return rect;
    }).join('');
    const n = s.counts.error + s.counts.warning + s.counts.note;
    return `<text x="0" y="${y + 14}">${esc(s.category)}</text>${bars}<text x="${(x + 6).toFixed(1)}" y="${y + 14}">${n}</text>`;
  }).join('');
  const legend = SEVERITIES.map((sev, i) => `<rect x="${130 + i * 90}" y="${10 + m.summary.length * rowHeight}" width="12" height="12" fill="${COLORS[sev]}"/><text x="${146 + i * 90}" y="${21 + m.summary.length * rowHeight}">${sev}</text>`).join('');
  const height = 30 + m.summary.length * rowHeight;
  return `<svg role="img" aria-label="Findings by category and severity" width="${width}" height="${height}" font-size="13">${rows}${legend}</svg>`;
}

function summaryTable(m: ReportModel): string {
  const rows = m.summary.map((s) => `<tr><td>${esc(s.category)}</td>${SEVERITIES.map((sev) => `<td>${s.counts[sev]}</td>`).join('')}<td>${s.counts.error + s.counts.warning + s.counts.note}</td></tr>`).join('');
  return `<table><tr><th>category</th><th>error</th><th>warning</th><th>note</th><th>total</th></tr>${rows}</table>`;
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
