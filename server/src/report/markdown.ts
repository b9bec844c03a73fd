import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';
import type { FileReport } from '../scan/scan';
import type { Inventory } from '../core/inventory';
import { overviewOf, reportModel } from './document';
import { reportWords } from './report-words';

/**
 * A report to read or paste into a review: a summary by category and severity, then every
 * finding under its rule with the code around it, and the rule's classification and references.
 */
export function formatMarkdown(reports: readonly FileReport[], rules: readonly Rule[], baseDir: string, locale: Locale = 'en', inventory?: Inventory): string {
  const m = reportModel(reports, rules, baseDir, locale);
  const overview = overviewOf(inventory, baseDir);
  const w = reportWords(locale);
  const out: string[] = [`# ${w.title}`, ''];
  const total = m.totals.error + m.totals.warning + m.totals.note;
  out.push(w.totals({ total, ...m.totals, files: m.files, suppressed: m.suppressed, skipped: m.skipped.length }), '');
  out.push(`## ${w.summary}`, '', `| ${w.categoryColumn} | ${w.severity.error} | ${w.severity.warning} | ${w.severity.note} | ${w.total} |`, '| --- | ---: | ---: | ---: | ---: |');
  for (const { category, counts } of m.summary) {
    out.push(`| ${w.category[category]} | ${counts.error} | ${counts.warning} | ${counts.note} | ${counts.error + counts.warning + counts.note} |`);
  }
  out.push('');
  if (overview.length) {
    // What the MASTG asks an auditor to map first: the stacks, libraries, stores and agents in use.
    out.push(`## ${w.overview}`, '', `| ${w.overviewColumns.join(' | ')} |`, '| --- | --- | ---: | --- |');
    for (const row of overview) out.push(`| ${w.kind[row.kind]} | ${row.name} | ${row.count} | ${row.examples.map((e) => `\`${e}\``).join(', ')} |`);
    out.push('');
  }
  for (const group of m.groups) {
    out.push(`## ${w.category[group.category]}`, '');
    for (const { rule, findings } of group.rules) {
      out.push(`### \`${rule.id}\`: ${rule.title[locale]}`, '');
      out.push(`${rule.description[locale]} ${[...rule.cwe, ...rule.owasp, ...rule.masvs].join(' · ')}`, '');
      for (const f of findings) {
        out.push(`- **${w.severity[f.severity]}** \`${f.path}:${f.line}\`: ${f.message}`);
        if (f.excerpt.length) {
          const fence = f.excerpt.some((e) => e.text.includes('```')) ? '~~~~' : '```';
          out.push('', `  ${fence}${f.language}`, ...f.excerpt.map((e) => `  ${e.text}`), `  ${fence}`, '');
        }
      }
      out.push('', `${w.references}: ${rule.references.map((r) => `<${r}>`).join(', ')}`, '');
    }
  }
  if (m.skipped.length) {
    out.push(`## ${w.notAnalysed}`, '', ...m.skipped.map((s) => `- \`${s.path}\`: ${s.reason}`), '');
  }
  return out.join('\n');
}
