import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { project, securecomm } from './helpers/cli';
import { REPO } from './helpers/engine';
import { LspClient } from './helpers/lsp-client';

interface ScanSummary { files: number; findings: number; skipped: number; cancelled: boolean }

const FAULTY_WORKER = path.join(__dirname, 'helpers', 'faulty-scan-worker.js');
const TRUST_ALL_KT = `import javax.net.ssl.X509TrustManager
import java.security.cert.X509Certificate

val trustAll = object : X509TrustManager {
    override fun checkClientTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun checkServerTrusted(chain: Array<X509Certificate>, authType: String) {}
    override fun getAcceptedIssuers(): Array<X509Certificate> = arrayOf()
}
const val BASE_URL = "http://api.shop.io/"
`;
/** One finding (the cleartext URL). */
const CLEARTEXT_KT = 'const val BASE_URL = "http://api.shop.io/"\n';
const CLEAN_KT = 'const val BASE_URL = "https://api.shop.io/"\n';
const uriOf = (file: string) => `file://${file}`;

function scanWorkspace(client: LspClient, token?: CancellationTokenSource['token']): Promise<ScanSummary> {
  return (token ? client.connection.sendRequest('securecomm/scanWorkspace', token) : client.connection.sendRequest('securecomm/scanWorkspace')) as Promise<ScanSummary>;
}

