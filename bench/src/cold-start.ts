/**
 * Cold start per language, against its floor. Every figure is a whole child process, run
 * interleaved with the others (A B C A B C …) and summarised by its median, so the ratios
 * hold on a noisy machine:
 *
 *   floor   node + web-tree-sitter + the grammar + one parse of the file, nothing of ours,
 *           with the best V8 flags for that grammar: the fastest of three flag sets, measured
 *           here (V8 defaults, --no-wasm-opt, --liftoff-only)
 *   scan    securecomm scan FILE
 *   3× hit  the same with three times today's rules (copies under new ids, --rules-dir, with
 *           their catalogue as shipped rules have it), every copy triggered by the
 *           file: each new rule costs its query compilation
 *   3× miss three times today's rules, the copies' triggers absent from the file: a larger
 *           catalogue of checks for other APIs, which a file that does not use them never pays
 *
 * Then what building each rule's query costs per language (a fresh process per language and
 * run): parsing it for the query interpreter, which is what a cold start pays, and
 * tree-sitter's `new Query()`, paid only when a rule moves to the compiled tier or falls back
 * (with the one-file plan's V8 flags and with a large scan's); and the language server's
 * first diagnostics: a fresh `securecomm lsp --stdio`, the time from didOpen to the first
 * publishDiagnostics.
 *
 *   npm run bench:cold [-- --runs N] [--languages swift,kotlin] [--only scan|queries|lsp]
 *   node bench/out/cold-start.js --write-catalogues DIR
 *   node bench/out/cold-start.js --baseline OLD/server/out/cli.js \
 *       --baseline-3x-hit OLD-HIT/server/out/cli.js --baseline-3x-miss OLD-MISS/server/out/cli.js
 *       also measures another build (e.g. an older commit, which has no --rules-dir), in
 *       the same interleaved runs: write the 3× catalogues, make two copies of that build
 *       with them as server/rules, and name all three. Its query times are shown with V8's
 *       default flags.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { QueryCompileTime } from '../../server/out/core/compiled-rules';
import { loadRules, loadWordLists } from '../../server/out/node/rule-files';
import { WASM_FLAGS_ENV } from '../../server/out/node/wasm-tiering';

const REPO = path.resolve(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'cold-start-child.js');
const RULES = path.join(REPO, 'server', 'rules');
const DEMO = path.join(REPO, 'demo');

/** One realistic file per language: the demo project's, each triggering several rules. */
const LANGUAGES = [
  { id: 'java', grammar: 'java', languageId: 'java', file: path.join(DEMO, 'android/app/src/main/java/com/demo/shop/CheckoutActivity.java') },
  { id: 'kotlin', grammar: 'kotlin', languageId: 'kotlin', file: path.join(DEMO, 'android/app/src/main/java/com/demo/shop/ApiClient.kt') },
  { id: 'swift', grammar: 'swift', languageId: 'swift', file: path.join(DEMO, 'ios/Shop/NetworkManager.swift') },
  { id: 'typescript', grammar: 'typescript', languageId: 'typescript', file: path.join(DEMO, 'server/src/proxy.ts') },
] as const;

/**
 * The language server also opens a Swift file that triggers one rule of four: the case where
 * compiling only the triggered rules' queries shows (the demo file triggers all four).
 */
const LSP_EXTRA = [
  { id: 'swift (1 rule)', grammar: 'swift', languageId: 'swift', file: path.join(RULES, 'transport-cleartext-url', 'examples', 'example.swift') },
] as const;

const FLOOR_FLAGS: readonly (readonly string[])[] = [[], ['--no-wasm-opt'], ['--liftoff-only']];

const { values: opts } = parseArgs({
  options: {
    runs: { type: 'string', default: '7' },
    languages: { type: 'string' },
    baseline: { type: 'string' },
    'baseline-3x-hit': { type: 'string' },
    'baseline-3x-miss': { type: 'string' },
    only: { type: 'string' },
    'write-catalogues': { type: 'string' },
  },
});
const RUNS = Number(opts.runs);
const CLI = path.join(REPO, 'server', 'out', 'cli.js');

