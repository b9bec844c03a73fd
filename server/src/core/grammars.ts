import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import type { GrammarId } from './types';

const GRAMMAR_FILES: Record<GrammarId, string> = {
  java: 'tree-sitter-java.wasm',
  kotlin: 'tree-sitter-kotlin.wasm',
  swift: 'tree-sitter-swift.wasm',
  typescript: 'tree-sitter-typescript.wasm',
  tsx: 'tree-sitter-tsx.wasm',
  xml: 'tree-sitter-xml.wasm',
};

let runtimeReady: Promise<void> | undefined;

/** web-tree-sitter's runtime must be initialised once per process before any parser exists. */
export function initTreeSitter(): Promise<void> {
  runtimeReady ??= Parser.init();
  return runtimeReady;
}

/** The `grammars/` folder of this installation (two levels above `server/out/core`). */
export function defaultGrammarDir(): string {
  return path.resolve(__dirname, '..', '..', '..', 'grammars');
}

/**
 * Loads each grammar the first time a file of that language is seen: a Kotlin-only
 * repository never pays for the Swift grammar (the largest, ~3 MB of WASM).
 */
export class GrammarLoader {
  private readonly loaded = new Map<GrammarId, Promise<Language>>();

  constructor(private readonly grammarDir: string = defaultGrammarDir()) {}

  fileOf(id: GrammarId): string {
    return path.join(this.grammarDir, GRAMMAR_FILES[id]);
  }

  load(id: GrammarId): Promise<Language> {
    let pending = this.loaded.get(id);
    if (!pending) {
      pending = this.read(id);
      this.loaded.set(id, pending);
      // A failed load is not cached: the next file may retry after the grammar is repaired.
      pending.catch(() => this.loaded.delete(id));
    }
    return pending;
  }

  private async read(id: GrammarId): Promise<Language> {
    await initTreeSitter();
    const file = this.fileOf(id);
    const bytes = await fs.promises.readFile(file).catch((e: NodeJS.ErrnoException) => {
      throw new Error(`grammar '${id}' is missing: ${file} (${e.code ?? e.message})`);
    });
    return Language.load(new Uint8Array(bytes));
  }
}
