/**
 * The contract between this client and the language server (server/src/lsp/): the
 * document selector, the custom notifications and their parameters. Plain data, no
 * `vscode` import, so the unit tests can load it outside VS Code.
 */

/** Language ids the server analyses. `kotlin` and `swift` are declared in package.json. */
export const LANGUAGES = [
  'java',
  'kotlin',
  'swift',
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
] as const;

/** Repository configuration; the server reports its mistakes as diagnostics in it. */
export const CONFIG_FILE_GLOB = '**/.securecomm.yml';

/**
 * Mobile config files, by name: whatever language id the editor gives them (xml, json, or
 * plaintext when no extension claims them). The server confirms each by its content; these
 * names mirror core/languages.ts configKindOf(). JS/TS app configs come with their language.
 */
export const CONFIG_DOCUMENT_PATTERNS = [
  '**/AndroidManifest.xml',
  '**/res/xml*/*.xml',
  '**/*network_security_config*.xml',
  '**/*Info.plist',
  '**/config.xml',
  '**/app.json',
  '**/app.config.json',
  '**/capacitor.config.json',
] as const;

/**
 * Editor language ids a config file may open with; the extension activates on them too. Not
 * json: the editor opens its own settings as JSON, which would start the server in every
 * window. JSON app configs activate it through CONFIG_JSON_MARKERS instead.
 */
export const CONFIG_LANGUAGES = ['xml'] as const;
export const CONFIG_JSON_MARKERS = ['**/app.json', '**/app.config.json', '**/capacitor.config.json'] as const;

/** The document filters sent to the server, also used for the language status item. */
export const DOCUMENT_SELECTOR = [
  ...LANGUAGES.flatMap((language) => [
    { scheme: 'file', language },
    { scheme: 'untitled', language },
  ]),
  ...CONFIG_DOCUMENT_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
  { scheme: 'file', pattern: CONFIG_FILE_GLOB },
];

/** Files the server analyses, for the watcher that keeps workspace scan results current. */
export const SOURCE_FILES_GLOB = '**/*.{java,kt,kts,swift,ts,tsx,mts,cts,js,jsx,mjs,cjs,xml,plist,json}';

/** Client → server, no params: analyse every file of the workspace folders (audit mode). */
export const SCAN_WORKSPACE_REQUEST = 'securecomm/scanWorkspace';
export const SCAN_WORKSPACE_COMMAND = 'securecomm.scanWorkspace';
/** What the server answers when the scan is over. */
export interface ScanSummary { files: number; findings: number; skipped: number; cancelled: boolean }

/** The server's fix-all code action kind, and the palette command that runs it. */
export const FIX_ALL_CODE_ACTION_KIND = 'source.fixAll.securecomm';
export const FIX_ALL_COMMAND = 'securecomm.fixAllInFile';

/** Client → server: the workspace's findings as the CLI's report (`securecomm scan --format FORMAT`). */
export const EXPORT_FINDINGS_REQUEST = 'securecomm/exportFindings';
export const EXPORT_FINDINGS_COMMAND = 'securecomm.exportFindings';
export type ExportFormat = 'html' | 'markdown' | 'sarif';
export interface ExportFindingsResult { content: string; files: number; findings: number }

/** Server → client: analysis state, for the language status item. */
export const STATUS_NOTIFICATION = 'securecomm/status';

/**
 * Client → server, no params: the user has trusted the workspace, so the server may now
 * read the workspace's `.securecomm.yml` (it ignores it in Restricted Mode, so that an
 * untrusted repository cannot switch checks off).
 */
export const WORKSPACE_TRUSTED_NOTIFICATION = 'securecomm/workspaceTrusted';

export type ServerState = 'ready' | 'analysing' | 'error';

export interface StatusParams {
  state: ServerState;
  /** Present when the state is about one document; absent for the server as a whole. */
  uri?: string;
  /** Findings in `uri` after its analysis. */
  findings?: number;
  message?: string;
}

/** Sent as `initializationOptions` on every (re)start. */
export interface InitializationOptions {
  workspaceTrusted: boolean;
}

/** Client → server, no params: every finding the editor knows, for the findings view. */
export const FINDINGS_REQUEST = 'securecomm/findings';
/** Server → client, no params: the findings list changed; ask FINDINGS_REQUEST again. */
export const FINDINGS_CHANGED_NOTIFICATION = 'securecomm/findingsChanged';

export type FindingSeverity = 'error' | 'warning' | 'note';
export type FindingConfidence = 'high' | 'medium' | 'low';
export type FindingCategory = 'tls' | 'transport' | 'auth';

/** One finding, as server/src/lsp/findings-index.ts sends it; ranges are zero-based, LSP style. */
export interface FindingItem {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  ruleId: string;
  /** The rule's title, in the editor's language. */
  title: string;
  category: FindingCategory;
  severity: FindingSeverity;
  confidence: FindingConfidence;
  message: string;
  suppressed?: { reason: string };
  baselined?: boolean;
  /** On a line changed on this branch; absent when that is not known. */
  changed?: boolean;
  /** The title of the fix the rule offers for it, if any. */
  fix?: string;
  /** A public page about the rule, for review comments. */
  helpUri?: string;
}

export interface FindingsResult {
  items: FindingItem[];
  /** Whether a workspace scan has run (without one, only open files are listed). */
  scanned: boolean;
}

/**
 * Titles of the server's "suppress on this line" quick fix (server/src/lsp/code-actions.ts, which
 * a client test checks): the findings view picks that action by its title, since an editor's API
 * shows no snippet edit's text.
 */
export const SUPPRESS_LINE_TITLES: readonly ((ruleId: string) => string)[] = [
  (id) => `Suppress ${id} on this line`,
  (id) => `この行の ${id} を抑制`,
];
