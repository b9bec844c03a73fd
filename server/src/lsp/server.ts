import {
  DiagnosticSeverity, DiagnosticTag, DocumentDiagnosticReportKind, RequestType0, TextDocumentSyncKind,
  type CodeAction, type Connection, type Diagnostic, type Hover, type InitializeParams, type InitializeResult, type WorkspaceEdit,
  type WorkspaceFoldersChangeEvent,
} from 'vscode-languageserver/node';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Analyzer } from '../core/analyzer';
import { languageFromEditorId } from '../core/languages';
import { PROJECT_CONFIG_FILE } from '../core/project-config';
import type { Rule } from '../core/rule';
import { note, renderNote } from '../core/notes';
import type { AnalysisResult, Finding, Locale, RelatedLocation } from '../core/types';
import { FileProjectModel, readFileOrUndefined } from '../node/project-files';
import { DEFAULT_TIERING } from '../core/compiled-rules';
import { createAnalyzer } from '../node/create-analyzer';
import { toolVersion } from '../node/version';
import { codeActions, FIX_ALL_KIND, SHOW_DOCUMENTATION } from './code-actions';
import { docsUri, toDiagnostic } from './diagnostics';
import { DocumentStore, OpenDocument } from './documents';
import { registerExportFindings } from './export-findings';
import { hoverMarkdown } from './guidance';
import { LastGoodFindings, markCarried } from './last-good-findings';
import { FINDINGS_CHANGED_NOTIFICATION, FINDINGS_REQUEST, SCAN_WORKSPACE_REQUEST } from './protocol-names';
import { FindingsIndex, type FindingsResult } from './findings-index';
import { WorkspaceScan, type ScanSummary } from './workspace-scan';
import { WorkspaceDiagnostics } from './workspace-diagnostics';
import { ClosedFileDiagnostics } from './closed-file-diagnostics';
import { ruleOffEdit } from './rule-off-edit';
import { AnalysisScheduler } from './scheduler';
import { baselinePredicate, DEFAULT_SETTINGS, WorkspaceConfig, type EditorSettings } from './workspace-config';
import { markOutsideChange, ReviewScope, reviewSettingsFrom } from './review-scope';

/** Kotlin's grammar re-parses slowly: wait a little longer for the typing to pause. */
const DEBOUNCE_MS: Record<string, number> = { kotlin: 300 };
const DEFAULT_DEBOUNCE_MS = 150;
const MAX_DOCUMENT_CHARS = 2 * 1024 * 1024;
/** Logged once every grammar is loaded and every query built; benchmarks wait for it to measure the steady state. */
export const WARM_UP_DONE = 'securecomm: queries compiled for all languages';
const WARM_UP_ORDER = [
  { language: 'kotlin', grammar: 'kotlin' }, { language: 'java', grammar: 'java' }, { language: 'swift', grammar: 'swift' },
  { language: 'typescript', grammar: 'typescript' }, { language: 'typescript', grammar: 'tsx' },
] as const;

export interface StatusParams {
  state: 'ready' | 'analysing' | 'error';
  uri?: string;
  findings?: number;
  message?: string;
}

/**
 * The language server: a thin adapter that feeds open documents to core's Analyzer and
 * turns findings into diagnostics, hovers and code actions. Every handler is guarded: a
 * failure is logged and reported in the status, never allowed to take the server down.
 */
export class SecureCommServer {
  private readonly analyzer: Analyzer;
  private readonly rules: Map<string, Rule>;
  private readonly documents = new DocumentStore();
  private readonly lastGood = new LastGoodFindings();
  private readonly workspaceScan: WorkspaceScan;
  /** Findings of files that are not open, for editors that pull them (`workspace/diagnostic`). */
  private readonly workspaceDiagnostics: WorkspaceDiagnostics;
  /** The workspace scan's findings of closed files, pulled or pushed. */
  private readonly closedFiles: ClosedFileDiagnostics;
  /** What the findings view lists; told of every change below. */
  private readonly findings: FindingsIndex;
  private hoverRepeatsMessage = true;
  private canCreateFiles = false;
  private canApplySnippetEdits = false;
  private workspaceFoldersChange = false;
  private readonly scheduler = new AnalysisScheduler((uri) => this.analyse(uri));
  /** Review mode: which lines changed since the review base (git), for `toDiagnostics`. */
  readonly review: ReviewScope;
  private config!: WorkspaceConfig;
  private locale: Locale = 'en';
  private pull = false;
  private canShowDocument = false;
  private canFetchConfiguration = false;
  /** Background work (warm-up, tree-sitter compilation of due queries) is under way. */
  private backgroundRunning = false;

