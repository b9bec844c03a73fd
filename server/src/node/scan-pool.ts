import * as os from 'node:os';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { note, type Note } from '../core/notes';
import type { Severity } from '../core/types';
import type { FileReport } from '../scan/scan';

/** One file to analyse, with the settings that govern it. */
export interface ScanJob {
  file: string;
  ruleIds: ReadonlySet<string>;
  severities: ReadonlyMap<string, Severity>;
  /** The folder's policy includes generated code: minified bundles are analysed, not skipped. */
  includeGenerated?: boolean;
}

/** Main thread → worker. */
export interface ScanRequest extends ScanJob {
  id: number;
}

/** Worker → main thread: ready once its analyzer exists, then one report per request. */
export type ScanWorkerMessage = { ready: true } | { id: number; report: FileReport };

export interface ScanPoolOptions {
  /** The worker's entry script; default SCAN_WORKER_ENV, else scan-worker.js beside this module. */
  workerFile?: string;
  /** Threads at most; default defaultPoolSize(). */
  size?: number;
  /** A file whose analysis takes longer is reported as skipped and its worker restarted. */
  fileTimeoutMs?: number;
  /** Workers idle this long are stopped, so their memory goes back to the system. */
  idleMs?: number;
  /** What a worker prints, and why one was restarted (the output channel). */
  log?: (message: string) => void;
}

/**
 * A worker entry to run instead of the installed one, e.g. an instrumented copy to find which
 * file crashes a worker. It comes from the environment of the process, never from a workspace.
 */
export const SCAN_WORKER_ENV = 'SECURECOMM_SCAN_WORKER';

/** The analyzer's own budget is 10 s a file; this only catches a worker that stopped answering. */
export const DEFAULT_FILE_TIMEOUT_MS = 120_000;
export const DEFAULT_IDLE_MS = 10_000;
/** Each worker holds its own grammars and compiled rules (~100 MB): more threads than this cost more memory than they save time. */
const MAX_POOL_SIZE = 4;
/** Workers that die before they are ready this many times in a row mean they cannot start at all. */
const MAX_FAILED_STARTS = 3;

/** One core is left to the editor (and the server's own thread), at least one worker, at most MAX_POOL_SIZE. */
export function defaultPoolSize(parallelism = os.availableParallelism()): number {
  return Math.max(1, Math.min(MAX_POOL_SIZE, parallelism - 1));
}

/**
 * Where scan-worker.js is: beside this module both in `server/out/node/` (a checkout, the npm
 * package) and in `dist/` (the VSIX, where scripts/bundle.js emits it beside server.js).
 */
export function defaultWorkerFile(env: NodeJS.ProcessEnv = process.env): string {
  return env[SCAN_WORKER_ENV]?.trim() || path.join(__dirname, 'scan-worker.js');
}

interface Batch {
  onReport: (report: FileReport) => void;
  pending: number;
  cancelled: boolean;
  done: () => void;
}

interface Task {
  job: ScanJob;
  batch: Batch;
}

interface PoolWorker {
  thread: Worker;
  ready: boolean;
  task?: { id: number; item: Task; timer: NodeJS.Timeout };
  /** Why the thread is ending, when the pool ended it or saw it fail. */
  ending?: string;
  /** Seconds after which the pool ended the thread's analysis, when that is why it is ending. */
  timedOutAfter?: number;
}

/**
 * Analyses files in `node:worker_threads`, so that a workspace scan never occupies the
 * language server's own thread: hovers and edits are answered meanwhile. Workers start on
 * demand and stop when idle. A worker that crashes or stops answering costs one file, which
 * is reported as skipped with the reason; the pool starts another worker and goes on.
 */
export class ScanPool {
  private readonly workerFile: string;
  private readonly size: number;
  private readonly fileTimeoutMs: number;
  private readonly idleMs: number;
  private readonly log: (message: string) => void;
  private readonly workers: PoolWorker[] = [];
  private queue: Task[] = [];
  private nextId = 0;
  private failedStarts = 0;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(options: ScanPoolOptions = {}) {
    this.workerFile = options.workerFile ?? defaultWorkerFile();
    this.size = Math.max(1, options.size ?? defaultPoolSize());
    this.fileTimeoutMs = options.fileTimeoutMs ?? DEFAULT_FILE_TIMEOUT_MS;
    this.idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
    this.log = options.log ?? (() => undefined);
  }

  /** Worker threads running now (0 when idle long enough). */
  get threads(): number {
    return this.workers.length;
  }

  get maxThreads(): number {
    return this.size;
  }