/** The builds measured: this one, and the baseline when given (all its CLIs are needed). */
interface Build { name: string; cli: string; scan3x: (file: string, hit: string, miss: string) => { hit: string[]; miss: string[] } }
const BUILDS: Build[] = [
  { name: 'this build', cli: CLI, scan3x: (file, hit, miss) => ({ hit: [CLI, 'scan', file, '--no-progress', '--rules-dir', hit], miss: [CLI, 'scan', file, '--no-progress', '--rules-dir', miss] }) },
];
if (opts.baseline) {
  if (!opts['baseline-3x-hit'] || !opts['baseline-3x-miss']) throw new Error('--baseline needs --baseline-3x-hit and --baseline-3x-miss');
  const [cli, hit, miss] = [opts.baseline, opts['baseline-3x-hit'], opts['baseline-3x-miss']].map((p) => path.resolve(p)) as [string, string, string];
  BUILDS.push({ name: 'baseline', cli, scan3x: (file) => ({ hit: [hit, 'scan', file, '--no-progress'], miss: [miss, 'scan', file, '--no-progress'] }) });
}
const chosen = opts.languages ? LANGUAGES.filter((l) => opts.languages!.split(',').includes(l.id)) : LANGUAGES;

/** Copies every rule `times - 1` more times under new ids; `miss` makes the copies' triggers absent from any file. */
function syntheticCatalogue(dir: string, times: number, miss: boolean): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const id of fs.readdirSync(RULES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
    fs.cpSync(path.join(RULES, id), path.join(dir, id), { recursive: true });
    if (id.startsWith('_')) continue; // word lists, taxonomy: shared, not rules
    for (let k = 2; k <= times; k++) {
      const copy = `${id}-copy${k}`;
      fs.cpSync(path.join(RULES, id), path.join(dir, copy), { recursive: true });
      const file = path.join(dir, copy, 'rule.yaml');
      let yaml = fs.readFileSync(file, 'utf8').replace(/^id: .*$/m, `id: ${copy}`);
      if (miss) yaml = renameTriggers(yaml, `Zq${k}`);
      fs.writeFileSync(file, yaml);
    }
  }
  loadRules(dir, { writeCatalogue: true }); // as a shipped catalogue would have it
  loadWordLists(dir, { writeCatalogue: true });
  return dir;
}

