import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { installRoot } from './assets';
import type { GrammarId } from '../core/types';
import { loadGrammarModule, wasmStarting } from './wasm-tiering';

const GRAMMAR_FILES: Record<GrammarId, string> = {
  java: 'tree-sitter-java.wasm',
  kotlin: 'tree-sitter-kotlin.wasm',
  swift: 'tree-sitter-swift.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  xml: 'tree-sitter-xml.wasm',
};

let runtimeReady: Promise<void> | undefined;

/**
 * Languages by WASM file, shared by every loader in the process. Loading the same grammar
 * module a second time is not only wasteful: after the Swift grammar had been loaded three
 * times in one process, parsing with the newest copy trapped ("null function or function
 * signature mismatch" in the external scanner). One instance per file avoids that.
 */
const loadedByFile = new Map<string, Promise<Language>>();

/** web-tree-sitter's runtime must be initialised once per process before any parser exists. */
export function initTreeSitter(): Promise<void> {
  if (!runtimeReady) {
    wasmStarting(); // V8 flags are fixed from here on (wasm-tiering.ts)
    runtimeReady = Parser.init();
  }
  return runtimeReady;
}

/** The `grammars/` folder of this installation. */
export function defaultGrammarDir(): string {
  return path.join(installRoot(), 'grammars');
}

/**
 * Loads each grammar the first time a file of that language is seen: a Kotlin-only
 * repository never pays for the Swift grammar (the largest, ~3 MB of WASM).
 */
export class GrammarLoader {
  constructor(private readonly grammarDir: string = defaultGrammarDir()) {}

  fileOf(id: GrammarId): string {
    return path.join(this.grammarDir, GRAMMAR_FILES[id]);
  }

  load(id: GrammarId): Promise<Language> {
    const file = this.fileOf(id);
    let pending = loadedByFile.get(file);
    if (!pending) {
      pending = this.read(id);
      loadedByFile.set(file, pending);
      // A failed load is not cached: the next file may retry after the grammar is repaired.
      pending.catch(() => loadedByFile.delete(file));
    }
    return pending;
  }

  private async read(id: GrammarId): Promise<Language> {
    await initTreeSitter();
    const file = this.fileOf(id);
    const bytes = await fs.promises.readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new Error(`grammar '${id}' is missing: ${file} (${e.code ?? e.message})`);
    });
    return loadGrammarModule(id, () => Language.load(new Uint8Array(bytes)));
  }
}
