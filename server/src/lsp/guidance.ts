import { CONFIG_KIND_HEADINGS } from '../core/documents/config-node';
import type { DetectedLanguage } from '../core/languages';
import type { Rule } from '../core/rule';
import type { Locale } from '../core/types';

const LANGUAGE_HEADING: Record<string, string> = { kotlin: 'Kotlin', java: 'Java', swift: 'Swift', typescript: 'TypeScript' };
const LABELS: Record<Locale, { fixFor: (heading: string) => string; more: string }> = {
  en: { fixFor: (h) => `Fix in ${h}:`, more: 'Full guidance' },
  ja: { fixFor: (h) => `修正例（${h}）:`, more: '詳しい解説' },
};
/** The rule documents' section names (test/src/rule-metadata.test.ts keeps them). */
const HEADINGS: Record<Locale, { why: string; how: string }> = {
  en: { why: 'Why it matters', how: 'How to fix' },
  ja: { why: 'なぜ危険か', how: '修正方法' },
};
/** How much of "Why it matters" a hover shows: enough to judge the finding, not the essay. */
const WHY_SENTENCES = 2;

/**
 * Hover guidance for a finding, short enough to read at the line: the finding's message, two
 * sentences of why it matters, the fix for this file's language or kind of config file only,
 * and a link to the whole page with the classification. The rule document holds the rest.
 */
export function hoverMarkdown(rule: Rule, detected: DetectedLanguage, locale: Locale, message?: string, docsLink?: string): string {
  const sections = splitSections(rule.docs[locale]);
  const why = sections.find((x) => x.heading === HEADINGS[locale].why);
  const how = sections.find((x) => x.heading === HEADINGS[locale].how);
  const parts: string[] = [`**${rule.title[locale]}** \`${rule.id}\``];
  if (message) parts.push(message);
  if (why?.body.trim()) parts.push(firstSentences(why.body, WHY_SENTENCES, locale));
  const heading = fixHeading(rule, detected);
  const fix = how?.subsections.find((s) => s.heading === heading);
  if (fix) parts.push(`**${LABELS[locale].fixFor(fix.heading)}**`, fix.body.trim());
  else if (how?.body.trim()) parts.push(firstSentences(how.body, WHY_SENTENCES, locale));
  const taxonomy = [...rule.cwe, ...rule.owasp.map((o) => `OWASP Mobile Top 10 ${o.replace(':', ' ')}`), ...rule.masvs];
  parts.push([docsLink ? `[${LABELS[locale].more}](${docsLink})` : undefined, ...taxonomy].filter(Boolean).join(' · '));
  return parts.join('\n\n');
}

/** The first `n` sentences of a paragraph (Japanese sentences end in 。). */
export function firstSentences(text: string, n: number, locale: Locale): string {
  const flat = text.trim().split(/\n\s*\n/)[0]!.replace(/\s*\n\s*/g, ' ');
  const sentences = locale === 'ja' ? flat.split(/(?<=。)/) : flat.split(/(?<=[.!?])\s+(?=[A-Z`*(])/);
  return sentences.slice(0, n).join(locale === 'ja' ? '' : ' ').trim();
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
