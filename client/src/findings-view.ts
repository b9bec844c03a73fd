import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import {
  buildTree, DEFAULT_FILTER, filterFromKeys, filterKeys, findingMarkdown, isDefaultFilter, knowsChanges, nodeId,
  CONFIDENCES, SEVERITIES, isLineSuppression,
  type CategoryNode, type FilterKey, type FindingNode, type FindingsFilter, type FindingsTreeNode, type RuleNode,
} from './findings-tree-model';
import { FINDINGS_CHANGED_NOTIFICATION, FINDINGS_REQUEST, SUPPRESS_LINE_TITLES, type FindingItem, type FindingsResult } from './protocol';
import { SHOW_RULE_DOCS_COMMAND } from './rule-docs';

export const FINDINGS_VIEW = 'securecomm.findings';
export const FILTER_FINDINGS_COMMAND = 'securecomm.findings.filter';
export const REFRESH_FINDINGS_COMMAND = 'securecomm.findings.refresh';
export const SUPPRESS_FINDING_COMMAND = 'securecomm.findings.suppress';
export const SHOW_FINDING_DOCS_COMMAND = 'securecomm.findings.showDocumentation';
export const COPY_FINDING_MARKDOWN_COMMAND = 'securecomm.findings.copyMarkdown';
/** Context key: a workspace scan has run, so an empty view means "no findings" (viewsWelcome). */
const SCANNED_CONTEXT = 'securecomm.findings.scanned';
/** Tree items of suppressed and baselined findings carry a URI of this scheme, so their label can be dimmed. */
const DIMMED_SCHEME = 'securecomm-dimmed';
/** File rows carry a URI of this scheme: the icon theme picks the icon by name, no decoration applies. */
const FILE_ICON_SCHEME = 'securecomm-file';
/** How long "Suppress…" waits for the server to analyse a file it has just opened. */
const SUPPRESS_WAIT_MS = 5_000;

const SEVERITY_ICON = {
  error: ['error', 'problemsErrorIcon.foreground'],
  warning: ['warning', 'problemsWarningIcon.foreground'],
  note: ['info', 'problemsInfoIcon.foreground'],
} as const;
const CATEGORY_ICON = { tls: 'lock', transport: 'radio-tower', auth: 'key' } as const;

/**
 * The "SecureComm" findings tree: category → rule → file → finding, from the server's
 * `securecomm/findings` list (open files and the workspace scan). The list is fetched again
 * when the server says it changed, and only while the view is visible.
 */
