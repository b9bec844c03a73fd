/**
 * The long-run parse test for config files: every XML and property-list file under the given
 * folders, parsed and analysed in ONE process, several passes over, with the code files of the
 * same folders interleaved (so every grammar shares the WASM heap, as in a real scan) and the
 * garbage collector forced every few hundred files (web-tree-sitter frees leaked cursors in
 * finalizers; a cursor freed that way once corrupted the heap, and the symptom was a trap
 * "null function or function signature mismatch" in a later, unrelated parse).
 *
 *   node --expose-gc bench/out/xml-long-run.js [--passes N] [--no-code] DIR…
 *   npm run bench:xml-long-run -- DIR…
 *
 * Prints the file counts, passes, parses and traps (any exception from the engine counts),
 * and exits 1 when one happened.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../../server/out/core/languages';
import { createAnalyzer } from '../../server/out/node/create-analyzer';

const SKIP_DIRS = new Set(['.git', 'node_modules', 'Pods', 'build', '.gradle', 'DerivedData']);

function* walk(dir: string): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && !SKIP_DIRS.has(e.name)) yield* walk(p);
    else if (e.isFile()) yield p;
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const passesAt = args.indexOf('--passes');
  const passes = passesAt >= 0 ? Number(args[passesAt + 1]) : 3;
  const withCode = !args.includes('--no-code');
  const roots = args.filter((a, i) => !a.startsWith('--') && i !== passesAt + 1);
  if (roots.length === 0) throw new Error('usage: xml-long-run [--passes N] [--no-code] DIR…');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) console.warn('run with node --expose-gc to force collections (finalizers) during the run');

  const markup: string[] = [];
  const code: string[] = [];
  for (const root of roots) {
    for (const file of walk(root)) {
      const ext = path.extname(file);
      if (ext === '.xml' || ext === '.plist') markup.push(file);
      else if (withCode && detectLanguage(file)?.grammar && fs.statSync(file).size < 512 * 1024) code.push(file);
    }
  }
  const analyzer = createAnalyzer();
  const plists = markup.filter((f) => f.endsWith('.plist')).length;
  console.log(`${markup.length} XML files (${plists} property lists), ${code.length} code files interleaved, ${passes} passes`);
  let parses = 0;
  let findings = 0;
  let traps = 0;
  let codeAt = 0;
  const t0 = performance.now();
  for (let pass = 1; pass <= passes; pass++) {
    for (const file of markup) {
      const bytes = fs.readFileSync(file);
      if (bytes.subarray(0, 8).toString('latin1') === 'bplist00' || bytes.length > 2 * 1024 * 1024) continue;
      const text = bytes.toString('utf8');
      try {
        await analyzer.syntaxErrorCount(text, 'xml'); // a parse and a cursor walk of every file
        const detected = detectLanguage(file);
        // Config files through the whole analysis, also those their name alone does not make one.
        const asConfig = detected?.config ? detected : { language: 'xml' as const, grammar: 'xml' as const, config: 'network-security-config' as const };
        findings += (await analyzer.analyze(text, asConfig, { ignoreTriggers: true })).findings.length;
        parses += 2;
      } catch (e) {
        traps++;
        console.error(`pass ${pass}: ${file}: ${(e as Error).message}`);
      }
      // One code file after each markup file: all grammars take turns on the shared heap.
      if (code.length) {
        const other = code[codeAt++ % code.length]!;
        try {
          await analyzer.analyze(fs.readFileSync(other, 'utf8'), detectLanguage(other)!);
          parses++;
        } catch (e) {
          traps++;
          console.error(`pass ${pass}: ${other}: ${(e as Error).message}`);
        }
      }
      if (gc && parses % 500 < 3) gc();
    }
    console.log(`pass ${pass}: ${parses} parses so far, ${traps} traps, ${((performance.now() - t0) / 1000).toFixed(0)} s, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  }
  console.log(`done: ${passes} passes over ${markup.length} XML files (${plists} plists) with ${code.length} code files, ${parses} parses, ${findings} config findings, ${traps} traps`);
  process.exitCode = traps ? 1 : 0;
}

void main();
