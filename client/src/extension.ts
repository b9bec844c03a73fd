import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  RevealOutputChannelOn,
  State,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  CONFIG_FILE_GLOB,
  DOCUMENT_SELECTOR,
  FIX_ALL_CODE_ACTION_KIND,
  FIX_ALL_COMMAND,
  SCAN_WORKSPACE_COMMAND,
  SCAN_WORKSPACE_REQUEST,
  SOURCE_FILES_GLOB,
  type ScanSummary,
  STATUS_NOTIFICATION,
  WORKSPACE_TRUSTED_NOTIFICATION,
  type InitializationOptions,
  type StatusParams,
} from './protocol';
import { registerExportFindings } from './export-findings';
import { SHOW_OUTPUT_COMMAND, StatusItem } from './status-item';
import { registerRuleDocs, ruleDocOf, ruleDocsCommandUri, showRuleDocs } from './rule-docs';
import { StatusModel } from './status-model';
import { registerFindingsView, type FindingsView } from './findings-view';

let client: LanguageClient | undefined;

function withRenderedDocsLink(d: vscode.Diagnostic): vscode.Diagnostic {
  const code = d.code;
  if (typeof code !== 'object' || code === null) return d;
  const doc = ruleDocOf(code.target.toString());
  if (doc) d.code = { value: code.value, target: ruleDocsCommandUri(doc.id, doc.locale) };
  return d;
}

/** What `activate` returns: the end-to-end tests read the findings view through it. */
export interface SecureCommApi { findingsView: FindingsView }

export async function activate(context: vscode.ExtensionContext): Promise<SecureCommApi> {
  const output = vscode.window.createOutputChannel('SecureComm Review', { log: true });
  registerRuleDocs(context);
  const model = new StatusModel();
  const status = new StatusItem(model);
  context.subscriptions.push(output, status);

  // dist/server.js is a bundle of server/src/lsp/main.ts (scripts/bundle.js). No execArgv:
  // the server sets its V8 WebAssembly flags itself before compiling any (server/src/node/
  // wasm-tiering.ts), as `securecomm lsp --stdio` does; a V8 flag on the command line that a
  // newer Electron does not know would stop the server from starting at all.
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc },
  };
  const watcher = vscode.workspace.createFileSystemWatcher(CONFIG_FILE_GLOB);
  // After a workspace scan, saved, created and deleted files are read again by the server.
  const sources = vscode.workspace.createFileSystemWatcher(SOURCE_FILES_GLOB);
  context.subscriptions.push(watcher, sources);
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    synchronize: { configurationSection: 'securecomm', fileEvents: [watcher, sources] },
    // A function, so that a restart after the user trusted the workspace says so.
    initializationOptions: (): InitializationOptions => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel: output,
    // Findings are diagnostics and failures show in the status item; never pop the output up.
    revealOutputChannelOn: RevealOutputChannelOn.Never,
    middleware: {
      // "Show documentation" and the Problems panel's rule link open the page rendered and
      // read-only (rule-docs.ts), not the installed Markdown file.
      window: {
        showDocument: async (params, token, next) => {
          const doc = ruleDocOf(params.uri);
          return doc ? { success: await showRuleDocs(doc.id, doc.locale) } : next(params, token);
        },
      },
      handleDiagnostics: (uri, diagnostics, next) => next(uri, diagnostics.map(withRenderedDocsLink)),
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) report.items = report.items.map(withRenderedDocsLink);
        return report;
      },
      // The workspace scan's findings of closed files come in the workspace report.
      provideWorkspaceDiagnostics: (resultIds, token, reporter, next) => next(resultIds, token, (chunk) => reporter(chunk && {
        items: chunk.items.map((r) => ('items' in r ? { ...r, items: r.items.map(withRenderedDocsLink) } : r)),
      })),
    },
  };
  const lc = new LanguageClient('securecomm', 'SecureComm Review', serverOptions, clientOptions);
  client = lc;
  registerExportFindings(context, lc);

  const findingsView = registerFindingsView(context, lc, (e) => log(output, e));
  let stopping = false;
  context.subscriptions.push(
    lc.onNotification(STATUS_NOTIFICATION, (params: StatusParams) => {
      model.update(params);
      status.refresh();
    }),
    lc.onDidChangeState((e) => {
      if (e.newState === State.Starting) model.starting();
      else if (e.newState === State.Running) model.running();
      else if (!stopping) model.stopped(vscode.l10n.t('The language server stopped'));
      status.refresh();
    }),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      lc.sendNotification(WORKSPACE_TRUSTED_NOTIFICATION).catch((e: unknown) => log(output, e));
    }),
    vscode.commands.registerCommand(SHOW_OUTPUT_COMMAND, () => output.show()),
    vscode.commands.registerCommand(SCAN_WORKSPACE_COMMAND, async () => {
      const summary = await lc.sendRequest<ScanSummary>(SCAN_WORKSPACE_REQUEST);
      const text = summary.cancelled
        ? vscode.l10n.t('SecureComm: workspace scan cancelled after {0} files ({1} findings so far).', summary.files, summary.findings)
        : vscode.l10n.t('SecureComm: {0} files scanned, {1} findings, {2} files skipped.', summary.files, summary.findings, summary.skipped);
      void vscode.window.showInformationMessage(text);
      return summary;
    }),
    // The palette entry for the server's source.fixAll.securecomm action (safe fixes only).
    vscode.commands.registerCommand(FIX_ALL_COMMAND, () =>
      vscode.commands.executeCommand('editor.action.sourceAction', { kind: FIX_ALL_CODE_ACTION_KIND, apply: 'first' })),
    vscode.commands.registerCommand('securecomm.restartServer', async () => {
      stopping = true;
      try {
        await lc.restart();
      } catch (e) {
        reportStartFailure(output, model, e);
      } finally {
        stopping = false;
        status.refresh();
      }
    }),
  );

  try {
    await lc.start();
    // Audit mode from the start, if asked for, and only in a trusted workspace.
    if (vscode.workspace.isTrusted && vscode.workspace.getConfiguration('securecomm').get<boolean>('scanOnStartup') === true) {
      void vscode.commands.executeCommand(SCAN_WORKSPACE_COMMAND);
    }
  } catch (e) {
    // Keep the extension active so that "Restart Server" and the output stay available.
    reportStartFailure(output, model, e);
    status.refresh();
  }
  return { findingsView };
}

export async function deactivate(): Promise<void> {
  const lc = client;
  client = undefined;
  if (lc?.needsStop()) await lc.stop();
}

function reportStartFailure(output: vscode.LogOutputChannel, model: StatusModel, e: unknown): void {
  log(output, e);
  model.stopped(vscode.l10n.t('The language server could not start'));
}

function log(output: vscode.LogOutputChannel, e: unknown): void {
  output.error(e instanceof Error ? e : String(e));
}
