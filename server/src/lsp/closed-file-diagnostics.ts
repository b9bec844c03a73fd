import type { Connection, Diagnostic } from 'vscode-languageserver/node';
import type { Finding } from '../core/types';
import type { WorkspaceDiagnostics } from './workspace-diagnostics';
import type { WorkspaceScan } from './workspace-scan';

/** What it needs from the server. */
export interface ClosedFileSources {
  scan: WorkspaceScan;
  workspace: WorkspaceDiagnostics;
  /** Review mode: computes a closed file's changed lines from disk before its diagnostics are made. */
  prepareReview(uri: string): Promise<void>;
  /** Findings to diagnostics, with the baseline's dimming and review mode's hints. */
  toDiagnostics(uri: string, findings: readonly Finding[]): Diagnostic[];
  isOpen(uri: string): boolean;
}

/**
 * How the workspace scan's findings of files that are not open reach the editor: pulled with
 * the workspace diagnostics by an editor that asks for them (VS Code), pushed to the others
 * (Neovim, Helix). Either way they are made like an open file's: the baseline dims them and
 * review mode turns findings outside the change into hints.
 */
export class ClosedFileDiagnostics {
  constructor(private readonly connection: Connection, private readonly sources: ClosedFileSources) {}

  /** A scanned file's diagnostics, from its kept findings. */
  async of(uri: string): Promise<Diagnostic[]> {
    await this.sources.prepareReview(uri);
    const findings = this.sources.scan.findingsOf(uri) ?? [];
    return this.sources.toDiagnostics(uri, findings.filter((f) => !f.suppression));
  }

  /** The scan's findings of a file changed (read, read again, forgotten). */
  changed(uri: string): void {
    this.sources.workspace.changed(uri);
    if (!this.sources.workspace.pulling && !this.sources.isOpen(uri)) void this.push(uri);
  }

  /** Settings, baseline or review base changed: a pushing editor gets every closed file's diagnostics again. */
  pushAllAgain(): void {
    if (this.sources.workspace.pulling) return;
    for (const [uri] of [...this.sources.scan.entries()]) if (!this.sources.isOpen(uri)) void this.push(uri);
  }

  /** The editor has started pulling workspace diagnostics: what was pushed before would show twice. */
  clearPushed(): void {
    for (const [uri] of [...this.sources.scan.entries()]) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async push(uri: string): Promise<void> {
    // Made when sent, from the findings kept then: of two quick changes, the later one wins.
    const diagnostics = this.sources.scan.has(uri) ? await this.of(uri) : [];
    if (!this.sources.workspace.pulling && !this.sources.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics });
  }
}
