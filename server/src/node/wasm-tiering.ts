import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { detectLanguage } from '../core/languages';
import { RULE_LANGUAGES } from '../core/types';
import { treeSitterStarted } from './grammar-files';

/**
 * How V8 compiles our WebAssembly (web-tree-sitter's runtime and the grammars), chosen per
 * use. Measured on Node 20 / V8 11.3 (bench/RESULTS.md, "Cold start"):
 *
 * - By default V8 starts every function in Liftoff (its baseline compiler) and re-compiles
 *   hot ones with TurboFan in the background. The Swift grammar's lexer is one 341 KB
 *   function: TurboFan needs 2.3–2.6 s of CPU for it, it becomes hot after a few hundred
 *   characters, and the process cannot exit before that compilation ends. That is most of a
 *   one-file Swift scan with default flags.
 * - `--no-wasm-opt` cuts that compilation to ~0.3 s and costs nothing measurable elsewhere:
 *   bulk parsing is as fast as the default for Java/TypeScript/Kotlin and 2× faster for
 *   Swift. Query compilation and matching run in the runtime, which still tiers up.
 * - `--liftoff-only` never runs TurboFan. Nothing is cheaper for a short process (the floor
 *   of a one-file parse, 0.1 s instead of 2.3 s for Swift), but code stays unoptimised:
 *   Java/TypeScript bulk parsing is 25–45 % slower and query compilation ~1.6× slower.
 *
 * Hence: Liftoff only for small scans (a file, a change, a small project), `--no-wasm-opt`
 * for large ones and for the language server (long-lived; edits re-parse and re-query).
 *
 * Flags are set with v8.setFlagsFromString() before the first WebAssembly compilation
 * (web-tree-sitter compiles its runtime in Parser.init()), which measures the same as
 * passing them on the command line. V8 ignores a flag it does not know, so a newer Node
 * cannot fail to start over them (a command-line flag it does not know is a fatal error).
 * They are process-wide in effect: V8 reads them as it compiles each function, lazily, on
 * its first call, so switching them around one grammar's load does not give that grammar
 * other flags (measured: the Swift lexer still tiered up).
 */
export type WasmWorkload = 'small-scan' | 'large-scan' | 'server';

export const WASM_FLAGS: Record<WasmWorkload, readonly string[]> = {
  'small-scan': ['--liftoff-only'],
  'large-scan': ['--no-wasm-opt'],
  server: ['--no-wasm-opt'],
};

/**
 * Above this many bytes of source in rule languages a scan is 'large'. Measured: one file
 * (≤ 30 KB) is 6–30 % faster with Liftoff only, a 1 MB repository the same either way,
 * 5–8 MB repositories 25–45 % faster with `--no-wasm-opt`.
 */
export const LARGE_SCAN_BYTES = 1024 * 1024;

/**
 * `SECURECOMM_WASM_FLAGS` overrides the choice, for benchmarks and for trying a flag on a
 * new Node version: space-separated V8 flags, or `default` for V8's own defaults.
 */
export const WASM_FLAGS_ENV = 'SECURECOMM_WASM_FLAGS';

let chosen: readonly string[] | undefined;

/**
 * Sets the V8 flags for this workload, once per process and only before web-tree-sitter has
 * compiled anything (afterwards they would apply to some functions and not others).
 * Returns the flags in effect.
 */
export function useWasmFlags(workload: WasmWorkload, env: NodeJS.ProcessEnv = process.env): readonly string[] {
  if (chosen || treeSitterStarted()) return chosen ?? [];
  const override = env[WASM_FLAGS_ENV]?.trim();
  chosen = override === undefined || override === ''
    ? WASM_FLAGS[workload]
    : override === 'default' ? [] : override.split(/\s+/);
  if (chosen.length) v8.setFlagsFromString(chosen.join(' '));
  return chosen;
}

/** 'large-scan' once the files of rule languages add up to LARGE_SCAN_BYTES. */
export function scanWorkload(files: readonly string[]): WasmWorkload {
  let bytes = 0;
  for (const file of files) {
    const language = detectLanguage(file)?.language;
    if (!language || !(RULE_LANGUAGES as readonly string[]).includes(language)) continue;
    try {
      bytes += fs.statSync(file).size;
    } catch {
      continue; // reported when the file is read
    }
    if (bytes >= LARGE_SCAN_BYTES) return 'large-scan';
  }
  return 'small-scan';
}
