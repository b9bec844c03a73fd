import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { EXPORT_FINDINGS_COMMAND, EXPORT_FINDINGS_REQUEST, type ExportFindingsResult, type ExportFormat } from './protocol';

const EXTENSIONS: Record<ExportFormat, string> = { html: 'html', markdown: 'md', sarif: 'sarif' };

/** What a caller (a keybinding, a test) may give to skip the questions. */
interface ExportArgs { format?: ExportFormat; target?: vscode.Uri }

/**
 * "SecureComm: Export Findings…": the workspace's findings as the report `securecomm scan
 * --format html|markdown|sarif` writes (the server builds it, so editor and CI reports are the
 * same), saved where the user chooses. Allowed in Restricted Mode: it writes only the file the
 * user picked, and the server then applies no workspace configuration, as for diagnostics.
 * Returns the file written, or undefined when the user cancelled.
 */
export function registerExportFindings(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_FINDINGS_COMMAND, async (args?: ExportArgs) => {
    const format = args?.format ?? await pickFormat();
    if (!format) return undefined;
    const target = args?.target ?? await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(format),
      filters: { [formatLabel(format)]: [EXTENSIONS[format]] },
      saveLabel: vscode.l10n.t('Export'),
      title: vscode.l10n.t('Export SecureComm findings'),
    });
    if (!target) return undefined;
    let result: ExportFindingsResult;
    try {
      result = await client.sendRequest<ExportFindingsResult>(EXPORT_FINDINGS_REQUEST, { format });
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(result.content));
    } catch (e) {
      void vscode.window.showErrorMessage(vscode.l10n.t('SecureComm: the findings could not be exported: {0}', e instanceof Error ? e.message : String(e)));
      return undefined;
    }
    if (args?.target) return target; // called with a target: no question to answer
    const open = vscode.l10n.t('Open');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('SecureComm: {0} findings in {1} files exported to {2}.', result.findings, result.files, vscode.workspace.asRelativePath(target)), open);
    if (choice === open) await vscode.window.showTextDocument(target);
    return target;
  }));
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const items: (vscode.QuickPickItem & { format: ExportFormat })[] = [
    { format: 'html', label: formatLabel('html'), detail: vscode.l10n.t('One self-contained page to read or share: summary chart, overview, every finding with its code') },
    { format: 'markdown', label: formatLabel('markdown'), detail: vscode.l10n.t('The same report as Markdown, for a review or a wiki') },
    { format: 'sarif', label: formatLabel('sarif'), detail: vscode.l10n.t('SARIF 2.1.0, for GitHub code scanning and SARIF viewers') },
  ];
  return (await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export SecureComm findings as'), placeHolder: vscode.l10n.t('Report format') }))?.format;
}

function formatLabel(format: ExportFormat): string {
  return format === 'html' ? 'HTML' : format === 'markdown' ? 'Markdown' : 'SARIF';
}

/** `securecomm-report.<ext>` in the first workspace folder (the save dialog's own default without one). */
function defaultTarget(format: ExportFormat): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0];
  return folder && vscode.Uri.joinPath(folder.uri, `securecomm-report.${EXTENSIONS[format]}`);
}