  constructor(private readonly connection: Connection, analyzer?: Analyzer) {
    // Queries start in the interpreter; the ones that have run on enough text are compiled
    // by tree-sitter only while no document waits (compileDueWhenIdle).
    this.analyzer = analyzer ?? createAnalyzer({ tiering: { ...DEFAULT_TIERING, compile: 'idle' } });
    this.rules = new Map(this.analyzer.rules.map((r) => [r.id, r]));
    this.workspaceScan = new WorkspaceScan(connection, () => this.config, () => this.locale);
    this.review = new ReviewScope(connection, () => this.config.settings.review, () => this.config.trusted,
      () => this.config.scanRoots().map((r) => r.dir), () => this.reanalyseAll());
    this.findings = new FindingsIndex({
      openResults: () => this.documents.all().flatMap((d) => (d.result ? [{ uri: d.uri, findings: d.result.findings }] : [])),
      scanResults: () => this.workspaceScan.entries(),
      scanned: () => this.workspaceScan.active,
      rule: (id) => this.rules.get(id),
      locale: () => this.locale,
      config: () => this.config,
    }, () => void this.connection.sendNotification(FINDINGS_CHANGED_NOTIFICATION), this.review);
    this.workspaceDiagnostics = new WorkspaceDiagnostics({
      knows: (uri) => this.documents.get(uri)?.result !== undefined || this.workspaceScan.has(uri),
      diagnostics: (uri) => this.documentDiagnostics(uri),
    }, () => this.closedFiles.clearPushed());
    this.closedFiles = new ClosedFileDiagnostics(connection, {
      scan: this.workspaceScan, workspace: this.workspaceDiagnostics, prepareReview: (uri) => this.review.prepare(uri),
      toDiagnostics: (uri, findings) => this.toDiagnostics(uri, findings), isOpen: (uri) => this.documents.get(uri) !== undefined,
    });
    this.workspaceScan.onDidChange((uri) => {
      this.findings.changed();
      this.closedFiles.changed(uri);
    });
  }

