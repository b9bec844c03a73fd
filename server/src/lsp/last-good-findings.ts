import type { Diagnostic } from 'vscode-languageserver/node';
import { offsetAt, type ContentChange } from '../core/text-edits';
import type { AnalysisResult, Finding, Locale, Position, Range } from '../core/types';

/** A finding of the last analysis without syntax errors, with the code it was reported on. */
interface Carried {
  finding: Finding;
  code: string;
}

interface FileState {
  /** The document version the carried findings' ranges belong to. */
  version: number;
  carried: Carried[];
  /** Edits made since `version`, in order, with the version each produced. */
  edits: { version: number; changes: readonly ContentChange[] }[];
  /** Carried findings the latest analysis lost: shown besides its own. */
  shown: Finding[];
}

const MARK: Record<Locale, string> = {
  en: ' (from the last analysis without syntax errors)',
  ja: '（構文エラーのない最後の解析の結果）',
};

/**
 * While someone types, a file is broken most of the time, and tree-sitter's error recovery can
 * lose a whole region: its findings would blink out and back with each keystroke. So the findings
 * of the last analysis without syntax errors are carried through the edits made since (their
 * ranges move with inserted and deleted text); one whose code an edit touched is dropped. When an
 * analysis has syntax errors, the carried findings it did not report again are shown besides its
 * own, marked; once the file parses again, its fresh results replace them all.
 */
export class LastGoodFindings {
  private readonly files = new Map<string, FileState>();

  edited(uri: string, version: number, changes: readonly ContentChange[]): void {
    const state = this.files.get(uri) ?? { version: -1, carried: [], edits: [], shown: [] };
    state.edits.push({ version, changes });
    this.files.set(uri, state);
  }

  /** After an analysis of `text` (document version `version`): updates what is carried and shown. */
  analysed(uri: string, version: number, text: string, result: AnalysisResult): void {
    const state = this.files.get(uri);
    if (!result.hasSyntaxErrors) {
      const carried = result.findings.filter((f) => !f.suppression).map((finding) => ({ finding: withoutEdits(finding), code: text.slice(finding.startIndex, finding.endIndex) }));
      this.files.set(uri, { version, carried, edits: state?.edits.filter((e) => e.version > version) ?? [], shown: [] });
      return;
    }
    if (!state || state.version < 0) return;
    let carried = state.carried;
    for (const edit of state.edits.filter((e) => e.version > state.version && e.version <= version)) {
      for (const change of edit.changes) carried = change.range ? mapThrough(carried, change.range, change.text) : [];
    }
    // A finding whose code is no longer exactly where it was mapped to is not carried.
    state.carried = carried.filter((c) => codeAt(text, c.finding.range) === c.code);
    state.version = version;
    state.edits = state.edits.filter((e) => e.version > version);
    state.shown = state.carried.map((c) => c.finding)
      .filter((f) => !result.findings.some((n) => n.ruleId === f.ruleId && sameRange(n.range, f.range)));
  }

  /** The carried findings to show for a document's latest analysis. */
  shown(uri: string): readonly Finding[] {
    return this.files.get(uri)?.shown ?? [];
  }

  forget(uri: string): void {
    this.files.delete(uri);
  }
}

/** Says in the message that a finding comes from the last complete analysis. */
export function markCarried(diagnostic: Diagnostic, locale: Locale): Diagnostic {
  return { ...diagnostic, message: `${typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value}${MARK[locale]}` };
}

/**
 * A carried finding offers no fix (its edits' offsets are stale), nothing related (those ranges
 * are not tracked) and no suppression comment (the file is being edited there anyway).
 */
function withoutEdits(f: Finding): Finding {
  const { fix: _fix, related: _related, flowSteps: _steps, ...rest } = f;
  return rest;
}

/** The findings after replacing `range` by `text`: ones before or after it move, ones it overlaps are dropped. */
function mapThrough(carried: Carried[], range: Range, text: string): Carried[] {
  const lines = text.split('\n');
  const moved = (p: Position): Position => {
    const line = p.line + lines.length - 1 - (range.end.line - range.start.line);
    if (p.line !== range.end.line) return { line, character: p.character };
    const lastLineStart = lines.length === 1 ? range.start.character : 0;
    return { line, character: lastLineStart + lines.at(-1)!.length + p.character - range.end.character };
  };
  return carried.flatMap((c) => {
    const r = c.finding.range;
    if (compare(r.end, range.start) <= 0) return [c]; // before the edit
    if (compare(range.end, r.start) > 0) return []; // the edit touches its code
    return [{ ...c, finding: { ...c.finding, range: { start: moved(r.start), end: moved(r.end) } } }];
  });
}

function codeAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

function sameRange(a: Range, b: Range): boolean {
  return compare(a.start, b.start) === 0 && compare(a.end, b.end) === 0;
}
