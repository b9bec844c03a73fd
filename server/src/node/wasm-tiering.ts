import * as fs from 'node:fs';
import * as v8 from 'node:v8';
import { detectLanguage } from '../core/languages';
import { RULE_LANGUAGES, type GrammarId } from '../core/types';

/**
 * How V8 compiles our WebAssembly — web-tree-sitter's runtime (parser, query compiler and
 * matcher) and each grammar — chosen per use. Measured on Node 20 / V8 11.3; figures in
 * bench/RESULTS.md ("Cold start"):
 *
 * - V8 starts every function in Liftoff (its baseline compiler) and re-compiles hot ones
 *   with TurboFan in the background. The Swift grammar's lexer is one 341 KB function:
 *   TurboFan spends 2.3–2.6 s of CPU on it, it turns hot within a few hundred characters,
 *   and a process cannot exit before that compilation ends. That was most of a one-file
 *   Swift scan.
 * - `--no-wasm-opt` cuts that compilation to ~0.3 s and costs nothing measurable elsewhere
 *   (bulk Java/TypeScript/Kotlin parsing as fast as with the defaults, Swift 2× faster).
 * - Liftoff only (no TurboFan) is the cheapest for code that runs briefly: the floor of a
 *   one-file parse is 0.1 s instead of 2.3 s for Swift. But Java/TypeScript/Kotlin bulk
 *   parsing is 10–45 % slower in Liftoff, while Swift's is not (its lexer runs as fast in
 *   Liftoff), and tree-sitter's query analysis (compiling a query) is ~1.6–2× faster tiered.
 *
 * - Tiering the runtime costs ~0.5 s of TurboFan CPU (its parser and matcher are hot too),
 *   which a process must wait for. It paid off when a one-file Swift scan compiled its
 *   queries (~0.5 s a rule, 1.6–2× faster tiered); rules now start in the query interpreter
 *   (core/compiled-rules.ts), so a small scan compiles none and Liftoff only is ~20 % less
 *   CPU for it (bench/RESULTS.md, "Query interpreter").
 *
 * So: a small scan (a file, a change, a small project) runs everything in Liftoff. A large
 * scan and the language server tier up everything but the Swift grammar.
 *
 * How: `--no-wasm-opt` is set with v8.setFlagsFromString() before the first WebAssembly
 * compilation (web-tree-sitter compiles its runtime in Parser.init()); that measures the
 * same as a command-line flag, and V8 ignores a flag it does not know, where an unknown
 * command-line flag stops Node from starting. A grammar to keep in Liftoff is loaded with
 * `--liftoff-only` set and cleared right after: V8 decides at module creation whether a
 * module's functions count towards tier-up (`--liftoff-only` implies no dynamic tiering), so
 * the module stays in Liftoff while modules created before or after still tier up (after
 * `--wasm-dynamic-tiering` is set again; `--wasm-tier-up` must stay off, or the Liftoff-only
 * module is re-compiled eagerly). Verified with --trace-wasm-compilation-times. Should a
 * future V8 read these differently, only speed changes: flags never change results.
 */
export type WasmWorkload = 'small-scan' | 'large-scan' | 'server';

export interface WasmPlan {
  /** Process-wide V8 flags, set before the first WebAssembly compilation. */
  flags: readonly string[];
  /** Grammars whose modules are compiled Liftoff-only; the others tier up. */
  liftoffOnly: readonly GrammarId[];
}

export const WASM_PLANS: Record<WasmWorkload, WasmPlan> = {
  'small-scan': { flags: ['--liftoff-only'], liftoffOnly: [] },
  'large-scan': { flags: ['--no-wasm-opt'], liftoffOnly: ['swift'] },
  server: { flags: ['--no-wasm-opt'], liftoffOnly: ['swift'] },
};

/**
 * Above this many bytes of source in rule languages a scan is 'large'. Measured: one file
 * (≤ 30 KB) is 6–30 % faster with every grammar in Liftoff, a 1 MB repository the same
 * either way, 5–8 MB repositories 25–45 % faster with tiering (Liftoff only against
 * `--no-wasm-opt`, process-wide).
 */
export const LARGE_SCAN_BYTES = 1024 * 1024;

/**
 * `SECURECOMM_WASM_FLAGS` replaces the plan, for benchmarks and for trying a flag on a new
 * Node version: space-separated V8 flags set for the whole process (no per-grammar
 * choice), or `default` for V8's own defaults.
 */
export const WASM_FLAGS_ENV = 'SECURECOMM_WASM_FLAGS';

let plan: WasmPlan | undefined;
let started = false;

/**
 * Chooses the plan for this process: once, and only before web-tree-sitter has compiled
 * anything (afterwards flags would apply to some functions and not others). Returns the
 * plan in effect.
 */
export function useWasmFlags(workload: WasmWorkload, env: NodeJS.ProcessEnv = process.env): WasmPlan | undefined {
  if (plan || started) return plan;
  const override = env[WASM_FLAGS_ENV]?.trim();
  plan = override === undefined || override === ''
    ? WASM_PLANS[workload]
    : { flags: override === 'default' ? [] : override.split(/\s+/), liftoffOnly: [] };
  if (plan.flags.length) v8.setFlagsFromString(plan.flags.join(' '));
  return plan;
}

/** Called by the grammar loader before web-tree-sitter's runtime is compiled. */
export function wasmStarting(): void {
  started = true;
}

let loads: Promise<unknown> = Promise.resolve();
let liftoffOnlyUsed = false;

/**
 * Runs `load` (one grammar's Language.load) under the plan's choice for that grammar. Loads
 * are serialised: the flags of one must not be in effect while another module is created.
 */
export function loadGrammarModule<T>(grammar: GrammarId, load: () => Promise<T>): Promise<T> {
  const current = plan;
  if (!current || current.liftoffOnly.length === 0) return load();
  const run = async (): Promise<T> => {
    if (current.liftoffOnly.includes(grammar)) {
      v8.setFlagsFromString('--liftoff-only');
      liftoffOnlyUsed = true;
      try {
        return await load();
      } finally {
        v8.setFlagsFromString('--no-liftoff-only');
      }
    }
    // --liftoff-only switched dynamic tiering off for modules created after it.
    if (liftoffOnlyUsed) v8.setFlagsFromString('--wasm-dynamic-tiering');
    return load();
  };
  const result = loads.then(run, run);
  loads = result.catch(() => undefined);
  return result;
}

/** 'large-scan' once the files of rule languages add up to LARGE_SCAN_BYTES; else 'small-scan'. */
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