  listen(): void {
    const c = this.connection;
    c.onInitialize((p) => this.initialize(p));
    c.onInitialized(() => this.notify('initialized', () => this.initialized()));
    c.onDidOpenTextDocument((p) => this.notify('open', () => this.open(p.textDocument.uri, p.textDocument.languageId, p.textDocument.text, p.textDocument.version)));
    c.onDidChangeTextDocument((p) => this.notify('change', () => this.change(p.textDocument.uri, p.textDocument.version, p.contentChanges)));
    c.onDidCloseTextDocument((p) => this.notify('close', () => this.close(p.textDocument.uri)));
    c.onDidChangeConfiguration((p) => this.notify('configuration', () => this.configurationChanged(p.settings)));
    c.onDidChangeWatchedFiles((p) => this.notify('watched files', () => this.watchedFilesChanged(p.changes)));
    c.onNotification('securecomm/workspaceTrusted', () => this.notify('trust', () => { this.config.trusted = true; return this.projectConfigChanged(); }));
    c.onHover((p) => this.guard('hover', () => this.hover(p.textDocument.uri, p.position)));
    c.onCodeAction((p) => this.guard('code actions', async () => {
      const doc = this.documents.get(p.textDocument.uri);
      if (!doc) return [] as CodeAction[];
      if (doc.analysedVersion !== doc.version) await this.scheduler.flush(doc.uri);
      // The file's own error count is the baseline: parsed once per request, not once per fix.
      let baseline: number | undefined;
      return codeActions(doc, p, this.locale, async (fixed) => {
        baseline ??= await this.analyzer.syntaxErrorCount(doc.text, doc.detected.grammar);
        return (await this.analyzer.syntaxErrorCount(fixed, doc.detected.grammar)) <= baseline;
      }, (ruleId) => this.ruleOffWorkspaceEdit(doc.uri, ruleId), this.canApplySnippetEdits);
    }));
    c.onExecuteCommand((p) => this.guard('command', () => this.execute(p.command, p.arguments ?? [])));
    c.onRequest(new RequestType0<ScanSummary, void>(SCAN_WORKSPACE_REQUEST), async (token) => {
      const progress = await this.connection.window.createWorkDoneProgress();
      return this.workspaceScan.scan(progress, token);
    });
    registerExportFindings(c, {
      scan: this.workspaceScan, config: () => this.config, rules: this.analyzer.rules, locale: () => this.locale, documents: this.documents, scheduler: this.scheduler,
    });
    c.onRequest(new RequestType0<FindingsResult | null, void>(FINDINGS_REQUEST), () => this.guard('findings', () => this.findings.list()));
    c.languages.diagnostics.on(async (p) => {
      const report = await this.guard('pull diagnostics', async () => {
        const doc = this.documents.get(p.textDocument.uri);
        if (doc && doc.analysedVersion !== doc.version) await this.scheduler.next(doc.uri);
        // The same result ids as the workspace report's: its next answer need not repeat this file.
        const resultId = this.workspaceDiagnostics.resultId(p.textDocument.uri);
        return { resultId, items: await this.documentDiagnostics(p.textDocument.uri) };
      });
      return { kind: DocumentDiagnosticReportKind.Full, ...(report ?? { items: [] }) };
    });
    c.languages.diagnostics.onWorkspace(async (p, token) =>
      (await this.guard('workspace diagnostics', () => this.workspaceDiagnostics.report(p, token))) ?? { items: [] });
    c.listen();
  }

