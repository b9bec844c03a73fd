import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit as LspTextEdit, type WorkspaceEdit } from 'vscode-languageserver/node';
import { applyEdits } from '../core/fixes';
import { positionAt } from '../core/text-edits';
import type { Finding, Locale, Range, TextEdit } from '../core/types';
import type { FindingData } from './diagnostics';
import type { OpenDocument } from './documents';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.securecomm`;
export const SHOW_DOCUMENTATION = 'securecomm.showDocumentation';

const TEXT: Record<Locale, { suppress: (id: string) => string; suppressFile: (id: string) => string; ruleOff: (id: string) => string; docs: (id: string) => string; fixAll: string }> = {
  en: {
    suppress: (id) => `Suppress ${id} on this line`, suppressFile: (id) => `Suppress ${id} in this file`,
    ruleOff: (id) => `Turn ${id} off in .securecomm.yml`,
    docs: (id) => `Show documentation for ${id}`, fixAll: 'Fix all safe SecureComm findings',
  },
  ja: {
    suppress: (id) => `この行の ${id} を抑制`, suppressFile: (id) => `このファイルの ${id} を抑制`,
    ruleOff: (id) => `.securecomm.yml で ${id} をオフにする`,
    docs: (id) => `${id} のドキュメントを表示`, fixAll: 'SecureComm の安全な修正をすべて適用',
  },
};

/** Refuses a fix that would leave the file with more syntax errors than it had. */
export type FixVerifier = (fixedText: string) => Promise<boolean>;

/** The workspace edit that turns a rule off in the document's `.securecomm.yml`, when one can be made. */
export type RuleOffEdit = (ruleId: string) => WorkspaceEdit | undefined;

export async function codeActions(
  doc: OpenDocument, params: CodeActionParams, locale: Locale, verify: FixVerifier, ruleOff: RuleOffEdit = () => undefined,
  /** The client applies snippet edits (LSP 3.18 `snippetEditSupport`): suppressions then select their `<reason>`. */
  snippets = false,
): Promise<CodeAction[]> {
  const findings = (doc.result?.findings ?? []).filter((f) => !f.suppression);
  if (doc.analysedVersion !== doc.version) return []; // stale offsets would corrupt the file
  const only = params.context.only;
  // "Source Action…" asks for `source`, fix-on-save for `source.fixAll`: both include ours.
  if (only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`))) {
    const fixAll = await fixAllAction(doc, findings, locale, verify);
    return fixAll ? [fixAll] : [];
  }
  if (only && !only.some((k) => CodeActionKind.QuickFix.startsWith(k))) return [];
  const actions: CodeAction[] = [];
  for (const finding of findings.filter((f) => overlaps(f.range, params.range))) {
    const diagnostic = params.context.diagnostics.find((d) => (d.data as FindingData | undefined)?.fingerprint === finding.fingerprint);
    const diagnostics = diagnostic ? [diagnostic] : [];
    if (finding.fix && await verify(applyEdits(doc.text, finding.fix.edits))) {
      actions.push({
        title: finding.fix.title[locale],
        kind: CodeActionKind.QuickFix,
        diagnostics,
        isPreferred: finding.fix.safe,
        edit: { changes: { [doc.uri]: finding.fix.edits.map(toLspEdit) } },
      });
    }
    const suppress = suppressAction(doc, finding, diagnostics, locale, snippets);
    if (suppress) actions.push(suppress);
    const suppressFile = suppressInFileAction(doc, finding, diagnostics, locale, snippets);
    if (suppressFile) actions.push(suppressFile);
    const off = ruleOff(finding.ruleId);
    if (off) actions.push({ title: TEXT[locale].ruleOff(finding.ruleId), kind: CodeActionKind.QuickFix, diagnostics, edit: off });
    actions.push({
      title: TEXT[locale].docs(finding.ruleId),
      kind: CodeActionKind.QuickFix,
      diagnostics,
      command: { title: TEXT[locale].docs(finding.ruleId), command: SHOW_DOCUMENTATION, arguments: [finding.ruleId] },
    });
  }
  return actions;
}

/**
 * `// securecomm-ignore RULE -- <reason>` on its own line above, at the same indentation. In
 * XML and plists it is `<!-- securecomm-ignore RULE: <reason> -->` (`--` is not allowed in an
 * XML comment) above the tag, since a comment cannot go between a tag's attributes. Strict
 * JSON has no comments at all: there the rule is turned off in .securecomm.yml instead.
 */