  /**
   * Analyses the files, calling `onReport` as each one is done (in any order). Resolves when
   * all are done, or at once when `signal` aborts: queued files are dropped and the reports
   * of files in progress are discarded. `urgent` files go before those already queued (a
   * saved file does not wait for the rest of a workspace scan).
   */
  run(jobs: readonly ScanJob[], onReport: (report: FileReport) => void, { signal, urgent = false }: { signal?: AbortSignal; urgent?: boolean } = {}): Promise<void> {
    if (jobs.length === 0 || signal?.aborted) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const batch: Batch = { onReport, pending: jobs.length, cancelled: false, done: resolve };
      const tasks = jobs.map((job) => ({ job, batch }));
      this.queue = urgent ? [...tasks, ...this.queue] : [...this.queue, ...tasks];
      signal?.addEventListener('abort', () => {
        batch.cancelled = true;
        this.queue = this.queue.filter((t) => t.batch !== batch);
        resolve();
        this.pump();
      }, { once: true });
      this.pump();
    });
  }

  /** Stops every worker now; queued files are reported as skipped. */
  async dispose(): Promise<void> {
    for (const task of this.queue.splice(0)) this.finish(task, skippedReport(task.job.file, note('skip.pool-shut-down')));
    clearTimeout(this.idleTimer);
    await Promise.all(this.workers.map((w) => { w.ending ??= 'the scan pool was shut down'; return w.thread.terminate(); }));
  }

  private pump(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length > 0) {
      const worker = this.workers.find((w) => !w.task && !w.ending) ?? (this.workers.length < this.size ? this.start() : undefined);
      if (!worker) return;
      this.dispatch(worker, this.queue.shift()!);
    }
    if (this.workers.every((w) => !w.task)) this.idleTimer = setTimeout(() => this.stopIdle(), this.idleMs).unref();
  }

  private dispatch(worker: PoolWorker, item: Task): void {
    const id = ++this.nextId;
    const timer = setTimeout(() => {
      worker.timedOutAfter = Math.round(this.fileTimeoutMs / 1000);
      worker.ending = `its analysis did not finish within ${worker.timedOutAfter} s`;
      void worker.thread.terminate();
    }, this.fileTimeoutMs);
    worker.task = { id, item, timer };
    const request: ScanRequest = { id, ...item.job };
    worker.thread.postMessage(request);
  }

  private start(): PoolWorker {
    // The worker's stdout is the server's LSP channel: what it prints is read and logged instead.
    const thread = new Worker(this.workerFile, { stdout: true, stderr: true });
    const worker: PoolWorker = { thread, ready: false };
    this.workers.push(worker);
    for (const stream of [thread.stdout, thread.stderr]) {
      stream.setEncoding('utf8');
      stream.on('data', (text: string) => { for (const line of text.split('\n')) if (line.trim()) this.log(`scan worker: ${line}`); });
    }
    thread.on('message', (message: ScanWorkerMessage) => this.received(worker, message));
    thread.on('error', (e) => { worker.ending ??= `it crashed: ${e.message}`; });
    thread.on('exit', (code) => this.exited(worker, code));
    return worker;
  }

  private received(worker: PoolWorker, message: ScanWorkerMessage): void {
    if ('ready' in message) {
      worker.ready = true;
      this.failedStarts = 0;
      return;
    }
    const task = worker.task;
    if (!task || task.id !== message.id) return;
    clearTimeout(task.timer);
    worker.task = undefined;
    this.finish(task.item, message.report);
    this.pump();
  }

  private exited(worker: PoolWorker, code: number): void {
    this.workers.splice(this.workers.indexOf(worker), 1);
    const reason = worker.ending ?? `it exited with code ${code}`;
    if (worker.task) {
      clearTimeout(worker.task.timer);
      this.log(`scan worker restarted: ${worker.task.item.job.file}: ${reason}`);
      this.finish(worker.task.item, skippedReport(worker.task.item.job.file, worker.timedOutAfter === undefined ? note('skip.worker-stopped', { reason }) : note('skip.worker-timed-out', { seconds: worker.timedOutAfter })));
    }
    if (!worker.ready && worker.ending !== IDLE) this.failedStarts++;
    if (this.failedStarts >= MAX_FAILED_STARTS) {
      // Starting more would fail the same way: every queued file gets the reason instead.
      this.log(`scan workers cannot start (${this.workerFile}): ${reason}`);
      for (const task of this.queue.splice(0)) this.finish(task, skippedReport(task.job.file, note('skip.workers-cannot-start', { reason })));
      this.failedStarts = 0;
    }
    this.pump();
  }

  private finish(task: Task, report: FileReport): void {
    if (task.batch.cancelled) return;
    task.batch.onReport(report);
    if (--task.batch.pending === 0) task.batch.done();
  }

  private stopIdle(): void {
    for (const worker of this.workers.filter((w) => !w.task)) {
      worker.ending = IDLE;
      void worker.thread.terminate();
    }
  }
}

const IDLE = 'idle';

function skippedReport(file: string, reason: Note): FileReport {
  return { file, findings: [], skipped: reason };
}

