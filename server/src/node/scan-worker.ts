import { parentPort } from 'node:worker_threads';
import { scanFile } from '../scan/scan';
import { createAnalyzer } from './create-analyzer';
import { FileProjectModel } from './project-files';
import type { ScanRequest, ScanWorkerMessage } from './scan-pool';

/**
 * A thread of the scan pool (scan-pool.ts): its own Analyzer, created as the CLI creates it,
 * analysing one file at a time by path and answering with the plain FileReport (findings are
 * plain data: they survive structured clone). Nothing is kept between files but the analyzer's
 * compiled rules and grammars; the parse tree of each file is freed when its analysis ends.
 *
 * V8 flags are process-wide and the language server has set its WebAssembly plan
 * (wasm-tiering.ts) before this thread starts; the per-grammar Liftoff choice toggles
 * process-wide flags around a module's creation, which would race with other threads, so a
 * worker keeps the process flags for every grammar (only speed differs, never results).
 */
if (!parentPort) throw new Error('scan-worker.js runs in a worker thread of the scan pool (scan-pool.ts), not on its own');
const port = parentPort;
const analyzer = createAnalyzer();

port.on('message', (request: ScanRequest) => {
  const options = { ruleIds: request.ruleIds, severities: request.severities, includeGenerated: request.includeGenerated === true };
  // A fresh project model per file: it reads the two or three manifests a network security
  // config needs, and never answers from a manifest that changed since.
  void scanFile(analyzer, request.file, options, new FileProjectModel()).then((report) => {
    port.postMessage({ id: request.id, report } satisfies ScanWorkerMessage);
  });
});
port.postMessage({ ready: true } satisfies ScanWorkerMessage);
