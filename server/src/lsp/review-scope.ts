import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DiagnosticSeverity, DidChangeWatchedFilesNotification, type Connection, type Diagnostic, type Range } from 'vscode-languageserver/node';
import type { Locale } from '../core/types';
import { touchesChange, type ChangedLines } from '../node/git/line-diff';
import { ReviewSnapshot } from '../node/git/review-snapshot';
import type { ReviewSettings } from './workspace-config';

/** A commit, a checkout or a fetch writes several refs in a row: the base is recomputed once they are done. */
const GIT_STATE_DEBOUNCE_MS = 300;
const GIT_STATE_FILE = /\/\.git\/(HEAD|packed-refs|refs\/.*)$/;

/** `securecomm.review` as the editor sends it; anything malformed falls back to the default. */
export function reviewSettingsFrom(raw: unknown): ReviewSettings {
  const r = (raw ?? {}) as Partial<ReviewSettings>;
  return { enabled: r.enabled === true, base: typeof r.base === 'string' ? r.base.trim() : '' };
}

/** A finding outside the change: still shown, as a hint, and its message says why it is one. */
export function markOutsideChange(diagnostic: Diagnostic, locale: Locale): void {
  diagnostic.severity = DiagnosticSeverity.Hint;
  diagnostic.message = `${locale === 'ja' ? '(変更箇所の外) ' : '(outside the change) '}${diagnostic.message}`;
}

/**
 * Review mode in the editor: which lines of a document changed since the merge-base of HEAD
 * and the review branch, per workspace folder's repository. Computed lazily (the first
 * analysis of a document in a folder) and kept until `.git/HEAD` or a ref changes, or the
 * settings name another base. The document's own text is compared, so the lines match what
 * the editor shows before it is saved. In Restricted Mode git is never run.
 */
export class ReviewScope {
  /** Folder + base → its snapshot, or undefined when git could not answer (logged once). */
  private readonly snapshots = new Map<string, Promise<ReviewSnapshot | undefined>>();
  private readonly documents = new Map<string, { snapshot: ReviewSnapshot; text: string | undefined; lines: ChangedLines }>();
  private restrictedModeLogged = false;
  private watching = false;
  private staleTimer: NodeJS.Timeout | undefined;
  /** Set from the client's capabilities: whether the server may ask it to watch `.git/`. */
  canWatchFiles = false;

  constructor(
    private readonly connection: Connection,
    private readonly settings: () => ReviewSettings,
    private readonly trusted: () => boolean,
    private readonly folders: () => readonly string[],
    /** Called when the base may have moved: every open document's diagnostics are made again. */
    private readonly onStale: () => void,
  ) {}

  /**
   * Computes a document's changed lines before its diagnostics are made: from `text` (the
   * editor's) or from disk. Does nothing when review mode is off, in Restricted Mode, or for
   * a file outside the workspace folders.
   */
  async prepare(uri: string, text?: string): Promise<void> {
    if (!this.settings().enabled || !uri.startsWith('file:')) return;
    if (!this.trusted()) {
      if (!this.restrictedModeLogged) this.connection.console.info('review mode: git is not run in Restricted Mode; findings keep their severity until the workspace is trusted');
      this.restrictedModeLogged = true;
      return;
    }
    const file = fileURLToPath(uri);
    const folder = this.folders().filter((dir) => isInside(dir, file)).sort((a, b) => b.length - a.length)[0];
    const snapshot = folder && await this.snapshotOf(folder);
    if (!snapshot) { this.documents.delete(uri); return; }
    const known = this.documents.get(uri);
    if (known && known.snapshot === snapshot && known.text === text && text !== undefined) return;
    const lines = await snapshot.changedLinesOf(file, text).catch((e: unknown) => {
      this.connection.console.warn(`review mode: ${uri}: ${(e as Error).message}`);
      return undefined;
    });
    if (lines === undefined) this.documents.delete(uri);
    else this.documents.set(uri, { snapshot, text, lines });
  }

  /** Whether a line (0-based) changed since the base; undefined when review mode is off or it is not known. */
  changedLine(uri: string, line: number): boolean | undefined {
    return this.changedRange(uri, { start: { line, character: 0 }, end: { line, character: 0 } });
  }

  /** Whether a range touches a changed line; undefined when review mode is off or it is not known. */
  changedRange(uri: string, range: Range): boolean | undefined {
    if (!this.settings().enabled || !this.trusted()) return undefined;
    const known = this.documents.get(uri);
    return known && touchesChange(known.lines, range.start.line, range.end.line);
  }

  /** HEAD or a ref changed (a commit, checkout, fetch): the base is computed again. */
  watchedFilesChanged(changes: readonly { uri: string }[]): void {
    if (!changes.some((c) => GIT_STATE_FILE.test(c.uri))) return;
    clearTimeout(this.staleTimer);
    this.staleTimer = setTimeout(() => {
      this.snapshots.clear();
      this.documents.clear();
      this.onStale();
    }, GIT_STATE_DEBOUNCE_MS);
  }

  private snapshotOf(folder: string): Promise<ReviewSnapshot | undefined> {
    const base = this.settings().base;
    const key = `${folder}\u0000${base}`;
    let snapshot = this.snapshots.get(key);
    if (!snapshot) {
      this.watchGitState();
      snapshot = ReviewSnapshot.create(folder, base || undefined).then((s) => {
        this.connection.console.info(`review mode: ${folder} compared with ${s.against} (merge-base ${s.base.slice(0, 7)})`);
        return s;
      }, (e: unknown) => {
        this.connection.console.warn(`review mode: ${folder}: ${(e as Error).message}; its findings keep their severity`);
        return undefined;
      });
      this.snapshots.set(key, snapshot);
    }
    return snapshot;
  }

  /** Asks the editor to report changes of `.git/HEAD` and refs, once review mode first runs git. */
  private watchGitState(): void {
    if (this.watching || !this.canWatchFiles) return;
    this.watching = true;
    void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: '**/.git/HEAD' }, { globPattern: '**/.git/packed-refs' }, { globPattern: '**/.git/refs/**' }],
    }).catch((e: unknown) => this.connection.console.warn(`review mode: cannot watch .git for new commits: ${(e as Error).message}`));
  }
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}
