import { pathToFileURL } from 'node:url';
import * as path from 'node:path';
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic } from 'vscode-languageserver/node';
import type { Rule } from '../core/rule';
import type { Finding, Locale, Severity, TextEdit } from '../core/types';

export const SOURCE = 'securecomm';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

/** What code actions need from a diagnostic, carried in `Diagnostic.data`. */
export interface FindingData {
  ruleId: string;
  fingerprint: string;
  fix?: { title: string; safe: boolean; edits: TextEdit[] };
}

export function toDiagnostic(finding: Finding, rule: Rule | undefined, locale: Locale, uri?: string): Diagnostic {
  const data: FindingData = { ruleId: finding.ruleId, fingerprint: finding.fingerprint };
  if (finding.fix) data.fix = { title: finding.fix.title[locale], safe: finding.fix.safe, edits: finding.fix.edits };
  const diagnostic: Diagnostic = {
    range: finding.range,
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    source: SOURCE,
    message: finding.message[locale],
    data,
  };
  if (rule) diagnostic.codeDescription = { href: docsUri(rule, locale) };
  if (finding.deprecated) diagnostic.tags = [DiagnosticTag.Deprecated];
  // Flow findings: where the value comes from, in the same document.
  if (uri && finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((r) => ({ location: { uri: r.file ? pathToFileURL(r.file).href : uri, range: r.range }, message: r.message[locale] }));
  }
  return diagnostic;
}

/** The rule's guidance page shipped with the server, in the user's language. */
export function docsUri(rule: Rule, locale: Locale): string {
  return pathToFileURL(path.join(rule.dir, 'docs', `${locale}.md`)).href;
}
