/**
 * The workspace scan (`securecomm/scanWorkspace`) through the real language server over
 * stdio, on a folder: files, findings, wall time, time to the first progress report, how
 * long hovers wait meanwhile (the server's own thread), the cancel latency (a second scan
 * cancelled at 30 %), and the server's peak memory (VmHWM of its process; worker threads
 * are threads of that process, so it covers them). Beside it, in the same run: the same
 * folder through `securecomm scan` (one thread, no server), and optionally another build's
 * server (e.g. one that scans on its main thread). Not a test: it asserts nothing, it reports.
 *
 *   npm run build && node bench/out/workspace-scan.js FOLDER [--other PATH/server/out/cli.js]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationTokenSource, createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { WARM_UP_DONE } from '../../server/out/lsp/server';
import { walk } from '../../server/out/scan/walk';

const CLI = path.resolve(__dirname, '..', '..', 'server', 'out', 'cli.js');
const HOVER_EVERY_MS = 200;

interface ScanSummary { files: number; findings: number; skipped: number; cancelled: boolean }

interface ServerRun {
  summary: ScanSummary;
  wallMs: number;
  firstProgressMs: number;
  hoverMs: number[];
  cancel: { summary: ScanSummary; atPercent: number; latencyMs: number };
  peakKiB: number;
  rssBeforeKiB: number;
  rssAfterIdleKiB: number;
  threadsDuring: number;
}

function procStatus(pid: number, field: 'VmHWM' | 'VmRSS' | 'Threads'): number {
  const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
  return Number(line?.split(/\s+/)[1] ?? NaN);
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function startServer(cli: string, folder: string): Promise<{ child: ChildProcess; conn: ProtocolConnection; progress: { kind: string; percentage?: number }[] }> {
  const child = spawn(process.execPath, [cli, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const progress: { kind: string; percentage?: number }[] = [];
  let warmedUp: () => void = () => undefined;
  const warm = new Promise<void>((r) => { warmedUp = r; });
  conn.onNotification('window/logMessage', (p: { message: string }) => {
    if (p.message.startsWith(WARM_UP_DONE)) warmedUp();
    if (p.message.startsWith('workspace scan:')) console.log(`  server: ${p.message}`);
  });
  conn.onNotification('$/progress', (p: { value: { kind: string; percentage?: number } }) => { progress.push(p.value); });
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.listen();
  const uri = `file://${folder}`;
  await conn.sendRequest('initialize', {
    processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: 'bench' }],
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
  });
  await conn.sendNotification('initialized', {});
  await warm; // the server's own background query compilation is over: the scan has the machine
  return { child, conn, progress };
}

async function throughServer(cli: string, folder: string, openFile: string): Promise<ServerRun> {
  const { child, conn, progress } = await startServer(cli, folder);
  const pid = child.pid!;
  // One open document: its hovers measure how long the server's thread makes a request wait.
  const uri = `file://${openFile}`;
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'kotlin', version: 1, text: fs.readFileSync(openFile, 'utf8') } });
  await sleep(2_000);
  const rssBeforeKiB = procStatus(pid, 'VmRSS');

  const t0 = performance.now();
  let firstProgressMs = NaN;
  const hoverMs: number[] = [];
  let threadsDuring = 0;
  let done = false;
  const scan = (conn.sendRequest('securecomm/scanWorkspace') as Promise<ScanSummary>).finally(() => { done = true; });
  const watch = (async () => {
    while (!done) {
      if (Number.isNaN(firstProgressMs) && progress.some((p) => p.kind === 'report')) firstProgressMs = performance.now() - t0;
      threadsDuring = Math.max(threadsDuring, procStatus(pid, 'Threads'));
      const h0 = performance.now();
      await conn.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } });
      hoverMs.push(performance.now() - h0);
      await sleep(HOVER_EVERY_MS);
    }
  })();
  const summary = await scan;
  const wallMs = performance.now() - t0;
  await watch;

  // The second scan, cancelled at 30 %.
  progress.length = 0;
  const source = new CancellationTokenSource();
  const second = conn.sendRequest('securecomm/scanWorkspace', source.token) as Promise<ScanSummary>;
  let atPercent = 0;
  while (atPercent < 30) {
    await sleep(20);
    atPercent = Math.max(0, ...progress.map((p) => p.percentage ?? 0));
  }
  const c0 = performance.now();
  source.cancel();
  const cancelled = await second;
  const latencyMs = performance.now() - c0;
  const peakKiB = procStatus(pid, 'VmHWM');
  await sleep(15_000); // past the pool's idle timeout: workers stop and their memory goes back
  const rssAfterIdleKiB = procStatus(pid, 'VmRSS');
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  return { summary, wallMs, firstProgressMs, hoverMs, cancel: { summary: cancelled, atPercent, latencyMs }, peakKiB, rssBeforeKiB, rssAfterIdleKiB, threadsDuring };
}

/** `securecomm scan FOLDER` in a child process, for its wall time (one thread, no server). */
function throughCli(folder: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CLI, 'scan', folder, '--format', 'json', '--output', '/dev/null'], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', () => resolve(performance.now() - t0));
  });
}

function report(name: string, r: ServerRun): void {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const mb = (kib: number) => `${Math.round(kib / 1024)} MB`;
  console.log(`${name}:`);
  console.log(`  files ${r.summary.files}, findings ${r.summary.findings}, skipped ${r.summary.skipped}`);
  console.log(`  wall ${s(r.wallMs)}, first progress report after ${Math.round(r.firstProgressMs)} ms`);
  console.log(`  hover during the scan: p50 ${percentile(r.hoverMs, 50).toFixed(0)} ms, p95 ${percentile(r.hoverMs, 95).toFixed(0)} ms, max ${Math.max(...r.hoverMs).toFixed(0)} ms (${r.hoverMs.length} hovers)`);
  console.log(`  cancelled at ${r.cancel.atPercent} % (${r.cancel.summary.files} files): answered ${Math.round(r.cancel.latencyMs)} ms after the cancellation`);
  console.log(`  memory: RSS before ${mb(r.rssBeforeKiB)}, peak (VmHWM) ${mb(r.peakKiB)}, RSS 15 s after ${mb(r.rssAfterIdleKiB)}; threads during the scan ${r.threadsDuring}`);
}

async function main(): Promise<void> {
  const folder = path.resolve(process.argv[2] ?? '');
  if (!process.argv[2] || !fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error('usage: node bench/out/workspace-scan.js FOLDER [--other PATH/server/out/cli.js]');
  }
  const otherAt = process.argv.indexOf('--other');
  const other = otherAt > 0 ? path.resolve(process.argv[otherAt + 1] ?? '') : undefined;
  const files = walk([folder]).files;
  const openFile = files.find((f) => f.endsWith('.kt')) ?? files[0];
  if (!openFile) throw new Error(`${folder} has no file to scan`);
  console.log(`folder: ${folder}: ${fs.readdirSync(folder, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).length} files, ${files.length} files to scan`);
  report('language server (this build, worker threads)', await throughServer(CLI, folder, openFile));
  if (other) report(`language server (${other})`, await throughServer(other, folder, openFile));
  console.log(`securecomm scan (CLI, one thread): wall ${((await throughCli(folder)) / 1000).toFixed(1)} s`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exitCode = 1;
});