export class FindingsView implements vscode.TreeDataProvider<FindingsTreeNode>, vscode.Disposable {
  private items: FindingItem[] = [];
  private roots: CategoryNode[] = [];
  private filter: FindingsFilter = DEFAULT_FILTER;
  private stale = true;
  private loading: Promise<void> | undefined;
  private loadAgain = false;
  private readonly changes = new vscode.EventEmitter<FindingsTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changes.event;
  private readonly view: vscode.TreeView<FindingsTreeNode>;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly client: LanguageClient, private readonly log: (e: unknown) => void) {
    this.view = vscode.window.createTreeView(FINDINGS_VIEW, { treeDataProvider: this, showCollapseAll: true });
    const dimmed = new vscode.ThemeColor('disabledForeground');
    this.subscriptions.push(
      this.view, this.changes,
      vscode.window.registerFileDecorationProvider({ provideFileDecoration: (uri) => (uri.scheme === DIMMED_SCHEME ? { color: dimmed } : undefined) }),
      this.view.onDidChangeVisibility(() => { if (this.stale) void this.reload(); }),
      client.onNotification(FINDINGS_CHANGED_NOTIFICATION, () => this.invalidate()),
      client.onDidChangeState((e) => { if (e.newState === State.Running) this.invalidate(); }),
    );
  }

  /** The filtered tree as it is shown (the end-to-end tests read it). */
  get tree(): readonly CategoryNode[] {
    return this.roots;
  }

  get currentFilter(): FindingsFilter {
    return this.filter;
  }

  /** Fetches the list from the server now and redraws. */
  reload(): Promise<void> {
    this.stale = false;
    if (this.loading) {
      this.loadAgain = true; // what is in flight may predate the change that asked for this
      return this.loading;
    }
    this.loading = (async () => {
      do {
        this.loadAgain = false;
        await this.load();
      } while (this.loadAgain);
    })().finally(() => { this.loading = undefined; });
    return this.loading;
  }

  setFilter(filter: FindingsFilter): void {
    this.filter = filter;
    this.rebuild();
  }

  getChildren(node?: FindingsTreeNode): FindingsTreeNode[] | Promise<FindingsTreeNode[]> {
    if (!node) return this.stale ? this.reload().then(() => this.roots) : this.roots;
    return node.kind === 'finding' ? [] : node.children;
  }

  getTreeItem(node: FindingsTreeNode): vscode.TreeItem {
    const item = node.kind === 'finding' ? findingTreeItem(node) : groupTreeItem(node);
    item.id = nodeId(node);
    return item;
  }

  /** The quick pick of severities, confidences, suppressed findings and (in review mode) changed lines. */
  async pickFilter(): Promise<void> {
    type Pick = vscode.QuickPickItem & { key?: FilterKey };
    const separator = (label: string): Pick => ({ label, kind: vscode.QuickPickItemKind.Separator });
    const picks: Pick[] = [
      separator(vscode.l10n.t('Severity')),
      ...SEVERITIES.map((s): Pick => ({ label: severityLabel(s), key: `severity:${s}` })),
      separator(vscode.l10n.t('Confidence')),
      ...CONFIDENCES.map((c): Pick => ({ label: confidenceLabel(c), key: `confidence:${c}` })),
      separator(vscode.l10n.t('Also')),
      { label: vscode.l10n.t('Show suppressed findings'), key: 'suppressed' },
      ...(knowsChanges(this.items) || this.filter.onlyChanged
        ? [{ label: vscode.l10n.t('Only findings on lines changed on this branch'), key: 'changed' } as Pick] : []),
    ];
    const active = new Set(filterKeys(this.filter));
    const quickPick = vscode.window.createQuickPick<Pick>();
    quickPick.title = vscode.l10n.t('Filter SecureComm findings');
    quickPick.canSelectMany = true;
    quickPick.items = picks;
    quickPick.selectedItems = picks.filter((p) => p.key && active.has(p.key));
    const picked = await new Promise<readonly Pick[] | undefined>((resolve) => {
      quickPick.onDidAccept(() => { resolve(quickPick.selectedItems); quickPick.hide(); });
      quickPick.onDidHide(() => resolve(undefined));
      quickPick.show();
    });
    quickPick.dispose();
    if (picked) this.setFilter(filterFromKeys(picked.flatMap((p) => (p.key ? [p.key] : []))));
  }

  /**
   * Inserts the suppression comment the server's quick fix inserts (`securecomm-ignore RULE --
   * <reason>` above the line), by asking for the code actions at the finding, then selects
   * `<reason>` for the user to type over. The file opens first: the server analyses open files.
   */
  async suppress(node: FindingNode): Promise<void> {
    const item = node.item;
    const range = toRange(item.range);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(item.uri), { selection: range, preview: false });
    const edit = await this.suppressionEdit(editor.document.uri, range, item.ruleId);
    if (!edit) {
      void vscode.window.showWarningMessage(vscode.l10n.t('SecureComm cannot add a suppression comment for {0} here (strict JSON has no comments): turn the rule off in .securecomm.yml instead.', item.ruleId));
      return;
    }
    if (!(await vscode.workspace.applyEdit(edit.edit))) return;
    // A snippet edit (what the server sends an editor like this one) selects its tab stop itself;
    // the selection is set here from the inserted line either way, for a plain edit too.
    const line = this.insertedSuppressionLine(editor.document, edit.line, item.ruleId);
    const reason = line === undefined ? -1 : editor.document.lineAt(line).text.indexOf('<reason>');
    if (line !== undefined && reason >= 0) {
      editor.selection = new vscode.Selection(line, reason, line, reason + '<reason>'.length);
      editor.revealRange(editor.selection);
    }
  }

  /** The suppression comment just inserted at or above the finding's former line. */
  private insertedSuppressionLine(document: vscode.TextDocument, from: number, ruleId: string): number | undefined {
    for (let line = Math.min(from, document.lineCount - 1); line >= Math.max(0, from - 50); line--) {
      const text = document.lineAt(line).text;
      if (isLineSuppression(text, ruleId) && text.includes('<reason>')) return line;
    }
    return undefined;
  }

  async showDocumentation(node: FindingNode | RuleNode): Promise<void> {
    const ruleId = node.kind === 'rule' ? node.ruleId : node.item.ruleId;
    await vscode.commands.executeCommand(SHOW_RULE_DOCS_COMMAND, ruleId, markdownLocale());
  }

  /** A review comment for the finding, on the clipboard; the code comes from the open editor or the file on disk. */
  async copyMarkdown(node: FindingNode): Promise<string> {
    const item = node.item;
    const uri = vscode.Uri.parse(item.uri);
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    const markdown = findingMarkdown(item, relativePath(item.uri), text.split('\n'), markdownLocale());
    await vscode.env.clipboard.writeText(markdown);
    return markdown;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private invalidate(): void {
    this.stale = true;
    if (this.view.visible) void this.reload();
  }

  private async load(): Promise<void> {
    try {
      const result = await this.client.sendRequest<FindingsResult | null>(FINDINGS_REQUEST);
      if (!result) return; // the server failed and logged why; keep what is shown
      this.items = result.items;
      void vscode.commands.executeCommand('setContext', SCANNED_CONTEXT, result.scanned);
    } catch (e) {
      this.log(e);
      this.stale = true;
    }
    this.rebuild();
  }

  private rebuild(): void {
    this.roots = buildTree(this.items, this.filter, relativePath);
    this.view.description = isDefaultFilter(this.filter) ? undefined : filterDescription(this.filter);
    this.view.message = this.items.length > 0 && this.roots.length === 0 ? vscode.l10n.t('No finding matches the filter.') : undefined;
    this.changes.fire(undefined);
  }

  /** The server's "suppress on this line" action for the finding, once the server has analysed the file. */
  private async suppressionEdit(uri: vscode.Uri, range: vscode.Range, ruleId: string): Promise<{ edit: vscode.WorkspaceEdit; line: number } | undefined> {
    const deadline = Date.now() + SUPPRESS_WAIT_MS;
    const titles = new Set(SUPPRESS_LINE_TITLES.map((title) => title(ruleId)));
    for (;;) {
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range) ?? [];
      const suppress = actions.find((a): a is vscode.CodeAction => 'edit' in a && a.edit !== undefined && titles.has(a.title));
      // The comment goes on the finding's line (a config file's: its tag's first line), above it.
      if (suppress?.edit) return { edit: suppress.edit, line: range.start.line };
      // Just opened: the server may not have analysed it yet. Anything else offered means no suppression is possible.
      if (actions.length > 0 || Date.now() > deadline) return undefined;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Registers the view and its commands; the extension's API hands the view to the end-to-end tests. */
export function registerFindingsView(context: vscode.ExtensionContext, client: LanguageClient, log: (e: unknown) => void): FindingsView {
  const view = new FindingsView(client, log);
  context.subscriptions.push(
    view,
    vscode.commands.registerCommand(FILTER_FINDINGS_COMMAND, () => view.pickFilter()),
    vscode.commands.registerCommand(REFRESH_FINDINGS_COMMAND, () => view.reload()),
    vscode.commands.registerCommand(SUPPRESS_FINDING_COMMAND, (node: FindingNode) => view.suppress(node)),
    vscode.commands.registerCommand(SHOW_FINDING_DOCS_COMMAND, (node: FindingNode | RuleNode) => view.showDocumentation(node)),
    vscode.commands.registerCommand(COPY_FINDING_MARKDOWN_COMMAND, (node: FindingNode) => view.copyMarkdown(node)),
  );
  return view;
}

function groupTreeItem(node: Exclude<FindingsTreeNode, FindingNode>): vscode.TreeItem {
  const count = String(node.count);
  switch (node.kind) {
    case 'category': {
      const item = new vscode.TreeItem(categoryLabel(node.category), vscode.TreeItemCollapsibleState.Expanded);
      item.description = count;
      item.iconPath = new vscode.ThemeIcon(CATEGORY_ICON[node.category]);
      return item;
    }
    case 'rule': {
      const item = new vscode.TreeItem(node.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = count;
      item.tooltip = `${node.title}\n${node.ruleId}`;
      item.contextValue = 'securecomm.rule';
      return item;
    }
    case 'file': {
      // The name, then the folder, as the Problems panel shows a file; the whole path in the tooltip.
      const slash = node.path.lastIndexOf('/');
      const item = new vscode.TreeItem(node.path.slice(slash + 1), vscode.TreeItemCollapsibleState.Expanded);
      item.description = slash > 0 ? `${count} · ${node.path.slice(0, slash)}` : count;
      item.tooltip = node.path;
      // The file's icon from the icon theme, without the Explorer's problem count for the whole
      // file (it would contradict this rule's count): a URI of our own scheme with the same name.
      item.resourceUri = vscode.Uri.parse(node.uri).with({ scheme: FILE_ICON_SCHEME });
      item.iconPath = vscode.ThemeIcon.File;
      return item;
    }
  }
}

function findingTreeItem(node: FindingNode): vscode.TreeItem {
  const f = node.item;
  const dimmed = f.suppressed !== undefined || f.baselined === true;
  const item = new vscode.TreeItem(`${f.range.start.line + 1}: ${f.message}`, vscode.TreeItemCollapsibleState.None);
  const [icon, color] = SEVERITY_ICON[f.severity];
  item.iconPath = new vscode.ThemeIcon(icon, new vscode.ThemeColor(dimmed ? 'disabledForeground' : color));
  if (dimmed) item.resourceUri = vscode.Uri.from({ scheme: DIMMED_SCHEME, path: `/${encodeURIComponent(nodeId(node))}` });
  item.description = f.suppressed ? vscode.l10n.t('suppressed') : f.baselined ? vscode.l10n.t('baseline') : undefined;
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escapeMarkdown(f.title)}** \`${f.ruleId}\`\n\n`);
  tooltip.appendMarkdown(`${escapeMarkdown(confidenceLabel(f.confidence))}\n\n`);
  tooltip.appendMarkdown(escapeMarkdown(f.message));
  if (f.suppressed) {
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(f.suppressed.reason
      ? vscode.l10n.t('Suppressed: {0}', f.suppressed.reason)
      : vscode.l10n.t('Suppressed without a reason'))}`);
  }
  if (f.baselined) tooltip.appendMarkdown(`\n\n${escapeMarkdown(vscode.l10n.t('Accepted by the baseline (.securecomm/baseline.json)'))}`);
  item.tooltip = tooltip;
  item.contextValue = f.suppressed ? 'securecomm.finding.suppressed' : 'securecomm.finding';
  item.command = { title: vscode.l10n.t('Go to finding'), command: 'vscode.open', arguments: [vscode.Uri.parse(f.uri), { selection: toRange(f.range), preview: true }] };
  return item;
}

function filterDescription(filter: FindingsFilter): string {
  const parts: string[] = [];
  if (filter.severities.size < SEVERITIES.length) parts.push(SEVERITIES.filter((s) => filter.severities.has(s)).map(severityLabel).join(', ') || vscode.l10n.t('no severity'));
  if (filter.confidences.size < CONFIDENCES.length) parts.push(CONFIDENCES.filter((c) => filter.confidences.has(c)).map(confidenceLabel).join(', ') || vscode.l10n.t('no confidence'));
  if (filter.showSuppressed) parts.push(vscode.l10n.t('suppressed shown'));
  if (filter.onlyChanged) parts.push(vscode.l10n.t('changed lines only'));
  return vscode.l10n.t('Filtered: {0}', parts.join(' · '));
}

function categoryLabel(category: CategoryNode['category']): string {
  return { tls: vscode.l10n.t('TLS'), transport: vscode.l10n.t('Transport'), auth: vscode.l10n.t('Authentication') }[category];
}

function severityLabel(severity: FindingItem['severity']): string {
  return { error: vscode.l10n.t('Errors'), warning: vscode.l10n.t('Warnings'), note: vscode.l10n.t('Notes') }[severity];
}

function confidenceLabel(confidence: FindingItem['confidence']): string {
  return { high: vscode.l10n.t('High confidence'), medium: vscode.l10n.t('Medium confidence'), low: vscode.l10n.t('Low confidence') }[confidence];
}

function markdownLocale(): 'en' | 'ja' {
  return vscode.env.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

function relativePath(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
}

function toRange(r: FindingItem['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
