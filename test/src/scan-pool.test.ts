import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { renderNote } from '../../server/out/core/notes';
import type { Severity } from '../../server/out/core/types';
import { createAnalyzer } from '../../server/out/node/create-analyzer';
import { FileProjectModel } from '../../server/out/node/project-files';
import { defaultPoolSize, ScanPool, type ScanJob } from '../../server/out/node/scan-pool';
import { scanFile, type FileReport } from '../../server/out/scan/scan';
import { walk } from '../../server/out/scan/walk';
import { project } from './helpers/cli';
import { REPO } from './helpers/engine';
import { FAULTY_WORKER, TRUST_ALL_KT } from './helpers/kotlin-fixtures';


const ALL_RULES = new Set(createAnalyzer().rules.map((r) => r.id));

function jobsFor(files: readonly string[], severities = new Map<string, Severity>()): ScanJob[] {
  return files.map((file) => ({ file, ruleIds: ALL_RULES, severities }));
}

async function runAll(pool: ScanPool, jobs: ScanJob[]): Promise<Map<string, FileReport>> {
  const reports = new Map<string, FileReport>();
  await pool.run(jobs, (r) => reports.set(r.file, r));
  return reports;
}

describe('scan pool (worker threads)', () => {
  test('reports the same findings as an analysis on this thread, through structured clone, with per-file options', async () => {
    const files = walk([path.join(REPO, 'demo')]).files;
    // A severity override travels to the worker with the job.
    const severities = new Map<string, Severity>([['tls-trust-all-certificates', 'note']]);
    const pool = new ScanPool({ size: 2 });
    try {
      const reports = await runAll(pool, jobsFor(files, severities));
      const analyzer = createAnalyzer();
      const expected = [];
      for (const file of files) expected.push(await scanFile(analyzer, file, { ruleIds: ALL_RULES, severities }, new FileProjectModel()));
      // Timing is the only thing that differs between two analyses.
      assert.deepStrictEqual(files.map((f) => reports.get(f)), expected);
      const all = [...reports.values()].flatMap((r) => r.findings);
      assert.equal(all.length, 47);
      assert.ok(all.some((f) => f.ruleId === 'tls-trust-all-certificates' && f.severity === 'note'));
      // The worker's own project model relates the network security config to its manifest.
      const config = [...reports.values()].find((r) => r.file.endsWith('network_security_config.xml'))!;
      assert.ok(config.findings.some((f) => f.related?.some((r) => r.file?.endsWith('AndroidManifest.xml'))));
    } finally {
      await pool.dispose();
    }
  });

  test('a file that crashes its worker or never finishes is reported as skipped with the reason; the others are scanned', async () => {
    const names = ['a.kt', 'crash-b.kt', 'c.kt', 'hang-d.kt', 'e.kt'];
    const dir = project(Object.fromEntries(names.map((n) => [`src/${n}`, TRUST_ALL_KT])));
    const logs: string[] = [];
    const pool = new ScanPool({ workerFile: FAULTY_WORKER, size: 1, fileTimeoutMs: 5_000, log: (m) => logs.push(m) });
    try {
      const reports = await runAll(pool, jobsFor(names.map((n) => path.join(dir, 'src', n))));
      const byName = (n: string) => reports.get(path.join(dir, 'src', n))!;
      for (const ok of ['a.kt', 'c.kt', 'e.kt']) assert.deepEqual([byName(ok).skipped, byName(ok).findings.length], [undefined, 2], ok);
      assert.match(renderNote(byName('crash-b.kt').skipped!, 'en'), /scan worker stopped \(it crashed: crashed on purpose on crash-b\.kt\)/);
      assert.match(renderNote(byName('hang-d.kt').skipped!, 'en'), /did not finish within 5 s/);
      assert.equal(logs.filter((l) => l.startsWith('scan worker restarted')).length, 2);
    } finally {
      await pool.dispose();
    }
  });

  test('cancelling drops queued files and discards the ones in progress at once', async () => {
    const dir = project(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`src/F${i}.kt`, TRUST_ALL_KT])));
    const files = Array.from({ length: 30 }, (_, i) => path.join(dir, 'src', `F${i}.kt`));
    const pool = new ScanPool({ size: 1 });
    try {
      const cancel = new AbortController();
      let reports = 0;
      let cancelledAt = 0;
      await pool.run(jobsFor(files), () => {
        reports++;
        cancelledAt = performance.now();
        cancel.abort();
      }, { signal: cancel.signal });
      const latency = performance.now() - cancelledAt;
      assert.equal(reports, 1);
      assert.ok(latency < 50, `run() returned ${latency.toFixed(0)} ms after the abort`);
      // Nothing arrives afterwards, and the pool still serves the next run.
      const next = await runAll(pool, jobsFor(files.slice(0, 2)));
      assert.equal(reports, 1);
      assert.equal(next.size, 2);
    } finally {
      await pool.dispose();
    }
  });

  test('urgent files go before the ones already queued', async () => {
    const dir = project(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`src/F${i}.kt`, TRUST_ALL_KT])));
    const files = Array.from({ length: 8 }, (_, i) => path.join(dir, 'src', `F${i}.kt`));
    const pool = new ScanPool({ size: 1 });
    try {
      const order: string[] = [];
      const scan = pool.run(jobsFor(files.slice(0, 7)), (r) => order.push(path.basename(r.file)));
      const saved = pool.run(jobsFor(files.slice(7)), (r) => order.push(path.basename(r.file)), { urgent: true });
      await Promise.all([scan, saved]);
      // F0 was already in the worker; F7 comes right after it.
      assert.deepEqual(order.slice(0, 2), ['F0.kt', 'F7.kt']);
    } finally {
      await pool.dispose();
    }
  });

  test('idle workers stop, so their memory goes back; the next run starts them again', async () => {
    const dir = project({ 'src/A.kt': TRUST_ALL_KT });
    const pool = new ScanPool({ size: 1, idleMs: 100 });
    try {
      await runAll(pool, jobsFor([path.join(dir, 'src/A.kt')]));
      assert.equal(pool.threads, 1);
      const deadline = Date.now() + 5_000;
      while (pool.threads > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.equal(pool.threads, 0);
      const again = await runAll(pool, jobsFor([path.join(dir, 'src/A.kt')]));
      assert.equal(again.get(path.join(dir, 'src/A.kt'))?.findings.length, 2);
    } finally {
      await pool.dispose();
    }
  });

  test('workers that cannot start: every file is reported with the reason, the run ends', async () => {
    const files = Array.from({ length: 6 }, (_, i) => `/nowhere/F${i}.kt`);
    const pool = new ScanPool({ workerFile: path.join(REPO, 'no-such-worker.js'), size: 1 });
    try {
      const reports = await runAll(pool, jobsFor(files));
      assert.equal(reports.size, 6);
      assert.ok([...reports.values()].every((r) => r.skipped !== undefined && r.findings.length === 0));
      assert.match(renderNote(reports.get('/nowhere/F5.kt')!.skipped!, 'en'), /the scan workers cannot start \(.*no-such-worker\.js/);
    } finally {
      await pool.dispose();
    }
  });

  test('pool size leaves a core to the editor, at least one and at most four threads', () => {
    assert.deepEqual([1, 2, 3, 8, 64].map((n) => defaultPoolSize(n)), [1, 1, 2, 4, 4]);
  });
});