function suppressAction(doc: OpenDocument, finding: Finding, diagnostics: Diagnostic[], locale: Locale, snippets: boolean): CodeAction | undefined {
  const xml = doc.detected.language === 'xml' || doc.detected.language === 'plist';
  if (doc.detected.language === 'json' && doc.detected.config !== 'expo-config') return undefined; // Expo reads JSON5
  const line = xml ? positionAt(doc.text, Math.max(0, doc.text.lastIndexOf('<', finding.startIndex))).line : finding.range.start.line;
  const lineText = doc.text.split('\n')[line] ?? '';
  const indent = /^[ \t]*/.exec(lineText)![0];
  const comment = xml
    ? `${indent}<!-- securecomm-ignore ${finding.ruleId}: <reason> -->\n`
    : `${indent}// securecomm-ignore ${finding.ruleId} -- <reason>\n`;
  return {
    title: TEXT[locale].suppress(finding.ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: insertLine(doc, line, comment, snippets),
  };
}

/**
 * `securecomm-ignore-file RULE -- <reason>` at the top of the file (after an XML declaration,
 * which must come first), for files where every finding of a rule is accepted.
 */
function suppressInFileAction(doc: OpenDocument, finding: Finding, diagnostics: Diagnostic[], locale: Locale, snippets: boolean): CodeAction | undefined {
  const xml = doc.detected.language === 'xml' || doc.detected.language === 'plist';
  if (doc.detected.language === 'json' && doc.detected.config !== 'expo-config') return undefined;
  if (new RegExp(`securecomm-ignore-file\\s+[^\\n]*\\b${finding.ruleId}\\b`).test(doc.text)) return undefined;
  const lines = doc.text.split('\n');
  // After an XML declaration or a shebang line, which must stay first.
  const line = /^(<\?xml|#!)/.test(lines[0] ?? '') ? 1 : 0;
  const comment = xml
    ? `<!-- securecomm-ignore-file ${finding.ruleId}: <reason> -->\n`
    : `// securecomm-ignore-file ${finding.ruleId} -- <reason>\n`;
  return {
    title: TEXT[locale].suppressFile(finding.ruleId),
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: insertLine(doc, line, comment, snippets),
  };
}

const REASON_PLACEHOLDER = '<reason>';

/**
 * A suppression comment inserted as a line. For a client that applies snippet edits, a snippet
 * whose tab stop is the `<reason>` placeholder: the editor selects it, and the reason typed
 * replaces it at once (an untouched placeholder counts as no reason). Other clients insert the
 * same text as a plain edit.
 */
function insertLine(doc: OpenDocument, line: number, text: string, snippet: boolean): WorkspaceEdit {
  const range = { start: { line, character: 0 }, end: { line, character: 0 } };
  if (!snippet) return { changes: { [doc.uri]: [{ range, newText: text }] } };
  const value = text.split(REASON_PLACEHOLDER).map(escapeSnippet).join('${1:' + REASON_PLACEHOLDER + '}');
  return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits: [{ range, snippet: { kind: 'snippet', value } }] }] };
}

/** Snippet syntax gives `$`, `}` and `\` meaning; anything else in the comment is literal. */
function escapeSnippet(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

async function fixAllAction(doc: OpenDocument, findings: Finding[], locale: Locale, verify: FixVerifier): Promise<CodeAction | undefined> {
  const edits: TextEdit[] = findings.filter((f) => f.fix?.safe).flatMap((f) => f.fix!.edits);
  const applicable = withoutOverlaps(edits);
  if (applicable.length === 0 || !(await verify(applyEdits(doc.text, applicable)))) return undefined;
  return { title: TEXT[locale].fixAll, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: applicable.map(toLspEdit) } } };
}

function withoutOverlaps(edits: TextEdit[]): TextEdit[] {
  const unique = [...new Map(edits.map((e) => [`${e.startIndex}:${e.endIndex}:${e.newText}`, e])).values()];
  const sorted = unique.sort((a, b) => a.startIndex - b.startIndex);
  return sorted.filter((e, i) => i === 0 || e.startIndex >= sorted[i - 1]!.endIndex);
}

function toLspEdit(e: TextEdit): LspTextEdit {
  return { range: e.range, newText: e.newText };
}

function overlaps(a: Range, b: Range): boolean {
  const before = (p: Range['start'], q: Range['start']) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
