import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Rule } from '../core/rule';
import type { WordList } from '../core/word-lists';

/**
 * A rules folder's validated catalogue in one JSON file beside it (`server/rules` →
 * `server/rules.catalogue.json`; not inside, where it would look like a rule), so that
 * a cold start reads one file instead of parsing and schema-validating every rule.yaml
 * (~20 ms a rule, and the YAML and JSON Schema libraries take ~140 ms to load: together more
 * than the whole parse of a file). Built after a successful load of the installed rules
 * (`loadRules`), by `npm run prepare`, or by `compileCatalogue(dir)`.
 *
 * It is used only while its key matches: a hash of every file the rules were built from
 * (rule.yaml, queries/*, docs/*) and of the loader's own code. An edited, added or removed
 * rule is therefore never served stale; it is loaded the slow way, with the same errors.
 */
/** Where the catalogue of `rulesDir` lives. */
export function catalogueFile(rulesDir: string): string {
  return `${path.resolve(rulesDir)}.catalogue.json`;
}
const FORMAT = 1;

interface CatalogueFile {
  format: number;
  key: string;
  /** Rules with `dir` and query `file` relative to the rules folder, which may have moved. */
  rules: Rule[];
}

/** The loader's code is part of the key: a changed loader may build different rules. */
const LOADER_FILES = [
  __filename,
  path.join(__dirname, 'rule-files.js'),
  path.join(__dirname, '..', 'core', 'rule-schema.js'),
  path.join(__dirname, '..', 'core', 'yaml-validation.js'),
].filter((f, i) => i === 0 || fs.existsSync(f)); // one file when bundled (dist/server.js)

/** Hash of everything the rules of `ids` are built from; undefined when a folder cannot be read. */
export function catalogueKey(rulesDir: string, ids: readonly string[]): string | undefined {
  const hash = createHash('sha256').update(`securecomm-catalogue-${FORMAT}\0`);
  try {
    for (const file of LOADER_FILES) hash.update(fs.readFileSync(file)).update('\0');
    for (const id of ids) {
      const dir = path.join(rulesDir, id);
      const inputs = ['rule.yaml', 'docs/en.md', 'docs/ja.md',
        ...listFiles(path.join(dir, 'queries')).map((f) => `queries/${f}`)];
      for (const rel of inputs) {
        const abs = path.join(dir, rel);
        hash.update(`${id}/${rel}\0`);
        hash.update(fs.existsSync(abs) ? fs.readFileSync(abs) : '\u0000missing').update('\0');
      }
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** The catalogue's rules if it is there and current for these rule folders. */
export function readCatalogue(rulesDir: string, key: string): Rule[] | undefined {
  let parsed: CatalogueFile;
  try {
    parsed = JSON.parse(fs.readFileSync(catalogueFile(rulesDir), 'utf8')) as CatalogueFile;
  } catch {
    return undefined;
  }
  if (parsed.format !== FORMAT || parsed.key !== key || !Array.isArray(parsed.rules)) return undefined;
  return parsed.rules.map((r) => rebase(r, (p) => path.join(rulesDir, p)));
}

/**
 * Writes the catalogue atomically (a concurrent reader sees the old file or the new one).
 * Best effort: an installation the user cannot write to just keeps loading the slow way.
 */
export function writeCatalogue(rulesDir: string, key: string, rules: readonly Rule[]): boolean {
  const file = catalogueFile(rulesDir);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const content: CatalogueFile = { format: FORMAT, key, rules: rules.map((r) => rebase(r, (p) => path.relative(rulesDir, p))) };
  try {
    fs.writeFileSync(tmp, JSON.stringify(content));
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/**
 * The same for the word lists (`<rules>/_lists/*.yaml` → `<rules>/_lists.catalogue.json`):
 * validating them would load the YAML and JSON Schema libraries at every start. Keyed by
 * the lists' files and the loader's code; written, like the rules' catalogue, after a load
 * of the installation's own lists.
 */
interface WordListCatalogueFile {
  format: number;
  key: string;
  lists: Record<string, WordList>;
}

export function wordListCatalogueFile(listsDir: string): string {
  return `${path.resolve(listsDir)}.catalogue.json`;
}

/** Hash of the word-list files (names and contents, in order) and the loader; undefined when unreadable. */
export function wordListKey(listsDir: string, files: readonly string[]): string | undefined {
  const hash = createHash('sha256').update(`securecomm-word-lists-${FORMAT}\0`);
  try {
    for (const file of LOADER_FILES) hash.update(fs.readFileSync(file)).update('\0');
    for (const name of files) hash.update(`${name}\0`).update(fs.readFileSync(path.join(listsDir, name))).update('\0');
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

export function readWordListCatalogue(listsDir: string, key: string): Map<string, WordList> | undefined {
  try {
    const parsed = JSON.parse(fs.readFileSync(wordListCatalogueFile(listsDir), 'utf8')) as WordListCatalogueFile;
    if (parsed.format !== FORMAT || parsed.key !== key || typeof parsed.lists !== 'object' || parsed.lists === null) return undefined;
    return new Map(Object.entries(parsed.lists));
  } catch {
    return undefined;
  }
}

/** Best effort and atomic, like writeCatalogue. */
export function writeWordListCatalogue(listsDir: string, key: string, lists: ReadonlyMap<string, WordList>): boolean {
  const file = wordListCatalogueFile(listsDir);
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  const content: WordListCatalogueFile = { format: FORMAT, key, lists: Object.fromEntries(lists) };
  try {
    fs.writeFileSync(tmp, JSON.stringify(content));
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

function rebase(rule: Rule, map: (p: string) => string): Rule {
  const querySources: Rule['querySources'] = {};
  for (const [lang, src] of Object.entries(rule.querySources) as [keyof Rule['querySources'], { file: string; source: string }][]) {
    querySources[lang] = { ...src, file: map(src.file) };
  }
  return { ...rule, dir: map(rule.dir), querySources };
}

function listFiles(dir: string): string[] {
  try {
    return fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isFile()).map((d) => d.name).sort();
  } catch {
    return [];
  }
}
