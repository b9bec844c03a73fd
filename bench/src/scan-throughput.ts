/**
 * Scan throughput beside a bare web-tree-sitter parse of the same files, in one run, so
 * the ratio is meaningful on a noisy machine. Not a test: it asserts nothing, it reports.
 *
 *   npm run bench                      synthetic corpus (bench/corpus, 3,000 files)
 *   node bench/out/scan-throughput.js PATH   any folder, e.g. a fetched real repository
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Parser } from 'web-tree-sitter';
import { GrammarLoader } from '../../server/out/node/grammar-files';
import { detectLanguage } from '../../server/out/core/languages';
import type { GrammarId } from '../../server/out/core/types';
import { createAnalyzer } from '../../server/out/node/create-analyzer';
import { scanFiles } from '../../server/out/scan/scan';
import { walk } from '../../server/out/scan/walk';
import { generateCorpus } from './corpus';

async function bareParse(files: string[], texts: Map<string, string>): Promise<number> {
  const loader = new GrammarLoader();
  const parsers = new Map<GrammarId, Parser>();
  const t0 = performance.now();
  for (const file of files) {
    const grammar = detectLanguage(file)!.grammar!;
    let parser = parsers.get(grammar);
    if (!parser) {
      parser = new Parser();
      parser.setLanguage(await loader.load(grammar));
      parsers.set(grammar, parser);
    }
    parser.parse(texts.get(file)!)?.delete();
  }
  const ms = performance.now() - t0;
  for (const p of parsers.values()) p.delete();
  return ms;
}

async function main(): Promise<void> {
  const target = process.argv[2];
  // Code files only, on both sides: config files (XML, plist, JSON) are few, small and
  // mostly skipped by their signature prefilter, so they would only blur the comparison.
  const walked = target ? walk([target]).files : generateCorpus(path.resolve(__dirname, '..', 'corpus'), 3000);
  const files = walked.filter((f) => { const d = detectLanguage(f); return d?.grammar !== undefined && d.grammar !== 'xml' && !d.config; });
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const bytes = [...texts.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
  const mb = bytes / 1024 / 1024;

  // Cold start: grammar loading and query compilation, paid once per process (or editor session).
  const analyzer = createAnalyzer();
  const tCold = performance.now();
  await scanFiles(analyzer, files, { ignoreTriggers: true });
  const coldMs = performance.now() - tCold;
  await bareParse(files, texts);

  // Measured in one run, warm, alternating so machine noise hits both sides alike.
  const parseMs = await bareParse(files, texts);
  const t0 = performance.now();
  const reports = await scanFiles(analyzer, files);
  const scanMs = performance.now() - t0;
  const t1 = performance.now();
  await scanFiles(analyzer, files, { ignoreTriggers: true });
  const allRulesMs = performance.now() - t1;
  const findings = reports.reduce((n, r) => n + r.findings.length, 0);

  const row = (name: string, ms: number) =>
    `${name.padEnd(34)} ${(ms / 1000).toFixed(2).padStart(7)} s ${(mb / (ms / 1000)).toFixed(2).padStart(8)} MB/s ${(files.length / (ms / 1000)).toFixed(0).padStart(7)} files/s`;
  console.log(`corpus: ${target ?? 'bench/corpus (synthetic)'}: ${files.length} files, ${mb.toFixed(1)} MB, ${findings} findings`);
  console.log(row('bare web-tree-sitter parse', parseMs));
  console.log(row('securecomm scan (read+analyze)', scanMs));
  console.log(row('  same, every file parsed+queried', allRulesMs));
  console.log(`ratio scan/parse: ${(scanMs / parseMs).toFixed(2)}; without the trigger prefilter: ${(allRulesMs / parseMs).toFixed(2)}`);
  console.log(`first pass (every file, all rules, incl. grammar load + query compile): ${(coldMs / 1000).toFixed(2)} s`);
  analyzer.dispose();
}

void main();