/** `triggers: [a, b]` or a block list of `  - a` items: each trigger gets a suffix no code contains. */
function renameTriggers(yaml: string, suffix: string): string {
  const lines = yaml.split('\n');
  const start = lines.findIndex((l) => l.startsWith('triggers:'));
  if (start < 0) throw new Error('rule.yaml without triggers');
  const flow = /^triggers:\s*\[(.*)\]\s*$/.exec(lines[start]!);
  if (flow) {
    lines[start] = `triggers: [${flow[1]!.split(',').map((t) => JSON.stringify(`${t.trim().replace(/^(['"]?)(.*?)\1$/, '$2')}${suffix}`)).join(', ')}]`;
  } else {
    // Written back as JSON strings (valid YAML): a trigger may itself hold quotes (`'"user"'`).
    for (let i = start + 1; i < lines.length && /^\s+-\s/.test(lines[i]!); i++) {
      lines[i] = lines[i]!.replace(/^(\s+-\s+)(['"]?)(.*?)\2\s*$/, (_all, dash: string, _q: string, value: string) => `${dash}${JSON.stringify(value + suffix)}`);
    }
  }
  return lines.join('\n');
}

/** Wall-clock milliseconds of one child process, start to exit; its output is drained and dropped. */
function timeProcess(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
    let err = '';
    child.stdout.resume();
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t0;
      // scan exits 1 when it reports findings; anything else is a broken measurement.
      if (code !== 0 && code !== 1) reject(new Error(`${args.join(' ')} exited ${code}: ${err.slice(0, 500)}`));
      else resolve(ms);
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const fmt = (ms: number) => (ms / 1000).toFixed(2);

async function scans(hitDir: string, missDir: string): Promise<void> {
  console.log(`\nOne-file cold scan, whole processes, median of ${RUNS} interleaved runs (s)`);
  console.log('| language | build | floor (its best flags) | scan | 3× rules, all hit | 3× rules, copies miss | scan / floor | 3× hit / floor | 3× miss / floor |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const lang of chosen) {
    const commands: { name: string; args: string[] }[] = [
      ...FLOOR_FLAGS.map((flags) => ({ name: `floor ${flags.join(' ') || '(V8 defaults)'}`, args: [...flags, CHILD, 'floor', lang.grammar, lang.file] })),
    ];
    for (const b of BUILDS) {
      const x3 = b.scan3x(lang.file, hitDir, missDir);
      commands.push({ name: `${b.name} scan`, args: [b.cli, 'scan', lang.file, '--no-progress'] },
        { name: `${b.name} 3x hit`, args: x3.hit }, { name: `${b.name} 3x miss`, args: x3.miss });
    }
    const times = new Map(commands.map((c) => [c.name, [] as number[]]));
    for (const c of commands) await timeProcess(c.args); // warm the file cache, not measured
    for (let r = 0; r < RUNS; r++) for (const c of commands) times.get(c.name)!.push(await timeProcess(c.args));
    const floors = FLOOR_FLAGS.map((f) => ({ flags: f.join(' ') || 'V8 defaults', ms: median(times.get(`floor ${f.join(' ') || '(V8 defaults)'}`)!) }));
    const best = floors.reduce((a, b) => (b.ms < a.ms ? b : a));
    for (const b of BUILDS) {
      const [scan, hit, miss] = ['scan', '3x hit', '3x miss'].map((n) => median(times.get(`${b.name} ${n}`)!)) as [number, number, number];
      console.log(`| ${lang.id} (${path.basename(lang.file)}) | ${b.name} | ${fmt(best.ms)} (${best.flags}) | ${fmt(scan)} | ${fmt(hit)} | ${fmt(miss)} | ${(scan / best.ms).toFixed(1)} | ${(hit / best.ms).toFixed(1)} | ${(miss / best.ms).toFixed(1)} |`);
    }
    console.log(`|   | floors: ${floors.map((f) => `${f.flags} ${fmt(f.ms)}`).join(', ')} | | | | | | | |`);
  }
}

async function queryTimes(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const runs = Math.max(3, Math.min(RUNS, 5));
  console.log(`\nQuery building per rule (ms, median of ${runs} fresh processes per language and flags; patterns in the query):` +
    '\n  interpreter = parsing it for the query interpreter, what a cold start pays;' +
    '\n  tree-sitter = new Query(), paid when a rule moves to the compiled tier (a large scan) or on a fallback');
  for (const lang of chosen) {
    for (const workload of ['small-scan', 'large-scan'] as const) {
      const byRule = new Map<string, { interpreter: number[]; treeSitter: number[]; patterns: number }>();
      let flags: readonly string[] = [];
      for (let r = 0; r < runs; r++) {
        const out = await captureStdout([CHILD, 'queries', lang.id, workload], env);
        const parsed = JSON.parse(out) as { flags: string[]; times: QueryCompileTime[] };
        flags = parsed.flags;
        for (const t of parsed.times) {
          const entry = byRule.get(t.ruleId) ?? { interpreter: [], treeSitter: [], patterns: t.patterns };
          (t.tier === 'interpreter' ? entry.interpreter : entry.treeSitter).push(t.ms);
          byRule.set(t.ruleId, entry);
        }
      }
      const rows = [...byRule].map(([id, e]) => ({ id, interpreter: median(e.interpreter), treeSitter: median(e.treeSitter), patterns: e.patterns }));
      const total = (k: 'interpreter' | 'treeSitter') => rows.reduce((n, r) => n + r[k], 0);
      console.log(`${lang.id}, ${workload} (flags: ${flags.join(' ') || 'V8 defaults'}): interpreter total ${total('interpreter').toFixed(1)} ms, tree-sitter total ${total('treeSitter').toFixed(0)} ms; ` +
        rows.map((r) => `${r.id} ${r.interpreter.toFixed(1)} / ${r.treeSitter.toFixed(0)} (${r.patterns})`).join(', '));
    }
  }
}

function captureStdout(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
    let out = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

/** A fresh server: ms from spawn to the initialize answer, and from didOpen to its first diagnostics. */
type LspCase = { id: string; languageId: string; file: string };

async function lspFirstDiagnostics(cli: string, lang: LspCase): Promise<{ start: number; first: number; count: number }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const uri = `file://${lang.file}`;
  let opened = 0;
  const first = new Promise<{ ms: number; count: number }>((resolve) => {
    conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: unknown[] }) => {
      if (p.uri === uri) resolve({ ms: performance.now() - opened, count: p.diagnostics.length });
    });
  });
  conn.onNotification('window/logMessage', () => undefined);
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  const start = performance.now() - t0;
  await conn.sendNotification('initialized', {});
  opened = performance.now();
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: lang.languageId, version: 1, text: fs.readFileSync(lang.file, 'utf8') } });
  const result = await first;
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  return { start, first: result.ms, count: result.count };
}

async function lsp(): Promise<void> {
  console.log(`\nLanguage server cold start (ms, median of ${RUNS} fresh servers per language, interleaved)`);
  console.log('| language | build | spawn to initialize answer | didOpen to first diagnostics | diagnostics |');
  console.log('|---|---|---|---|---|');
  const key = (b: Build, l: { id: string }) => `${b.name} ${l.id}`;
  const cases: LspCase[] = [...chosen, ...LSP_EXTRA.filter((e) => chosen.some((l) => l.grammar === e.grammar))];
  const results = new Map<string, { start: number[]; first: number[]; count: number }>();
  for (const l of cases) for (const b of BUILDS) results.set(key(b, l), { start: [], first: [], count: 0 });
  for (let r = 0; r < RUNS; r++) {
    for (const lang of cases) {
      for (const b of BUILDS) {
        const m = await lspFirstDiagnostics(b.cli, lang);
        const e = results.get(key(b, lang))!;
        e.start.push(m.start);
        e.first.push(m.first);
        e.count = m.count;
      }
    }
  }
  for (const lang of cases) {
    for (const b of BUILDS) {
      const e = results.get(key(b, lang))!;
      console.log(`| ${lang.id} | ${b.name} | ${median(e.start).toFixed(0)} | ${median(e.first).toFixed(0)} | ${e.count} |`);
    }
  }
}

async function main(): Promise<void> {
  if (opts['write-catalogues']) {
    syntheticCatalogue(path.join(opts['write-catalogues'], 'rules-3x-hit'), 3, false);
    syntheticCatalogue(path.join(opts['write-catalogues'], 'rules-3x-miss'), 3, true);
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'securecomm-cold-'));
  const hitDir = syntheticCatalogue(path.join(tmp, 'rules-3x-hit'), 3, false);
  const missDir = syntheticCatalogue(path.join(tmp, 'rules-3x-miss'), 3, true);
  console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${BUILDS.map((b) => `${b.name}: ${b.cli}`).join('; ')}`);
  try {
    const part = (name: string) => !opts.only || opts.only.split(',').includes(name);
    if (part('scan')) await scans(hitDir, missDir);
    if (part('queries')) await queryTimes();
    if (part('queries') && opts.baseline) {
      console.log('(the same with V8 default flags, as the baseline ran)');
      await queryTimes({ ...process.env, [WASM_FLAGS_ENV]: 'default' });
    }
    if (part('lsp')) await lsp();
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
