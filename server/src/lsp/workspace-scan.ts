import type { CancellationToken, Connection, Diagnostic, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import type { Analyzer } from '../core/analyzer';
import type { Finding } from '../core/types';
import { FileProjectModel } from '../node/project-files';
import { scanFile } from '../scan/scan';
import { walk } from '../scan/walk';
import type { DocumentOptions, WorkspaceConfig } from './workspace-config';

export interface ScanSummary {
  files: number;
  findings: number;
  skipped: number;
  cancelled: boolean;
}

/**
 * Audit mode: every file of every workspace folder analysed in the language server, with the
 * same file policy as `securecomm scan` (`.gitignore`, excludes, non-shipping code left out, the
 * size limit), so the editor and CI agree. Results are kept per file as findings, not trees, so
 * memory stays bounded; they are published for files that are not open, and stay when a file
 * is closed. Work yields to the message loop between files: the editor keeps answering.
 */
export class WorkspaceScan {
  /** Every finding of each scanned file, suppressed ones included (the findings view lists those too). */
  private readonly results = new Map<string, Finding[]>();
  private readonly listeners: ((uri: string) => void)[] = [];
  private running: Promise<ScanSummary> | undefined;
  private scanned = false;

  constructor(
    private readonly connection: Connection,
    private readonly analyzer: Analyzer,
    /** The current configuration (it is replaced when the client initializes). */
    private readonly config: () => WorkspaceConfig,
    private readonly toDiagnostics: (uri: string, findings: Finding[]) => Diagnostic[],
  ) {}

  /** Whether a scan has run: closing a file then re-reads it from disk instead of clearing it. */
  get active(): boolean {
    return this.scanned || this.running !== undefined;
  }

  has(uri: string): boolean {
    return this.results.has(uri);
  }

  /** The kept findings of files read from disk, by URI (for the findings view and reports). */
  entries(): IterableIterator<[string, Finding[]]> {
    return this.results.entries();
  }

  /** Called with a file's URI whenever its kept findings change (set, refreshed or forgotten). */
  onDidChange(listener: (uri: string) => void): void {
    this.listeners.push(listener);
  }

  private store(uri: string, findings: Finding[]): void {
    this.results.set(uri, findings);
    for (const listener of this.listeners) listener(uri);
  }

  private publish(uri: string, findings: readonly Finding[]): void {
    void this.connection.sendDiagnostics({ uri, diagnostics: this.toDiagnostics(uri, findings.filter((f) => !f.suppression)) });
  }

  /** Runs one scan at a time; a second request joins the running one. */
  scan(progress: WorkDoneProgressReporter, token: CancellationToken, isOpen: (uri: string) => boolean): Promise<ScanSummary> {
    this.running ??= this.run(progress, token, isOpen).finally(() => { this.running = undefined; });
    return this.running;
  }

  /** Re-reads one file from disk (saved, created, closed), or forgets it (deleted). */
  async refresh(file: string, options: DocumentOptions, publish: boolean): Promise<void> {
    const uri = pathToFileURL(file).href;
    const { findings } = await this.analyse(file, options, new FileProjectModel());
    this.store(uri, findings);
    if (publish) this.publish(uri, findings);
  }

  forget(uri: string): void {
    if (!this.results.delete(uri)) return;
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const listener of this.listeners) listener(uri);
  }

  /** One file from disk with the settings that govern it: its findings, suppressed ones included. */
  private async analyse(file: string, options: DocumentOptions, project: FileProjectModel): Promise<{ findings: Finding[]; skipped: boolean }> {
    const report = await scanFile(this.analyzer, file, { ruleIds: options.ruleIds, severities: options.severities }, project);
    const findings = options.enabled && !report.skipped ? report.findings : [];
    return { findings, skipped: report.skipped !== undefined };
  }

  private async run(progress: WorkDoneProgressReporter, token: CancellationToken, isOpen: (uri: string) => boolean): Promise<ScanSummary> {
    const summary: ScanSummary = { files: 0, findings: 0, skipped: 0, cancelled: false };
    const roots = this.config().scanRoots();
    const files = roots.flatMap((root) => walk([root.dir], { include: new Set(root.include), exclude: root.exclude, excludeBase: root.dir }).files);
    progress.begin('SecureComm: scanning the workspace', 0, `${files.length} files`, true);
    const project = new FileProjectModel();
    const t0 = performance.now();
    for (let i = 0; i < files.length; i++) {
      if (token.isCancellationRequested) { summary.cancelled = true; break; }
      const file = files[i]!;
      const uri = pathToFileURL(file).href;
      const { findings, skipped } = await this.analyse(file, this.config().optionsFor(uri), project);
      if (skipped) summary.skipped++;
      summary.files++;
      summary.findings += findings.filter((f) => !f.suppression).length;
      if (findings.length || this.results.has(uri)) {
        this.store(uri, findings);
        // An open file shows its editor buffer's findings; the scan's are for closed ones.
        if (!isOpen(uri)) this.publish(uri, findings);
      }
      if (i % 10 === 0 || i === files.length - 1) progress.report(Math.round(((i + 1) / files.length) * 100), `${i + 1} / ${files.length} files, ${summary.findings} findings`);
      await new Promise((resolve) => setImmediate(resolve)); // let requests and edits in
    }
    progress.done();
    this.scanned = true;
    this.connection.console.info(`workspace scan: ${summary.files} files, ${summary.findings} findings, ${summary.skipped} skipped` +
      `${summary.cancelled ? ' (cancelled)' : ''} in ${Math.round(performance.now() - t0)} ms`);
    return summary;
  }
}
