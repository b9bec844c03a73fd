import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR } from './protocol';
import type { StatusModel, StatusView } from './status-model';

export const SHOW_OUTPUT_COMMAND = 'securecomm.showOutput';

/**
 * The language status item ("{}" in the status bar) for SecureComm's languages: ready,
 * analysing, the active file's findings count, or an error; clicking it opens the output.
 */
export class StatusItem implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly model: StatusModel) {
    this.item = vscode.languages.createLanguageStatusItem('securecomm.status', DOCUMENT_SELECTOR);
    this.item.name = vscode.l10n.t('SecureComm Review');
    this.item.command = { title: vscode.l10n.t('Show Output'), command: SHOW_OUTPUT_COMMAND };
    this.subscriptions.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((doc) => model.forget(doc.uri.toString())),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('securecomm.enable')) this.refresh();
      }),
    );
    this.refresh();
  }

  refresh(): void {
    const document = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace
      .getConfiguration('securecomm', document?.uri)
      .get<boolean>('enable', true);
    const view = enabled ? this.model.view(document?.uri.toString()) : undefined;
    this.render(view);
  }

  private render(view: StatusView | undefined): void {
    const item = this.item;
    item.busy = view?.kind === 'starting' || view?.kind === 'analysing';
    item.severity =
      view?.kind === 'error' ? vscode.LanguageStatusSeverity.Error : vscode.LanguageStatusSeverity.Information;
    item.detail = vscode.workspace.isTrusted
      ? undefined
      : vscode.l10n.t('Restricted Mode: the workspace .securecomm.yml and workspace settings are ignored');
    switch (view?.kind) {
      case undefined:
        item.text = vscode.l10n.t('$(circle-slash) SecureComm: off');
        item.detail = vscode.l10n.t('Turned off by the securecomm.enable setting');
        break;
      case 'starting':
        item.text = vscode.l10n.t('$(sync~spin) SecureComm: starting');
        break;
      case 'ready':
        item.text = vscode.l10n.t('$(shield) SecureComm: ready');
        break;
      case 'analysing':
        item.text = vscode.l10n.t('$(sync~spin) SecureComm: analysing');
        break;
      case 'findings':
        item.text =
          view.count === 0
            ? vscode.l10n.t('$(shield) SecureComm: no findings')
            : view.count === 1
              ? vscode.l10n.t('$(shield) SecureComm: 1 finding')
              : vscode.l10n.t('$(shield) SecureComm: {0} findings', view.count);
        if (view.message !== undefined) item.detail = view.message;
        break;
      case 'error':
        item.text = vscode.l10n.t('$(error) SecureComm: error');
        item.detail = view.message ?? vscode.l10n.t('See the output for details');
        break;
    }
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
