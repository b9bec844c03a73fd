import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { detectLanguage } from '../core/languages';
import { classifyPath, type NonShippingKind } from '../core/file-kind';

/**
 * Folders that never hold the project's own source: version control, dependencies and
 * build output. Scanning them would report other people's code and take most of the time.
 */
export const SKIPPED_DIRS = new Set([
  '.git', '.hg', '.svn', 'node_modules', 'bower_components', 'Pods', 'Carthage', '.gradle', '.idea',
  'build', 'dist', 'out', 'target', '.build', 'DerivedData', '.next', '.nuxt', '.expo', 'coverage', '.vscode-test',
]);

export interface WalkOptions {
  /**
   * Non-shipping kinds to scan too (see core/file-kind.ts). Files of the other kinds found
   * under a folder are counted in `leftOut`, not scanned.
   */
  include?: ReadonlySet<NonShippingKind>;
  /** `.gitignore`-style patterns from `.securecomm.yml`, relative to `excludeBase`. */
  exclude?: readonly string[];
  excludeBase?: string;
}

export interface WalkResult {
  /** Files of a supported language, in a stable (sorted) order. */
  files: string[];
  /** Non-shipping files found under the folders and left out, with their kind. */
  leftOut: LeftOutFile[];
  /** Paths the user named that do not exist or are not readable. */
  missing: string[];
}

export interface LeftOutFile {
  file: string;
  kind: NonShippingKind;
}

interface IgnoreScope {
  dir: string;
  rules: Ignore;
}

/**
 * Lists the supported files under the given paths. Folders honour every `.gitignore` on
 * the way down (each relative to its own folder, as git does), and each file is classified
 * by its path relative to the folder named (so `scan demo` scans the demo app). A file
 * named explicitly is always included when its language is supported, even if ignored or
 * non-shipping.
 */
export function walk(inputs: readonly string[], options: WalkOptions = {}): WalkResult {
  const steps = walkSteps(inputs, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same walk for a thread that must stay responsive (the language server): it lets other
 * work in every few milliseconds, where listing a 10,000-file repository takes a second or more.
 */
export async function walkYielding(inputs: readonly string[], options: WalkOptions = {}, sliceMs = 10): Promise<WalkResult> {
  const steps = walkSteps(inputs, options);
  for (let start = performance.now(); ;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - start < sliceMs) continue;
    await new Promise((resolve) => setImmediate(resolve));
    start = performance.now();
  }
}

/** The walk, pausing (yield) after each folder it reads. */
function* walkSteps(inputs: readonly string[], options: WalkOptions): Generator<void, WalkResult> {
  const files = new Set<string>();
  const leftOut: LeftOutFile[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    const abs = path.resolve(input);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      missing.push(input);
      continue;
    }
    if (stat.isDirectory()) {
      const found = new Set<string>();
      yield* walkDir(abs, excludeScopes(abs, options), found);
      for (const f of found) {
        const kind = classifyPath(path.relative(abs, f).split(path.sep).join('/'));
        if (kind !== 'shipping' && !options.include?.has(kind)) leftOut.push({ file: f, kind });
        else files.add(f);
      }
    } else if (detectLanguage(abs)) {
      files.add(abs); // named explicitly: always scanned
    }
  }
  const notScanned = new Map(leftOut.filter((l) => !files.has(l.file)).map((l) => [l.file, l]));
  return { files: [...files].sort(), leftOut: [...notScanned.values()].sort((a, b) => (a.file < b.file ? -1 : 1)), missing };
}

/**
 * Whether `walk([root], options)` lists this file: the same policy (supported language,
 * skipped folders, `.gitignore`s on the way down, excludes, non-shipping code) for one file
 * that changed on disk as for the whole folder, so a file watcher keeps a scan's results
 * without walking the folder again.
 */
export function walkListsFile(root: string, file: string, options: WalkOptions = {}): boolean {
  const base = path.resolve(root);
  const abs = path.resolve(file);
  const rel = path.relative(base, abs);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel) || !detectLanguage(abs)) return false;
  try {
    if (!fs.lstatSync(abs).isFile()) return false; // links are never followed
  } catch {
    return false;
  }
  const parts = rel.split(path.sep);
  let scopes = excludeScopes(base, options);
  let dir = base;
  for (let i = 0; i < parts.length; i++) {
    scopes = withGitignore(dir, scopes);
    const isDir = i < parts.length - 1;
    const entry = path.join(dir, parts[i]!);
    if ((isDir && SKIPPED_DIRS.has(parts[i]!)) || isIgnored(entry, isDir, scopes)) return false;
    dir = entry;
  }
  const kind = classifyPath(parts.join('/'));
  return kind === 'shipping' || options.include?.has(kind) === true;
}

function excludeScopes(folder: string, options: WalkOptions): IgnoreScope[] {
  return options.exclude?.length ? [{ dir: path.resolve(options.excludeBase ?? folder), rules: ignore().add([...options.exclude]) }] : [];
}

/** The scopes in effect inside `dir`: the outer ones and the folder's own `.gitignore`. */
function withGitignore(dir: string, scopes: IgnoreScope[]): IgnoreScope[] {
  const gitignore = path.join(dir, '.gitignore');
  return fs.existsSync(gitignore) ? [...scopes, { dir, rules: ignore().add(fs.readFileSync(gitignore, 'utf8')) }] : scopes;
}

function* walkDir(dir: string, scopes: IgnoreScope[], out: Set<string>): Generator<void, void> {
  const here = withGitignore(dir, scopes);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable folder: nothing to scan there, and no reason to stop the rest
  }
  yield;
  for (const entry of entries) {
    const abs = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) continue; // never follow links out of the tree (or into loops)
    const isDir = entry.isDirectory();
    if (isDir && SKIPPED_DIRS.has(entry.name)) continue;
    if (isIgnored(abs, isDir, here)) continue;
    if (isDir) yield* walkDir(abs, here, out);
    else if (entry.isFile() && detectLanguage(abs)) out.add(abs);
  }
}

function isIgnored(abs: string, isDir: boolean, scopes: IgnoreScope[]): boolean {
  for (const scope of scopes) {
    const rel = path.relative(scope.dir, abs).split(path.sep).join('/');
    if (rel && !rel.startsWith('..') && scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
