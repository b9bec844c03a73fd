import {
  DocumentDiagnosticReportKind, type CancellationToken, type Diagnostic, type WorkspaceDiagnosticParams, type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';

/** What the workspace report reads; the server owns all of it. */
export interface WorkspaceDiagnosticSources {
  /** Whether the server has diagnostics for the file (an analysed open document or a scanned file). */
  knows(uri: string): boolean;
  /** The file's diagnostics, exactly as a document pull would answer them. */
  diagnostics(uri: string): Promise<Diagnostic[]>;
}

/**
 * Workspace diagnostics (`workspace/diagnostic`) for editors that pull them, as VS Code does:
 * the findings of files that are not open (the workspace scan's) and of open documents. VS Code
 * keeps a file's last results when its tab closes and then relies on this report, so findings
 * survive closing a file; open documents' own pulls win while their tab is shown.
 *
 * Every file the server has reported carries a result id that changes whenever its diagnostics
 * may: one of its own (a new analysis, a new scan result) or the epoch (settings, baseline,
 * review base). The client sends back the ids it holds and gets only the files whose id moved.
 * It asks again two seconds after each answer, so a request that would find nothing new is held
 * until something changes (or the client cancels it): an idle editor costs the server nothing.
 * A file that is gone (deleted, closed without a scan) is reported once with no diagnostics,
 * then no more once the client has acknowledged that result id.
 */
export class WorkspaceDiagnostics {
  /** Each reported file's own part of its result id; a file stays until its removal is acknowledged. */
  private readonly versions = new Map<string, number>();
  private changes = 0;
  private epoch = 0;
  /** Counts changes of any kind, so a request can tell whether one came while it was busy. */
  private ticks = 0;
  private waiters: (() => void)[] = [];
  private pulled = false;

  constructor(
    private readonly sources: WorkspaceDiagnosticSources,
    /** Called once, at the client's first workspace pull: from then on nothing of the scan is pushed. */
    private readonly onFirstPull: () => void,
  ) {}

  /** Whether the client pulls workspace diagnostics (it has asked once): the scan's results are then never pushed. */
  get pulling(): boolean {
    return this.pulled;
  }

  /** The id of a file's current diagnostics; read it before making them, so a change meanwhile makes it stale, never too new. */
  resultId(uri: string): string {
    return `${this.epoch}.${this.versions.get(uri) ?? 0}`;
  }

  /** A file's diagnostics may have changed (analysed, scanned, closed, forgotten). */
  changed(uri: string): void {
    this.versions.set(uri, ++this.changes);
    this.wake();
  }

  /** Every file's diagnostics may have changed (settings, `.securecomm.yml`, baseline, review base). */
  allChanged(): void {
    this.epoch++;
    this.wake();
  }

  /** Answers a workspace pull with the files whose result id differs from the client's, waiting for one if there is none. */
  async report(params: WorkspaceDiagnosticParams, token: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    if (!this.pulled) {
      this.pulled = true;
      this.onFirstPull();
    }
    const held = new Map(params.previousResultIds.map((p) => [p.uri, p.value]));
    for (;;) {
      const before = this.ticks;
      const items = await this.changedReports(held);
      if (items.length > 0 || token.isCancellationRequested) return { items };
      // A change while the reports were made (they await review mode's git) is not waited for.
      if (this.ticks === before) await this.nextChange(token);
    }
  }

  private async changedReports(held: ReadonlyMap<string, string>): Promise<WorkspaceDocumentDiagnosticReport[]> {
    const items: WorkspaceDocumentDiagnosticReport[] = [];
    for (const uri of [...this.versions.keys()]) {
      const resultId = this.resultId(uri);
      const known = this.sources.knows(uri);
      if (held.get(uri) === resultId) {
        if (!known) this.versions.delete(uri); // its removal was acknowledged: nothing more to say
        continue;
      }
      const diagnostics = known ? await this.sources.diagnostics(uri) : [];
      items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId, items: diagnostics });
    }
    return items;
  }

  private nextChange(token: CancellationToken): Promise<void> {
    return new Promise((resolve) => {
      const cancelled = token.onCancellationRequested(() => resolve());
      this.waiters.push(() => {
        cancelled.dispose();
        resolve();
      });
    });
  }

  private wake(): void {
    this.ticks++;
    for (const waiter of this.waiters.splice(0)) waiter();
  }
}