  private initialize(params: InitializeParams): InitializeResult {
    this.locale = params.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    this.pull = params.capabilities.textDocument?.diagnostic !== undefined;
    // VS Code and its forks show the diagnostic's message above a hover already; other editors
    // (Neovim's K, Helix) show the hover alone, so there it starts with the message.
    this.hoverRepeatsMessage = !/Visual Studio Code|VSCodium|code-server|Cursor/i.test(params.clientInfo?.name ?? '');
    this.canShowDocument = params.capabilities.window?.showDocument?.support === true;
    this.canFetchConfiguration = params.capabilities.workspace?.configuration === true;
    this.canCreateFiles = params.capabilities.workspace?.workspaceEdit?.resourceOperations?.includes('create') === true;
    this.canApplySnippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
    this.workspaceFoldersChange = params.capabilities.workspace?.workspaceFolders === true;
    this.review.canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    const options = (params.initializationOptions ?? {}) as { workspaceTrusted?: boolean };
    // Editors without a notion of workspace trust (Neovim, Helix…) trust what they open.
    this.config = new WorkspaceConfig([...this.rules.keys()], options.workspaceTrusted !== false);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.config.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...(this.pull ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: true } } : {}),
      },
      serverInfo: { name: 'securecomm' },
    };
  }

  private async initialized(): Promise<void> {
    if (this.workspaceFoldersChange) this.connection.workspace.onDidChangeWorkspaceFolders((e) => this.notify('workspace folders', () => this.workspaceFoldersChanged(e)));
    if (this.canFetchConfiguration) await this.fetchSettings();
    this.publishConfigErrors();
    // What a user reading the output channel needs to know first: which build, which rules,
    // which language, and where the configuration came from.
    const rules = [...this.rules.values()];
    const forCode = rules.filter((r) => Object.keys(r.languages).length > 0).length;
    const forConfig = rules.filter((r) => (r.config ?? []).length > 0).length;
    this.connection.console.info(`SecureComm Review ${toolVersion()} on Node ${process.versions.node}: ${rules.length} rules ` +
      `(${forCode} for code, ${forConfig} for config files), locale ${this.locale}, ${this.pull ? 'pull' : 'push'} diagnostics`);
    this.connection.console.info(`configuration: ${this.config.describeSources()}`);
    this.status({ state: 'ready' });
    // Load every grammar and build every query in the background, languages of open
    // documents first, one rule at a time and only while no analysis is scheduled or running.
    // A document's first diagnostics never wait for this: its rules are interpreted, and
    // tree-sitter compiles a query (up to ~0.5 s for Swift) only in idle time, once it has
    // run on enough text to pay off.
    setTimeout(() => void this.background('warm-up', async (pause) => {
      const t0 = performance.now();
      const open = this.documents.all().map((d) => d.detected);
      await this.analyzer.warmUp([...open, ...WARM_UP_ORDER], pause);
      this.connection.console.log(`${WARM_UP_DONE} in ${Math.round(performance.now() - t0)} ms`);
    }), 50);
  }

  /** Runs background work when no other is running, pausing whenever a document needs analysis. */
  private async background(name: string, work: (pause: () => Promise<void>) => Promise<void>): Promise<void> {
    if (this.backgroundRunning) return;
    this.backgroundRunning = true;
    const pause = async (): Promise<void> => {
      do {
        await this.scheduler.idle();
        await new Promise((r) => setImmediate(r)); // let pending messages (didOpen) schedule first
      } while (!this.scheduler.isIdle());
    };
    try {
      await this.guard(name, () => work(pause));
    } finally {
      this.backgroundRunning = false;
    }
  }

  /** After an analysis: queries that have run on enough text are compiled in idle time. */
  private compileDueWhenIdle(): void {
    if (!this.analyzer.hasDueQueries()) return;
    void this.background('query compilation', (pause) => this.analyzer.compileDue(pause));
  }

  private async open(uri: string, languageId: string, text: string, version: number): Promise<void> {
    if (isProjectConfig(uri)) return this.validateProjectConfig(uri, text);
    const detected = languageFromEditorId(languageId, safePath(uri));
    if (!detected) return;
    this.documents.open(new OpenDocument(uri, detected, text, version));
    // An editor that pulls documents but not the workspace asks for an open file's diagnostics
    // itself: drop what the workspace scan pushed for it, or the file would show each finding twice.
    if (this.pull && !this.workspaceDiagnostics.pulling && this.workspaceScan.has(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.scheduler.schedule(uri, 0);
  }

  private async change(uri: string, version: number, changes: Parameters<OpenDocument['applyChanges']>[0]): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) {
      const whole = changes.find((c) => !('range' in c) || !c.range);
      if (isProjectConfig(uri) && whole) this.validateProjectConfig(uri, whole.text);
      return;
    }
    doc.applyChanges(changes, version);
    this.lastGood.edited(uri, version, changes);
    this.scheduler.schedule(uri, DEBOUNCE_MS[doc.detected.language] ?? DEFAULT_DEBOUNCE_MS);
  }

  private async close(uri: string): Promise<void> {
    this.scheduler.cancel(uri);
    this.documents.close(uri);
    this.lastGood.forget(uri);
    this.findings.changed();
    // After a workspace scan, a closed file keeps its findings: they are read again from disk
    // (the editor's unsaved text is gone). Otherwise its diagnostics go with it.
    if (this.workspaceScan.active && uri.startsWith('file:')) {
      await this.workspaceScan.refresh(safePath(uri), this.config.optionsFor(uri));
    } else if (this.pull) {
      this.workspaceDiagnostics.changed(uri); // a pulling editor keeps a closed file's last results until told
    } else {
      void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
  }

  /** `.securecomm.yml` changes reconfigure; after a workspace scan, saved / created / renamed / deleted files are read again. */
  private async watchedFilesChanged(changes: readonly { uri: string; type: number }[]): Promise<void> {
    this.review.watchedFilesChanged(changes);
    // A new or changed baseline re-dims findings like a configuration change.
    if (changes.some((c) => isProjectConfig(c.uri) || c.uri.endsWith('/.securecomm/baseline.json'))) await this.projectConfigChanged();
    if (this.workspaceScan.active) await this.workspaceScan.filesChanged(changes, (uri) => this.documents.get(uri) !== undefined);
  }

  /**
   * Facts from other files for a config file (the manifest that applies a network security
   * config), read from the open documents first, then from disk. A fresh model per analysis:
   * it reads two or three small manifests, and never shows a stale one after an edit.
   */
  private relatedFor(uri: string, config: string | undefined): RelatedLocation[] {
    if (config !== 'network-security-config' || !uri.startsWith('file:')) return [];
    const openText = (file: string): string | undefined =>
      this.documents.all().find((d) => d.uri.startsWith('file:') && safePath(d.uri) === file)?.text;
    return new FileProjectModel((file) => openText(file) ?? readFileOrUndefined(file)).relatedFor(safePath(uri));
  }

  /**
   * Turning a rule off for the repository: an edit of the folder's `.securecomm.yml`, or a new
   * one when the editor can create files. Not offered in an untrusted workspace (the file would
   * be ignored there) or outside a workspace folder.
   */
  private ruleOffWorkspaceEdit(uri: string, ruleId: string): WorkspaceEdit | undefined {
    const file = this.config.projectConfigFileFor(uri);
    if (!file) return undefined;
    const configUri = pathToFileURL(file).href;
    const open = this.documents.get(configUri)?.text;
    const text = open ?? readFileOrUndefined(file);
    const edit = ruleOffEdit(text, ruleId);
    if (!edit) return undefined;
    if (text !== undefined) return { changes: { [configUri]: [edit] } };
    if (!this.canCreateFiles) return undefined;
    return { documentChanges: [{ kind: 'create', uri: configUri, options: { ignoreIfExists: true } }, { textDocument: { uri: configUri, version: null }, edits: [edit] }] };
  }

  /** Analyses the current version of a document, re-parsing incrementally. */
  private async analyse(uri: string): Promise<void> {
    const doc = this.documents.get(uri);
    if (!doc) return;
    try {
      await this.analyzer.prepare(doc.detected); // the only real wait but review mode's first git run in a folder
      const current = this.documents.get(uri);
      if (current !== doc) return;
      const options = this.config.optionsFor(uri);
      const version = doc.version;
      const text = doc.text;
      await this.review.prepare(uri, text);
      if (this.documents.get(uri) !== doc) return;
      this.status({ state: 'analysing', uri });
      const tooLarge = text.length > MAX_DOCUMENT_CHARS;
      const related = this.relatedFor(uri, doc.detected.config);
      const { result, tree } = options.enabled && !tooLarge
        ? await this.analyzer.analyzeKeepingTree(text, doc.detected, { previousTree: doc.tree, ruleIds: options.ruleIds, severities: options.severities, ...(related.length ? { related } : {}) })
        : { result: { language: doc.detected.language, findings: [], hasSyntaxErrors: false, millis: { parse: 0, query: 0 }, ...(tooLarge ? { skipped: note('skip.document-too-large') } : {}) }, tree: undefined };
      doc.tree?.delete();
      doc.tree = tree;
      doc.result = result;
      doc.analysedVersion = version;
      doc.analysedText = text;
      this.lastGood.analysed(uri, version, text, result);
      this.findings.changed();
      this.workspaceDiagnostics.changed(uri);
      for (const e of result.ruleErrors ?? []) this.connection.console.error(`rule ${e.ruleId} failed on ${uri}: ${e.message}`);
      if (result.skipped) this.connection.console.warn(`${uri}: not analysed: ${renderNote(result.skipped, 'en')}`);
      if (result.partial) this.connection.console.info(`${uri}: partly analysed: ${renderNote(result.partial, 'en')}`);
      // Each analysis with its timing, for "Trace: messages/verbose" (securecomm.trace.server).
      this.connection.tracer.log(`analysed ${uri} v${version}: ${result.findings.length} findings, parse ${result.millis.parse.toFixed(1)} ms, ` +
        `checks ${result.millis.query.toFixed(1)} ms${result.hasSyntaxErrors ? ', with syntax errors' : ''}`);
      if (!this.pull) void this.connection.sendDiagnostics({ uri, version, diagnostics: this.diagnosticsOf(uri) });
      const fileNote = result.skipped ?? result.partial;
      this.status({ state: 'ready', uri, findings: result.findings.filter((f) => !f.suppression).length, ...(fileNote ? { message: renderNote(fileNote, this.locale) } : {}) });
      this.compileDueWhenIdle();
    } catch (e) {
      this.connection.console.error(`analysis of ${uri} failed: ${(e as Error).stack ?? String(e)}`);
      this.status({ state: 'error', uri, message: (e as Error).message });
    }
  }

  /** What a pull answers: an open document's latest analysis, else the workspace scan's findings. */
  private async documentDiagnostics(uri: string): Promise<Diagnostic[]> {
    if (this.documents.get(uri)?.result) return this.diagnosticsOf(uri);
    return this.workspaceScan.has(uri) ? this.closedFiles.of(uri) : [];
  }

  private diagnosticsOf(uri: string): Diagnostic[] {
    const doc = this.documents.get(uri);
    if (!doc?.result) return [];
    return [...this.toDiagnostics(uri, doc.result.findings.filter((f) => !f.suppression)), ...this.unusedSuppressions(uri, doc.result, doc.text),
      ...this.toDiagnostics(uri, this.lastGood.shown(uri)).map((d) => markCarried(d, this.locale))];
  }

  /**
   * A `securecomm-ignore` of an enabled rule that silences nothing (the code changed, or the
   * comment moved away from its line) is shown faded, as a hint: a stale suppression would
   * otherwise hide the next real finding there. Rules turned off in settings are not judged.
   */
  private unusedSuppressions(uri: string, result: AnalysisResult, text: string): Diagnostic[] {
    const enabled = this.config.optionsFor(uri).ruleIds;
    const lines = text.split('\n');
    return (result.suppressions ?? []).flatMap((marker) => marker.ruleIds
      .filter((id) => enabled.has(id) && !result.findings.some((f) => f.ruleId === id && f.suppression?.line === marker.line))
      .map((id): Diagnostic => ({
        range: { start: { line: marker.line, character: 0 }, end: { line: marker.line, character: lines[marker.line]?.length ?? 0 } },
        severity: DiagnosticSeverity.Hint,
        tags: [DiagnosticTag.Unnecessary],
        source: 'securecomm',
        code: 'unused-suppression',
        message: this.locale === 'ja'
          ? `この ${id} の抑制は何も抑制していません。削除してください。`
          : `This suppression of ${id} silences nothing: remove it.`,
      })));
  }

  /**
   * Diagnostics for a file's findings. Findings the folder's baseline accepts stay visible but
   * dimmed (a hint tagged Unnecessary): known debt, not news.
   */
  private toDiagnostics(uri: string, findings: readonly Finding[]): Diagnostic[] {
    const baselined = baselinePredicate(this.config, uri);
    return findings.map((f) => {
      const d = toDiagnostic(f, this.rules.get(f.ruleId), this.locale, uri);
      if (baselined(f)) {
        d.severity = DiagnosticSeverity.Hint;
        d.tags = [...(d.tags ?? []), DiagnosticTag.Unnecessary];
        d.message = `${this.locale === 'ja' ? '(ベースライン) ' : '(baseline) '}${d.message}`;
      } else if (this.review.changedRange(uri, f.range) === false) {
        markOutsideChange(d, this.locale);
      }
      return d;
    });
  }

  private hover(uri: string, position: { line: number; character: number }): Hover | null {
    const doc = this.documents.get(uri);
    if (!doc?.result || doc.analysedVersion !== doc.version) return null;
    const at = (p: { line: number; character: number }) => p.line * 1e6 + p.character;
    const finding = doc.result.findings.find((f) => !f.suppression && at(f.range.start) <= at(position) && at(position) <= at(f.range.end));
    const rule = finding && this.rules.get(finding.ruleId);
    if (!finding || !rule) return null;
    return { contents: { kind: 'markdown', value: hoverMarkdown(rule, doc.detected, this.locale, this.hoverRepeatsMessage ? finding.message[this.locale] : undefined, docsUri(rule, this.locale)) }, range: finding.range };
  }

  private async execute(command: string, args: unknown[]): Promise<void> {
    if (command !== SHOW_DOCUMENTATION) return;
    const rule = this.rules.get(String(args[0]));
    if (!rule) return;
    const uri = docsUri(rule, this.locale);
    if (this.canShowDocument) await this.connection.window.showDocument({ uri, takeFocus: true });
    else this.connection.window.showInformationMessage(`${rule.id}: ${uri}`);
  }

  private async configurationChanged(pushed: unknown): Promise<void> {
    if (this.canFetchConfiguration) await this.fetchSettings();
    else this.settingsFrom((pushed as { securecomm?: unknown } | undefined)?.securecomm);
    this.reanalyseAll();
  }

  /**
   * A folder added to or removed from a multi-root workspace: its `.securecomm.yml` and baseline
   * apply or stop applying; the workspace scan's findings of a removed folder's files go (the
   * next scan covers an added folder).
   */
  private async workspaceFoldersChanged(e: WorkspaceFoldersChangeEvent): Promise<void> {
    for (const f of e.removed) void this.connection.sendDiagnostics({ uri: `${f.uri.replace(/\/$/, '')}/${PROJECT_CONFIG_FILE}`, diagnostics: [] });
    this.config.changeFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
    for (const [uri] of [...this.workspaceScan.entries()]) if (!this.config.inWorkspace(uri)) this.workspaceScan.forget(uri);
    await this.projectConfigChanged();
  }

  private async projectConfigChanged(): Promise<void> {
    this.config.reload();
    this.publishConfigErrors();
    this.reanalyseAll();
  }

  private async fetchSettings(): Promise<void> {
    this.settingsFrom(await this.connection.workspace.getConfiguration('securecomm'));
  }

  private settingsFrom(raw: unknown): void {
    const s = (raw ?? {}) as Partial<EditorSettings>;
    this.config.settings = {
      enable: typeof s.enable === 'boolean' ? s.enable : DEFAULT_SETTINGS.enable,
      rules: s.rules && typeof s.rules === 'object' ? s.rules : {},
      review: reviewSettingsFrom(s.review),
    };
  }

  private reanalyseAll(): void {
    this.findings.changed(); // scanned files are not re-analysed, but a new baseline re-dims them
    for (const doc of this.documents.all()) {
      doc.analysedVersion = -1;
      this.scheduler.schedule(doc.uri, 0);
    }
    this.workspaceDiagnostics.allChanged();
    this.closedFiles.pushAllAgain();
    if (this.pull) void this.connection.languages.diagnostics.refresh();
  }

  /** `.securecomm.yml` mistakes appear in that file, at the line that is wrong. */
  private publishConfigErrors(): void {
    for (const { uri, error } of this.config.configErrors()) {
      void this.connection.sendDiagnostics({ uri, diagnostics: (error?.all ?? []).map((e) => configDiagnostic(e.line, e.detailIn(this.locale))) });
    }
  }

  private validateProjectConfig(uri: string, text: string): void {
    const error = this.config.validate(safePath(uri), text);
    void this.connection.sendDiagnostics({ uri, diagnostics: (error?.all ?? []).map((e) => configDiagnostic(e.line, e.detailIn(this.locale))) });
  }

  private status(params: StatusParams): void {
    void this.connection.sendNotification('securecomm/status', params);
  }

  private notify(what: string, fn: () => unknown): void {
    void this.guard(what, fn);
  }

  private async guard<T>(what: string, fn: () => T | Promise<T>): Promise<T | null> {
    try {
      return await fn();
    } catch (e) {
      this.connection.console.error(`${what} failed: ${(e as Error).stack ?? String(e)}`);
      this.status({ state: 'error', message: `${what}: ${(e as Error).message}` });
      return null;
    }
  }
}

function configDiagnostic(line: number, message: string): Diagnostic {
  const l = Math.max(0, line - 1);
  return { range: { start: { line: l, character: 0 }, end: { line: l, character: 1000 } }, severity: DiagnosticSeverity.Error, source: 'securecomm', message };
}

function isProjectConfig(uri: string): boolean {
  return uri.endsWith(`/${PROJECT_CONFIG_FILE}`);
}

function safePath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : decodeURIComponent(uri.replace(/^[a-z-]+:\/*/i, '/'));
  } catch {
    return uri;
  }
}
