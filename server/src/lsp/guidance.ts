import { CONFIG_KIND_HEADINGS } from '../core/documents/config-node';
import type { DetectedLanguage } from '../core/languages';
import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';

const LANGUAGE_HEADING: Record<string, string> = { kotlin: 'Kotlin', java: 'Java', swift: 'Swift', typescript: 'TypeScript' };
const LABELS: Record<Locale, { taxonomy: string; fixFor: string }> = {
  en: { taxonomy: 'Classification', fixFor: 'Fix in' },
  ja: { taxonomy: '分類', fixFor: '修正例' },
};

/**
 * Hover guidance for a finding: the rule's own documentation in the user's language,
 * trimmed to what helps at this line — the fix for this file's language only, not all four.
 */
export function hoverMarkdown(rule: Rule, detected: DetectedLanguage, locale: Locale): string {
  const heading = fixHeading(rule, detected);
  // The finding's own message is not repeated: editors show the diagnostic above the hover.
  const parts: string[] = [`**${rule.title[locale]}** \`${rule.id}\``];
  for (const section of splitSections(rule.docs[locale])) {
    parts.push(`#### ${section.heading}`);
    if (section.body.trim()) parts.push(section.body.trim());
    const fix = section.subsections.find((s) => s.heading === heading);
    if (fix) parts.push(`${LABELS[locale].fixFor} ${fix.heading}:`, fix.body.trim());
  }
  const taxonomy = [...rule.cwe, ...rule.owasp.map((o) => `OWASP Mobile Top 10 ${o.replace(':', ' ')}`), ...rule.masvs];
  parts.push(`${LABELS[locale].taxonomy}: ${taxonomy.join(' · ')}`);
  return parts.join('\n\n');
}

/**
 * Which `### …` fix applies: the one for the kind of config file when the rule reads that kind
 * (a capacitor.config.ts wants "Capacitor", not "TypeScript"), else the one for the language.
 * An Expo config's Info.plist part reads like an Info.plist.
 */
function fixHeading(rule: Rule, detected: DetectedLanguage): string | undefined {
  const kinds = new Set((rule.config ?? []).flatMap((m) => m.kinds));
  const config = detected.config;
  if (config && kinds.has(config)) return CONFIG_KIND_HEADINGS[config];
  if (config === 'expo-config' && kinds.has('info-plist')) return CONFIG_KIND_HEADINGS['info-plist'];
  return LANGUAGE_HEADING[detected.language];
}

interface Section {
  heading: string;
  level: number;
  body: string;
  subsections: Section[];
}

/** `## x` sections with their `### y` subsections; the `# title` line is dropped. */
export function splitSections(markdown: string): Section[] {
  const out: Section[] = [];
  let current: Section | undefined;
  let sub: Section | undefined;
  let inFence = false;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^(#{1,3}) (.*)$/.exec(line);
    if (heading && heading[1]!.length === 2) {
      current = { heading: heading[2]!.trim(), level: 2, body: '', subsections: [] };
      sub = undefined;
      out.push(current);
    } else if (heading && heading[1]!.length === 3 && current) {
      sub = { heading: heading[2]!.trim(), level: 3, body: '', subsections: [] };
      current.subsections.push(sub);
    } else if (heading) {
      continue; // the document title: the hover has its own
    } else if (sub) {
      sub.body += `${line}\n`;
    } else if (current) {
      current.body += `${line}\n`;
    }
  }
  return out;
}
