import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';
import type { FileReport } from '../scan/scan';
import type { Inventory } from '../core/inventory';
import { overviewOf, reportModel } from './document';

/**
 * A report to read or paste into a review: a summary by category and severity, then every
 * finding under its rule with the code around it, and the rule's classification and references.
 */
export function formatMarkdown(reports: readonly FileReport[], rules: readonly Rule[], baseDir: string, locale: Locale = 'en', inventory?: Inventory): string {
  const m = reportModel(reports, rules, baseDir, locale);
  const overview = overviewOf(inventory, baseDir);
  const out: string[] = ['# SecureComm Review report', ''];
  const total = m.totals.error + m.totals.warning + m.totals.note;
  out.push(`${total} findings (${m.totals.error} error, ${m.totals.warning} warning, ${m.totals.note} note) in ${m.files} files; ${m.suppressed} suppressed; ${m.skipped.length} skipped.`, '');
  out.push('## Summary', '', '| category | error | warning | note | total |', '| --- | ---: | ---: | ---: | ---: |');
  for (const { category, counts } of m.summary) {
    out.push(`| ${category} | ${counts.error} | ${counts.warning} | ${counts.note} | ${counts.error + counts.warning + counts.note} |`);
  }
  out.push('');
  if (overview.length) {
    // What the MASTG asks an auditor to map first: the stacks, libraries, stores and agents in use.
    out.push('## Transport and authentication overview', '', '| kind | technology | files | for example |', '| --- | --- | ---: | --- |');
    for (const row of overview) out.push(`| ${row.kind} | ${row.name} | ${row.count} | ${row.examples.map((e) => `\`${e}\``).join(', ')} |`);
    out.push('');
  }
  for (const group of m.groups) {
    out.push(`## ${group.category}`, '');
    for (const { rule, findings } of group.rules) {
      out.push(`### \`${rule.id}\`: ${rule.title[locale]}`, '');
      out.push(`${rule.description[locale]} ${[...rule.cwe, ...rule.owasp, ...rule.masvs].join(' · ')}`, '');
      for (const f of findings) {
        out.push(`- **${f.severity}** \`${f.path}:${f.line}\`: ${f.message}`);
        if (f.excerpt.length) {
          const fence = f.excerpt.some((e) => e.text.includes('```')) ? '~~~~' : '```';
          out.push('', `  ${fence}${f.language}`, ...f.excerpt.map((e) => `  ${e.text}`), `  ${fence}`, '');
        }
      }
      out.push('', `References: ${rule.references.map((r) => `<${r}>`).join(', ')}`, '');
    }
  }
  if (m.skipped.length) {
    out.push('## Not analysed', '', ...m.skipped.map((s) => `- \`${s.path}\`: ${s.reason}`), '');
  }
  return out.join('\n');
}
