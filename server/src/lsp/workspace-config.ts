import type { NonShippingKind } from '../core/file-kind';
import { BASELINE_FILE, isBaselined, readBaseline } from '../scan/baseline';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ignore, { type Ignore } from 'ignore';
import { ConfigError } from '../core/config-error';
import { EMPTY_PROJECT_CONFIG, effectiveRules, parseProjectConfig, PROJECT_CONFIG_FILE, type ProjectConfig, type RuleSetting } from '../core/project-config';
import type { Finding, Severity } from '../core/types';
import { filePathOf } from './file-uri';

/** Personal editor settings (`securecomm.*`), layered over the team's `.securecomm.yml`. */
export interface EditorSettings {
  enable: boolean;
  rules: Record<string, RuleSetting>;
  review: ReviewSettings;
}

/** `securecomm.review.*`: findings outside the lines changed since `base` (default: upstream, else main/master) become hints. */
export interface ReviewSettings {
  enabled: boolean;
  /** A branch or commit; '' for the default. */
  base: string;
}

export const DEFAULT_SETTINGS: EditorSettings = { enable: true, rules: {}, review: { enabled: false, base: '' } };

interface FolderConfig {
  dir: string;
  config: ProjectConfig;
  excluded: Ignore;
  /** Set when `.securecomm.yml` is invalid: reported in that file, defaults used meanwhile. */
  error?: ConfigError;
  /** `.securecomm/baseline.json`, when the folder has one: its findings are shown dimmed. */
  baseline?: { root: string; keys: Set<string> };
}

export interface DocumentOptions {
  enabled: boolean;
  ruleIds: Set<string>;
  severities: Map<string, Severity>;
  /** The folder's `.securecomm.yml` includes generated code: a scan analyses minified bundles too. */
  includeGenerated: boolean;
}

/**
 * The configuration that applies to each document: the workspace folder's `.securecomm.yml`
 * (ignored in untrusted workspaces, so a hostile repository cannot switch checks off) and
 * the user's settings. Reloaded on change; nothing here needs a server restart.
 */
export class WorkspaceConfig {
  private folders: FolderConfig[] = [];
  settings: EditorSettings = DEFAULT_SETTINGS;

