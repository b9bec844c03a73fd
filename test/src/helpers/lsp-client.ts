import { spawn, type ChildProcess } from 'node:child_process';
import {
  createProtocolConnection, StreamMessageReader, StreamMessageWriter,
  type CancellationToken, type ClientCapabilities, type CodeAction, type Diagnostic, type Hover, type ProtocolConnection, type Range,
  type TextDocumentContentChangeEvent, type WorkspaceDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { CLI } from './cli';

export interface ClientOptions {
  locale?: string;
  pull?: boolean;
  workspaceFolder?: string;
  /** Several workspace folders (multi-root); the client then also announces folder changes. */
  workspaceFolders?: string[];
  /** Announce LSP 3.18 snippet edits in workspace edits, as VS Code's client does. */
  snippetEdits?: boolean;
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  /** Added to the server process's environment. */
  env?: Record<string, string>;
}

/**
 * A real LSP client talking to `securecomm lsp --stdio` in a child process, as Neovim or
 * Helix would: JSON-RPC over the process's standard streams.
 */
export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly statuses: { state: string; uri?: string; findings?: number; message?: string }[] = [];
  readonly shownDocuments: string[] = [];
  /** $/progress values (begin, report, end) of server-initiated work-done progress. */
  readonly progress: { kind: string; percentage?: number; message?: string }[] = [];
  /** window/logMessage texts: what a user reads in the output channel. */
  readonly logs: string[] = [];
  settings: Record<string, unknown>;
  private readonly waiters: (() => void)[] = [];

  private constructor(private readonly child: ChildProcess, readonly connection: ProtocolConnection, options: ClientOptions) {
    this.settings = options.settings ?? {};
  }

  static async start(options: ClientOptions = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...options.env } });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection, options);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.wake();
    });
    connection.onNotification('securecomm/status', (p: { state: string }) => { client.statuses.push(p); client.wake(); });
    connection.onNotification('window/logMessage', (p: { message: string }) => { client.logs.push(p.message); client.wake(); });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => client.settings));
    connection.onRequest('window/showDocument', (p: { uri: string }) => { client.shownDocuments.push(p.uri); client.wake(); return { success: true }; });
    connection.onRequest('workspace/diagnostic/refresh', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onNotification('$/progress', (p: { value: { kind: string; percentage?: number; message?: string } }) => { client.progress.push(p.value); client.wake(); });
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: true, didChangeConfiguration: { dynamicRegistration: false },
        ...(options.workspaceFolders ? { workspaceFolders: true } : {}),
        ...(options.snippetEdits ? { workspaceEdit: { documentChanges: true, snippetEditSupport: true } } : {}),
      },
      window: { showDocument: { support: true }, workDoneProgress: true },
      textDocument: {
        publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
        hover: { contentFormat: ['markdown'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } }, isPreferredSupport: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const folder = options.workspaceFolder ?? options.workspaceFolders?.[0];
    const folders = options.workspaceFolders ?? (folder ? [folder] : []);
    await connection.sendRequest('initialize', {
      processId: process.pid,
      locale: options.locale ?? 'en',
      rootUri: folder ? `file://${folder}` : null,
      workspaceFolders: folders.length ? folders.map((f, i) => ({ uri: `file://${f}`, name: `ws${i || ''}` })) : null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    return this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    return this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line, character } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    return this.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, ...(only ? { only } : {}) } });
  }

  /** A `workspace/diagnostic` pull with the result ids the client holds, as VS Code sends it every 2 s. */
  workspaceDiagnostics(previousResultIds: { uri: string; value: string }[], token?: CancellationToken): Promise<WorkspaceDiagnosticReport> {
    const params = { previousResultIds };
    return token ? this.connection.sendRequest('workspace/diagnostic', params, token) : this.connection.sendRequest('workspace/diagnostic', params);
  }

  /** Waits, without a fixed sleep, until `check` holds (re-checked on every message). */
  async until<T>(check: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  diagnosticsFor(uri: string, check: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    return this.until(() => { const d = this.diagnostics.get(uri); return d && check(d) ? d : undefined; }, what);
  }

  async stop(): Promise<void> {
    try {
      await this.connection.sendRequest('shutdown');
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

/** Applies LSP text edits to a string (from the end, so earlier offsets stay valid). */
export function applyLspEdits(text: string, edits: { range: Range; newText: string }[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}
