/**
 * Edit-to-diagnostics latency through the real language server (stdio, push diagnostics),
 * beside the raw cost of the same edits in-process (incremental re-parse + queries).
 * Both are measured in this one run; figures are p50/p95 over repeated one-character edits.
 *
 *   npm run build && node bench/out/lsp-latency.js [--edits N]
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';
import type { Analyzer } from '../../server/out/core/analyzer';
import { createAnalyzer } from '../../server/out/node/create-analyzer';
import { applyContentChanges } from '../../server/out/core/text-edits';
import { WARM_UP_DONE } from '../../server/out/lsp/server';
import type { DetectedLanguage } from '../../server/out/core/languages';
import { generateDocument, LANGUAGES } from './documents';

const CLI = path.resolve(__dirname, '..', '..', 'server', 'out', 'cli.js');
const EDITS = Number(process.argv[process.argv.indexOf('--edits') + 1]) || 40;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** The edit at step i: type or delete one character inside a URL string near the middle. */
function editAt(text: string, i: number) {
  const anchor = text.indexOf('api.shop.io', Math.floor(text.length / 2));
  const lineStart = text.lastIndexOf('\n', anchor) + 1;
  const line = text.slice(0, anchor).split('\n').length - 1;
  const character = anchor - lineStart;
  return i % 2 === 0
    ? { range: { start: { line, character }, end: { line, character } }, text: 'x' }
    : { range: { start: { line, character }, end: { line, character: character + 1 } }, text: '' };
}

async function throughLsp(uri: string, languageId: string, text: string): Promise<number[]> {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  let resolveVersion: ((v: number) => void) | undefined;
  let waitingFor = -1;
  conn.onNotification('textDocument/publishDiagnostics', (p: { version?: number }) => {
    if (p.version !== undefined && p.version >= waitingFor) resolveVersion?.(p.version);
  });
  let warmedUp: () => void = () => undefined;
  const warm = new Promise<void>((r) => { warmedUp = r; });
  conn.onNotification('window/logMessage', (p: { message: string }) => { if (p.message.startsWith(WARM_UP_DONE)) warmedUp(); });
  conn.listen();
  await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await conn.sendNotification('initialized', {});
  await warm; // steady state: the one-off background query compilation is over
  const wait = (version: number) => new Promise<number>((r) => { waitingFor = version; resolveVersion = r; });
  let pending = wait(1);
  await conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  await pending;
  const times: number[] = [];
  let current = text;
  for (let i = 0; i < EDITS; i++) {
    const change = editAt(current, i);
    current = applyContentChanges(current, undefined, [change]).text;
    const version = i + 2;
    pending = wait(version);
    const t0 = performance.now();
    await conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await pending;
    times.push(performance.now() - t0);
  }
  await conn.sendRequest('shutdown');
  await conn.sendNotification('exit');
  conn.dispose();
  child.kill();
  return times;
}

async function inProcess(analyzer: Analyzer, detected: DetectedLanguage, text: string): Promise<number[]> {
  let { tree } = await analyzer.analyzeKeepingTree(text, detected);
  let current = text;
  const times: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const t0 = performance.now();
    const next = applyContentChanges(current, tree, [editAt(current, i)]);
    current = next.text;
    const analysed = await analyzer.analyzeKeepingTree(current, detected, { previousTree: next.tree });
    next.tree?.delete();
    tree = analysed.tree;
    times.push(performance.now() - t0);
  }
  tree?.delete();
  return times;
}

async function main(): Promise<void> {
  const analyzer = createAnalyzer();
  console.log('language    lines   LSP edit->diagnostics p50/p95 (ms)   of which debounce   in-process re-parse+query p50/p95 (ms)');
  for (const lang of LANGUAGES) {
    for (const lines of [5_000, 20_000]) {
      const text = generateDocument(lang.id, lines);
      const raw = await inProcess(analyzer, lang.detected, text);
      const lsp = await throughLsp(`file:///bench/doc${lang.ext}`, lang.languageId, text);
      const f = (v: number) => v.toFixed(0).padStart(5);
      console.log(`${lang.id.padEnd(10)} ${String(lines).padStart(6)}   ${f(percentile(lsp, 50))} / ${f(percentile(lsp, 95))}                     ${String(lang.debounceMs).padStart(5)}               ${f(percentile(raw, 50))} / ${f(percentile(raw, 95))}`);
    }
  }
  analyzer.dispose();
}

void main();
