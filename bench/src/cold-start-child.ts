/**
 * The child processes of bench/src/cold-start.ts, each a fresh Node process:
 *
 *   node [V8 flags] bench/out/cold-start-child.js floor GRAMMAR FILE
 *       the floor: web-tree-sitter + one grammar + one parse, nothing of ours
 *   node bench/out/cold-start-child.js queries LANGUAGE [WORKLOAD]
 *       builds every rule's query for LANGUAGE for the interpreter (what a cold start pays),
 *       then compiles each with tree-sitter (what moving a rule to the compiled tier, or a
 *       fallback, pays), with the V8 flags the CLI picks for WORKLOAD (default small-scan, a
 *       one-file scan; large-scan is where rules move to compiled queries) or
 *       SECURECOMM_WASM_FLAGS, and prints the times as JSON
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Language, Parser } from 'web-tree-sitter';
import { INTERPRETER_ONLY } from '../../server/out/core/compiled-rules';
import type { RuleLanguage } from '../../server/out/core/types';
import { createAnalyzer } from '../../server/out/node/create-analyzer';
import { useWasmFlags, type WasmWorkload } from '../../server/out/node/wasm-tiering';

const REPO = path.resolve(__dirname, '..', '..');

async function floor(grammar: string, file: string): Promise<void> {
  await Parser.init();
  const language = await Language.load(fs.readFileSync(path.join(REPO, 'grammars', `tree-sitter-${grammar}.wasm`)));
  const parser = new Parser();
  parser.setLanguage(language);
  parser.parse(fs.readFileSync(file, 'utf8'))?.delete();
  parser.delete();
}

async function queries(language: RuleLanguage, workload: WasmWorkload): Promise<void> {
  const plan = useWasmFlags(workload);
  const analyzer = createAnalyzer({ tiering: INTERPRETER_ONLY });
  const grammar = language === 'typescript' ? 'typescript' : language;
  // ignoreTriggers: every rule of the language, built in catalogue order on an empty text.
  await analyzer.analyze('', { language, grammar }, { ignoreTriggers: true });
  for (const rule of analyzer.rules.filter((r) => r.languages[language])) await analyzer.compileNow(rule.id, grammar);
  const flags = [...(plan?.flags ?? []), ...(plan?.liftoffOnly.length ? [`Liftoff-only ${plan.liftoffOnly.includes(grammar) ? grammar : 'none'}`] : [])];
  process.stdout.write(`${JSON.stringify({ flags, times: analyzer.queryCompileTimes() })}\n`);
  analyzer.dispose();
}

const [mode, a, b] = process.argv.slice(2);
const run = mode === 'floor' ? floor(a!, b!) : mode === 'queries' ? queries(a as RuleLanguage, (b ?? 'small-scan') as WasmWorkload) : Promise.reject(new Error(`unknown mode ${mode}`));
run.catch((e: unknown) => {
  process.stderr.write(`${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
