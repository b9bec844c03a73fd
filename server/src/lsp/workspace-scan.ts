import { FileChangeType, type CancellationToken, type Connection, type WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { renderNote } from '../core/notes';
import type { Note } from '../core/notes';
import type { Finding, Locale } from '../core/types';
import { ScanPool } from '../node/scan-pool';
import { filePathOf } from './file-uri';
import type { FileReport } from '../scan/scan';
import { walkListsFile, walkYielding, type WalkOptions } from '../scan/walk';
import type { DocumentOptions, WorkspaceConfig } from './workspace-config';

export interface ScanSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/** What the editor shows while a scan runs. */
const PROGRESS_TEXT: Record<Locale, { title: string; listing: string; listed: (files: number) => string; scanned: (done: number, files: number, findings: number) => string }> = {
  en: {
    title: 'SecureComm: scanning the workspace',
    listing: 'listing the files',
    listed: (files) => `${files} files`,
    scanned: (done, files, findings) => `${done} / ${files} files, ${findings} findings`,
  },
  ja: {
    title: 'SecureComm: ワークスペースをスキャンしています',
    listing: 'ファイルを列挙しています',
    listed: (files) => `${files} ファイル`,
    scanned: (done, files, findings) => `${done} / ${files} ファイル、検出 ${findings} 件`,
  },
};

/** A file to read from disk again, with the settings that govern it. */
interface FileToRead {
  file: string;
  uri: string;
  options: DocumentOptions;
}

/**
 * Audit mode: every file of every workspace folder analysed with the same file policy as
 * `securecomm scan` (`.gitignore`, excludes, non-shipping code left out, the size limit), so
 * the editor and CI agree. The analysis runs in worker threads (ScanPool): the server's own
 * thread only walks the folders and publishes, so it keeps answering hovers and edits.
 * Results are kept per file as findings, not trees, so memory stays bounded; they stay when
 * a file is closed (the server shows them, pushed or pulled: `onDidChange`), and follow the file
 * watcher (saves, creations, renames, deletions, and the hundreds of changes of a branch
 * switch, read again as one batch through the pool).
 */
export class WorkspaceScan {
  /** Every finding of each scanned file, suppressed ones included (the findings view lists those too). */
  private readonly results = new Map<string, Finding[]>();
  private readonly listeners: ((uri: string) => void)[] = [];
  /**
   * The latest read asked for each file still in progress: a report of an earlier one (the
   * file was saved again, deleted, or re-read by a later batch) arrives late and is dropped.
   */
  private readonly latestRead = new Map<string, number>();
  private reads = 0;
  private running: Promise<ScanSummary> | undefined;
  /** Files the last read of which was skipped, with the reason; they are kept, with no findings. */
  private readonly skipReasons = new Map<string, Note>();
  private scanned = false;

  constructor(
    private readonly connection: Connection,
    /** The current configuration (it is replaced when the client initializes). */
    private readonly config: () => WorkspaceConfig,
    /** The client's locale, for the progress it shows (set when the client initializes). */
    private readonly locale: () => Locale,
    private readonly pool = new ScanPool({ log: (message) => connection.console.info(message) }),
  ) {}

  /** Whether a scan has run: closing a file then re-reads it from disk instead of clearing it. */
  get active(): boolean {
    return this.scanned || this.running !== undefined;
  }

  has(uri: string): boolean {
    return this.results.has(uri);
  }

  /** A scanned file's kept findings, suppressed ones included; undefined when the scan keeps none. */
  findingsOf(uri: string): readonly Finding[] | undefined {
    return this.results.get(uri);
  }

  /** The kept findings of files read from disk, by URI (for the findings view and reports). */
  entries(): IterableIterator<[string, Finding[]]> {
    return this.results.entries();
  }

  /** Called with a file's URI whenever its kept findings change (set, refreshed or forgotten): the server shows them. */
  onDidChange(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  /** The scan under way, if any (an export waits for it rather than report half a workspace). */
  get runningScan(): Promise<ScanSummary> | undefined {
    return this.running;
  }

  /** Why a kept file could not be analysed (time budget, a worker that failed), for reports. */
  skipReason(uri: string): Note | undefined {
    return this.skipReasons.get(uri);
  }

  /**
   * Runs one scan at a time; a second request joins the running one. Either cancellation stops
   * it: the request's (`$/cancelRequest`) or the progress's (`window/workDoneProgress/cancel`,
   * what the Cancel button of VS Code's progress notification sends).
   */
  scan(progress: WorkDoneProgressServerReporter, token: CancellationToken): Promise<ScanSummary> {
    this.running ??= this.run(progress, token).finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Re-reads one file from disk (closed in the editor: its unsaved text is gone). */
  async refresh(file: string, options: DocumentOptions): Promise<void> {
    await this.read([{ file, uri: pathToFileURL(file).href, options }], { keepClean: true, urgent: true });
  }

  /**
   * Files the watcher saw change on disk, after a scan: saved or created files the scan policy
   * covers are read again, in one batch; deleted ones (a rename is a deletion and a creation)
   * are forgotten, and so are files the policy no longer covers (a new `.gitignore` entry).
   * Open files are the editor's business.
   */
  async filesChanged(changes: readonly { uri: string; type: number }[], isOpen: (uri: string) => boolean): Promise<void> {
    const toRead = new Map<string, FileToRead>();
    for (const change of changes) {
      if (!change.uri.startsWith('file:') || isOpen(change.uri)) continue;
      toRead.delete(change.uri);
      if (change.type === FileChangeType.Deleted) {
        this.forgetFileOrFolder(change.uri);
        continue;
      }
      const file = filePathOf(change.uri);
      if (file && this.scanPolicyCovers(file)) toRead.set(change.uri, { file, uri: change.uri, options: this.config().optionsFor(change.uri) });
      else this.forget(change.uri);
    }
    if (toRead.size === 0) return;
    const t0 = performance.now();
    const summary = await this.read([...toRead.values()], { keepClean: true, urgent: true });
    this.connection.console.info(`workspace scan: ${summary.files} changed files read again by ${this.pool.maxThreads} worker thread(s) ` +
      `in ${Math.round(performance.now() - t0)} ms, ${summary.findings} findings`);
  }

  forget(uri: string): void {
    this.latestRead.delete(uri);
    this.skipReasons.delete(uri);
    if (!this.results.delete(uri)) return;
    for (const listener of this.listeners) listener(uri);
  }

  /** A deleted folder is one event for all the files below it. */
  private forgetFileOrFolder(uri: string): void {
    this.forget(uri);
    const below = `${uri.replace(/\/$/, '')}/`;
    for (const kept of [...this.results.keys()]) if (kept.startsWith(below)) this.forget(kept);
  }

  private scanPolicyCovers(file: string): boolean {
    return this.config().scanRoots().some((root) => walkListsFile(root.dir, file, walkOptionsOf(root)));
  }

  private async run(progress: WorkDoneProgressServerReporter, token: CancellationToken): Promise<ScanSummary> {
    const t0 = performance.now();
    const text = PROGRESS_TEXT[this.locale()];
    progress.begin(text.title, 0, text.listing, true);
    const roots = this.config().scanRoots();
    const listed = await Promise.all(roots.map((root) => walkYielding([root.dir], walkOptionsOf(root))));
    // Nested workspace folders would list their files twice.
    const files = [...new Set(listed.flatMap((l) => l.files))];
    progress.report(0, text.listed(files.length));
    const cancel = new AbortController();
    const onCancel = [token, progress.token].map((t) => t.onCancellationRequested(() => cancel.abort()));
    const toRead = files.map((file) => { const uri = pathToFileURL(file).href; return { file, uri, options: this.config().optionsFor(uri) }; });
    const summary = await this.read(toRead, {
      keepClean: false,
      signal: cancel.signal,
      onProgress: (s) => { if (s.files % 10 === 0 || s.files === files.length) progress.report(Math.round((s.files / files.length) * 100), text.scanned(s.files, files.length, s.findings)); },
    });
    for (const listener of onCancel) listener.dispose();
    progress.done();
    this.scanned = true;
    this.connection.console.info(`workspace scan: ${summary.files} files, ${summary.findings} findings, ${summary.skipped} skipped` +
      `${summary.cancelled ? ' (cancelled)' : ''} in ${Math.round(performance.now() - t0)} ms, ${this.pool.maxThreads} worker thread(s)`);
    return summary;
  }

  /**
   * Reads files from disk through the pool and keeps their findings as they
   * arrive. A clean file is kept only when `keepClean` (or when it had findings before): a
   * whole-workspace scan does not hold an entry for each of thousands of clean files.
   */
  private async read(files: readonly FileToRead[], how: {
    keepClean: boolean;
    urgent?: boolean;
    signal?: AbortSignal;
    onProgress?: (summary: ScanSummary) => void;
  }): Promise<ScanSummary> {
    const summary: ScanSummary = { files: 0, findings: 0, skipped: 0, cancelled: false };
    const byFile = new Map<string, FileToRead & { read: number }>();
    for (const f of files) {
      const read = ++this.reads;
      this.latestRead.set(f.uri, read);
      byFile.set(f.file, { ...f, read });
    }
    const accept = (report: FileReport): void => {
      const entry = byFile.get(report.file);
      if (!entry) return;
      summary.files++;
      if (report.skipped) {
        summary.skipped++;
        this.connection.console.warn(`${report.file}: not analysed: ${renderNote(report.skipped, 'en')}`);
      }
      if (this.latestRead.get(entry.uri) === entry.read) {
        this.latestRead.delete(entry.uri);
        if (report.skipped) this.skipReasons.set(entry.uri, report.skipped);
        else this.skipReasons.delete(entry.uri);
        const findings = entry.options.enabled ? report.findings : [];
        summary.findings += findings.filter((f) => !f.suppression).length;
        if (how.keepClean || findings.length || this.results.has(entry.uri)) this.store(entry.uri, findings);
      }
      how.onProgress?.(summary);
    };
    // Files the settings switch off (`securecomm.enable`, an exclude) are not read at all.
    for (const entry of byFile.values()) {
      if (!entry.options.enabled) accept({ file: entry.file, findings: [] });
    }
    const jobs = [...byFile.values()].filter((e) => e.options.enabled)
      .map((e) => ({ file: e.file, ruleIds: e.options.ruleIds, severities: e.options.severities, includeGenerated: e.options.includeGenerated }));
    await this.pool.run(jobs, accept, { ...(how.signal ? { signal: how.signal } : {}), urgent: how.urgent ?? false });
    summary.cancelled = how.signal?.aborted === true;
    if (summary.cancelled) {
      for (const entry of byFile.values()) if (this.latestRead.get(entry.uri) === entry.read) this.latestRead.delete(entry.uri);
    }
    return summary;
  }

  private store(uri: string, findings: Finding[]): void {
    this.results.set(uri, findings);
    for (const listener of this.listeners) listener(uri);
  }
}

function walkOptionsOf(root: ReturnType<WorkspaceConfig['scanRoots']>[number]): WalkOptions {
  return { include: new Set(root.include), exclude: root.exclude, excludeBase: root.dir };
}