  constructor(private readonly ruleIds: readonly string[], public trusted: boolean) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.filter((u) => u.startsWith('file:')).map((u) => this.read(fileURLToPath(u)));
  }

  reload(): void {
    this.folders = this.folders.map((f) => this.read(f.dir));
  }

  /** Workspace folders added or removed while the server runs (a multi-root workspace); each keeps its own configuration. */
  changeFolders(added: readonly string[], removed: readonly string[]): void {
    const gone = new Set(removed.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)));
    const kept = this.folders.filter((f) => !gone.has(f.dir));
    const known = new Set(kept.map((f) => f.dir));
    const fresh = added.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)).filter((dir) => !known.has(dir));
    this.folders = [...kept, ...fresh.map((dir) => this.read(dir))];
  }

  /** Whether a document lies in one of the workspace folders. */
  inWorkspace(uri: string): boolean {
    return this.folderOf(uri) !== undefined;
  }

  /** The `.securecomm.yml` that governs a document (existing or not), in a trusted workspace. */
  projectConfigFileFor(uri: string): string | undefined {
    const folder = this.trusted ? this.folderOf(uri) : undefined;
    return folder && path.join(folder.dir, PROJECT_CONFIG_FILE);
  }

  /** Each workspace folder with what a repository scan of it takes from its `.securecomm.yml`. */
  scanRoots(): { dir: string; include: readonly NonShippingKind[]; exclude: readonly string[] }[] {
    return this.folders.map((f) => {
      const project = this.trusted ? f.config : EMPTY_PROJECT_CONFIG;
      return { dir: f.dir, include: project.include, exclude: project.exclude };
    });
  }

  /** Where settings come from, for the output channel: editor settings and each folder's file. */
  describeSources(): string {
    const files = this.folders.map((f) => {
      const file = path.join(f.dir, PROJECT_CONFIG_FILE);
      if (!fs.existsSync(file)) return undefined;
      if (!this.trusted) return `${file} (ignored: the workspace is not trusted)`;
      return f.error ? `${file} (not applied: ${f.error.message})` : file;
    }).filter((x): x is string => x !== undefined);
    return ['editor settings (securecomm.*)', ...files].join(', ') + (files.length ? '' : '; no .securecomm.yml');
  }

  /** The `.securecomm.yml` files that are wrong, with their errors. */
  configErrors(): { uri: string; error?: ConfigError }[] {
    return this.folders.map((f) => ({ uri: pathToFileURL(path.join(f.dir, PROJECT_CONFIG_FILE)).href, ...(f.error ? { error: f.error } : {}) }));
  }

  optionsFor(uri: string): DocumentOptions {
    const folder = this.folderOf(uri);
    const project = this.trusted && folder ? folder.config : EMPTY_PROJECT_CONFIG;
    const { ruleIds, severities } = effectiveRules(this.ruleIds, project.rules, this.settings.rules);
    let enabled = this.settings.enable;
    if (enabled && folder && this.trusted && uri.startsWith('file:')) {
      const rel = path.relative(folder.dir, fileURLToPath(uri)).split(path.sep).join('/');
      if (rel && !rel.startsWith('..') && folder.excluded.ignores(rel)) enabled = false;
    }
    return { enabled, ruleIds, severities, includeGenerated: project.include.includes('generated') };
  }

  /** Validates a `.securecomm.yml` text as it is being edited, before it is saved. */
  validate(file: string, text: string): ConfigError | undefined {
    try {
      parseProjectConfig(file, text, this.ruleIds);
      return undefined;
    } catch (e) {
      if (e instanceof ConfigError) return e;
      throw e;
    }
  }

  private folderOf(uri: string): FolderConfig | undefined {
    if (!uri.startsWith('file:')) return undefined;
    const file = fileURLToPath(uri);
    return this.folders
      .filter((f) => file === f.dir || file.startsWith(f.dir + path.sep))
      .sort((a, b) => b.dir.length - a.dir.length)[0];
  }

  /** The baseline that applies to a document, in a trusted workspace. */
  baselineFor(uri: string): { root: string; keys: Set<string> } | undefined {
    return this.trusted ? this.folderOf(uri)?.baseline : undefined;
  }

  private read(dir: string): FolderConfig {
    const folder = this.readProjectConfig(dir);
    const baselineFile = path.join(dir, BASELINE_FILE);
    if (!fs.existsSync(baselineFile)) return folder;
    try {
      return { ...folder, baseline: readBaseline(baselineFile) };
    } catch {
      return folder; // a broken baseline dims nothing; `securecomm scan --baseline` names the problem
    }
  }

  private readProjectConfig(dir: string): FolderConfig {
    const file = path.join(dir, PROJECT_CONFIG_FILE);
    const empty = { dir, config: EMPTY_PROJECT_CONFIG, excluded: ignore() };
    if (!fs.existsSync(file)) return empty;
    try {
      const config = parseProjectConfig(file, fs.readFileSync(file, 'utf8'), this.ruleIds);
      return { dir, config, excluded: ignore().add(config.exclude) };
    } catch (e) {
      if (e instanceof ConfigError) return { ...empty, error: e };
      return { ...empty, error: new ConfigError(file, 0, (e as Error).message) };
    }
  }
}

/**
 * Whether the folder's baseline accepts a finding of `uri` (a suppressed finding is not
 * baselined): the diagnostics dim those, and the findings view marks them.
 */
export function baselinePredicate(config: WorkspaceConfig, uri: string): (f: Finding) => boolean {
  const baseline = config.baselineFor(uri);
  const file = baseline && filePathOf(uri);
  if (!baseline || !file) return () => false;
  return (f) => !f.suppression && isBaselined(baseline, file, f);
}