describe('workspace scan through worker threads (LSP over stdio)', () => {
  test('finds what `securecomm scan` finds on the demo project, related locations included', async () => {
    const cli = JSON.parse(securecomm(['scan', 'demo', '--format', 'json'], REPO).stdout) as {
      findings: { path: string; ruleId: string; line: number; column: number; suppressed?: unknown }[];
    };
    const expected = cli.findings.map((f) => `${f.path}:${f.line}:${f.column} ${f.ruleId}`).sort();
    const client = await LspClient.start({ workspaceFolder: path.join(REPO, 'demo') });
    try {
      const summary = await scanWorkspace(client);
      assert.deepEqual([summary.files, summary.findings, summary.skipped, summary.cancelled], [14, expected.length, 0, false]);
      await client.until(() => [...client.diagnostics.values()].flat().length === expected.length, 'every finding published');
      const published = [...client.diagnostics].flatMap(([uri, diags]) => diags.map((d) =>
        `${path.relative(REPO, uri.slice('file://'.length))}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`)).sort();
      assert.deepEqual(published, expected);
      const config = client.diagnostics.get(uriOf(path.join(REPO, 'demo/android/app/src/main/res/xml/network_security_config.xml')))!;
      assert.ok(config.some((d) => d.relatedInformation?.some((r) => r.location.uri.endsWith('/AndroidManifest.xml'))), 'the manifest that applies the config');
      assert.ok(client.logs.some((l) => /workspace scan: 14 files, \d+ findings, 0 skipped in \d+ ms, \d worker thread/.test(l)));
    } finally {
      await client.stop();
    }
  });

  test('cancelled during the scan: it stops early, says so, and keeps what it found', async () => {
    const count = 150;
    const dir = project(Object.fromEntries(Array.from({ length: count }, (_, i) => [`src/F${i}.kt`, CLEARTEXT_KT])));
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const source = new CancellationTokenSource();
      const scan = scanWorkspace(client, source.token);
      await client.until(() => client.progress.some((p) => p.kind === 'report' && (p.percentage ?? 0) >= 5), 'some progress');
      source.cancel();
      const summary = await scan;
      assert.equal(summary.cancelled, true);
      assert.ok(summary.files < count, `${summary.files} of ${count} files before the cancellation`);
      assert.equal(client.progress.at(-1)?.kind, 'end');
      await client.until(() => client.logs.some((l) => l.includes('(cancelled)')), 'the log says it was cancelled');
      // The files scanned before the cancellation keep their findings.
      const published = [...client.diagnostics.values()].filter((d) => d.length === 1).length;
      assert.ok(published >= 1 && published <= summary.files);
    } finally {
      await client.stop();
    }
  });

  test('cancelled from the progress (the Cancel button of VS Code\'s notification): it stops early and says so', async () => {
    const count = 150;
    const dir = project(Object.fromEntries(Array.from({ length: count }, (_, i) => [`src/F${i}.kt`, CLEARTEXT_KT])));
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      let progressToken: string | number | undefined;
      client.connection.onRequest('window/workDoneProgress/create', (p: { token: string | number }) => { progressToken = p.token; return null; });
      const scan = scanWorkspace(client);
      await client.until(() => client.progress.some((p) => p.kind === 'report' && (p.percentage ?? 0) >= 5), 'some progress');
      assert.notEqual(progressToken, undefined, 'the server created its progress');
      await client.connection.sendNotification('window/workDoneProgress/cancel', { token: progressToken });
      const summary = await scan;
      assert.equal(summary.cancelled, true);
      assert.ok(summary.files < count, `${summary.files} of ${count} files before the cancellation`);
      await client.until(() => client.logs.some((l) => l.includes('(cancelled)')), 'the log says it was cancelled');
    } finally {
      await client.stop();
    }
  });

  test('a file that crashes a scan worker is reported as skipped with the reason; the scan goes on', async () => {
    const dir = project({ 'src/A.kt': TRUST_ALL_KT, 'src/crash-B.kt': TRUST_ALL_KT, 'src/C.kt': TRUST_ALL_KT });
    const client = await LspClient.start({ workspaceFolder: dir, env: { SECURECOMM_SCAN_WORKER: FAULTY_WORKER } });
    try {
      const summary = await scanWorkspace(client);
      assert.deepEqual([summary.files, summary.findings, summary.skipped, summary.cancelled], [3, 4, 1, false]);
      await client.diagnosticsFor(uriOf(`${dir}/src/C.kt`), (d) => d.length === 2, 'the file after the crash');
      const reason = await client.until(() => client.logs.find((l) => l.includes('crash-B.kt: not analysed')), 'the skip reason');
      assert.match(reason, /the scan worker stopped \(it crashed: crashed on purpose on crash-B\.kt\)/);
    } finally {
      await client.stop();
    }
  });

  test('progress speaks the client\'s language', async () => {
    const dir = project({ 'src/A.kt': CLEARTEXT_KT });
    const client = await LspClient.start({ workspaceFolder: dir, locale: 'ja' });
    try {
      await scanWorkspace(client);
      const begin = client.progress.find((p) => p.kind === 'begin') as { title?: string } | undefined;
      assert.equal(begin?.title, 'SecureComm: ワークスペースをスキャンしています');
      assert.ok(client.progress.some((p) => p.message === '1 / 1 ファイル、検出 1 件'), JSON.stringify(client.progress));
    } finally {
      await client.stop();
    }
  });

  test('a rename (deletion + creation) moves the findings to the new name', async () => {
    const dir = project({ 'src/Api.kt': TRUST_ALL_KT });
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      await scanWorkspace(client);
      const before = uriOf(`${dir}/src/Api.kt`);
      const after = uriOf(`${dir}/src/net/HttpApi.kt`);
      await client.diagnosticsFor(before, (d) => d.length === 2, 'the findings before the rename');
      fs.mkdirSync(path.join(dir, 'src/net'));
      fs.renameSync(path.join(dir, 'src/Api.kt'), path.join(dir, 'src/net/HttpApi.kt'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: before, type: 3 }, { uri: after, type: 1 }] });
      await client.diagnosticsFor(after, (d) => d.length === 2, 'the findings under the new name');
      assert.deepEqual(client.diagnostics.get(before), []);
    } finally {
      await client.stop();
    }
  });

  test('a branch switch (hundreds of changes at once) is read again as one batch, with the scan policy', async () => {
    const count = 200;
    const files: Record<string, string> = { '.gitignore': 'generated/\n' };
    for (let i = 0; i < count; i++) files[`src/F${i}.kt`] = CLEARTEXT_KT;
    const dir = project(files);
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const summary = await scanWorkspace(client);
      assert.equal(summary.findings, count);
      await client.until(() => [...client.diagnostics.values()].filter((d) => d.length === 1).length === count, 'every finding');
      // The checkout: half the files fixed, a quarter deleted, and new files, some of which
      // the scan leaves out (test code, a .gitignore'd folder).
      const changes: { uri: string; type: number }[] = [];
      for (let i = 0; i < count / 2; i++) {
        fs.writeFileSync(path.join(dir, `src/F${i}.kt`), CLEAN_KT);
        changes.push({ uri: uriOf(`${dir}/src/F${i}.kt`), type: 2 });
      }
      for (let i = count / 2; i < (3 * count) / 4; i++) {
        fs.rmSync(path.join(dir, `src/F${i}.kt`));
        changes.push({ uri: uriOf(`${dir}/src/F${i}.kt`), type: 3 });
      }
      const created = ['src/New0.kt', 'src/New1.kt', 'src/test/NewTest.kt', 'generated/Gen.kt'];
      for (const rel of created) {
        fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, rel), TRUST_ALL_KT);
        changes.push({ uri: uriOf(`${dir}/${rel}`), type: 1 });
      }
      // A URI that names no local path (a file share) is passed over; it does not stop the batch.
      changes.push({ uri: 'file://fileserver/share/Remote.kt', type: 1 });
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
      const batch = await client.until(() => client.logs.find((l) => l.includes('changed files read again')), 'the batch');
      // One batch for the 100 changed and 2 created files the policy covers, not one read per event.
      assert.match(batch, /workspace scan: 102 changed files read again by \d worker thread\(s\) in \d+ ms, 4 findings/);
      await client.diagnosticsFor(uriOf(`${dir}/src/New1.kt`), (d) => d.length === 2, 'a created file');
      const counts = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => client.diagnostics.get(uriOf(`${dir}/src/F${from + k}.kt`))?.length);
      assert.ok(counts(0, count / 2).every((n) => n === 0), 'fixed files have no findings');
      assert.ok(counts(count / 2, (3 * count) / 4).every((n) => n === 0), 'deleted files have no findings');
      assert.ok(counts((3 * count) / 4, count).every((n) => n === 1), 'untouched files keep theirs');
      assert.equal(client.diagnostics.get(uriOf(`${dir}/src/test/NewTest.kt`)), undefined, 'test code is left out');
      assert.equal(client.diagnostics.get(uriOf(`${dir}/generated/Gen.kt`)), undefined, '.gitignore is honoured');
    } finally {
      await client.stop();
    }
  });
});
