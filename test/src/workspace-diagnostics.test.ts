import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { CancellationTokenSource, type CancellationToken, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { project } from './helpers/cli';
import { git, gitRepo, write } from './helpers/git-repo';
import { LspClient } from './helpers/lsp-client';

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
const CHANGED = 2;
const DELETED = 3;

/**
 * Holds workspace diagnostics as vscode-languageclient does: each file's last full report and
 * its result id, sent back with the next pull.
 */
class WorkspacePuller {
  readonly held = new Map<string, { resultId?: string; items: Diagnostic[] }>();

  constructor(private readonly client: LspClient) {}

  /** One pull; returns the files the answer reported. */
  async pull(token?: CancellationToken): Promise<string[]> {
    const previous = [...this.held].flatMap(([uri, s]) => (s.resultId ? [{ uri, value: s.resultId }] : []));
    const report = await this.client.workspaceDiagnostics(previous, token);
    for (const r of report.items) if (r.kind === 'full') this.held.set(r.uri, { resultId: r.resultId, items: r.items });
    return report.items.map((r) => r.uri);
  }

  /** Pulls until `check` holds; each pull answers as soon as something changed. */
  async until(check: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await this.pull(cancelledAfter(deadline - Date.now()));
    }
  }

  itemsOf(uri: string): Diagnostic[] | undefined {
    return this.held.get(uri)?.items;
  }
}

function cancelledAfter(ms: number): CancellationToken {
  const source = new CancellationTokenSource();
  setTimeout(() => source.cancel(), ms).unref();
  return source.token;
}

function scanWorkspace(client: LspClient): Promise<unknown> {
  return client.connection.sendRequest('securecomm/scanWorkspace');
}

/** A project of three Kotlin files: one finding, two findings, none. */
function shop(): { dir: string; cleartext: string; trustAll: string; clean: string } {
  const dir = project({ 'src/Cleartext.kt': CLEARTEXT_KT, 'src/TrustAll.kt': TRUST_ALL_KT, 'src/Clean.kt': CLEAN_KT });
  const uri = (name: string) => `file://${dir}/src/${name}`;
  return { dir, cleartext: uri('Cleartext.kt'), trustAll: uri('TrustAll.kt'), clean: uri('Clean.kt') };
}

async function scannedAndPulled(client: LspClient, files: ReturnType<typeof shop>): Promise<WorkspacePuller> {
  const puller = new WorkspacePuller(client);
  const first = puller.pull(cancelledAfter(15_000)); // the editor pulls from the start: held, nothing is known yet
  await scanWorkspace(client);
  await first;
  await puller.until(() => puller.itemsOf(files.cleartext)?.length === 1 && puller.itemsOf(files.trustAll)?.length === 2, 'both files\' findings');
  return puller;
}

describe('workspace diagnostics for an editor that pulls them (LSP over stdio)', () => {
  test('after a scan the closed files\' findings are pulled, not pushed; a pull with nothing new is held until a file changes on disk', async () => {
    const files = shop();
    const client = await LspClient.start({ workspaceFolder: files.dir, pull: true });
    try {
      const puller = await scannedAndPulled(client, files);
      assert.equal(puller.itemsOf(files.cleartext)?.[0]?.code, 'transport-cleartext-url');
      assert.ok(puller.itemsOf(files.trustAll)?.some((d) => d.code === 'tls-trust-all-certificates'));
      assert.equal(puller.held.has(files.clean), false, 'a clean file is not reported');
      assert.equal(client.diagnostics.get(files.cleartext), undefined, 'nothing pushed: it would show twice');
      assert.equal(client.diagnostics.get(files.trustAll), undefined);

      let answered: number | undefined;
      const t0 = Date.now();
      const next = puller.pull(cancelledAfter(15_000)).then((uris) => { answered = Date.now() - t0; return uris; });
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(answered, undefined, 'nothing changed: the pull is held instead of repeating the files');
      write(files.dir, 'src/Cleartext.kt', CLEAN_KT);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: files.cleartext, type: CHANGED }] });
      assert.deepEqual(await next, [files.cleartext], 'only the file that changed, in full');
      assert.deepEqual(puller.itemsOf(files.cleartext), []);
      assert.equal(puller.itemsOf(files.trustAll)?.length, 2, 'the other file keeps what it had');
    } finally {
      await client.stop();
    }
  });

  test('an open file: the workspace report follows its editor text, with the document pull\'s result id; closed, it has the file\'s findings from disk', async () => {
    const files = shop();
    const client = await LspClient.start({ workspaceFolder: files.dir, pull: true });
    try {
      const puller = await scannedAndPulled(client, files);
      await client.open(files.trustAll, 'kotlin', CLEAN_KT); // edited, not saved
      const pulled = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri: files.trustAll } }) as { kind: string; resultId?: string; items: Diagnostic[] };
      assert.deepEqual([pulled.kind, pulled.items], ['full', []]);
      assert.ok(pulled.resultId, 'a result id the workspace pull shares');

      // vscode-languageclient sends the document's result id for an open file: nothing to repeat.
      const asClient = new WorkspacePuller(client);
      for (const [uri, state] of puller.held) asClient.held.set(uri, state);
      asClient.held.set(files.trustAll, { resultId: pulled.resultId, items: [] });
      assert.deepEqual(await asClient.pull(cancelledAfter(500)), [], 'held until cancelled: the document pull said it all');
      // Without it (the tab was closed, the document is still open): the editor's text, not the disk's.
      assert.deepEqual(await puller.pull(cancelledAfter(15_000)), [files.trustAll]);
      assert.deepEqual(puller.itemsOf(files.trustAll), []);

      await client.close(files.trustAll);
      await puller.until(() => puller.itemsOf(files.trustAll)?.length === 2, 'the findings read from disk again');
      assert.equal(client.diagnostics.get(files.trustAll), undefined, 'still not pushed');
    } finally {
      await client.stop();
    }
  });

  test('a deleted file is reported once with no diagnostics, then no more', async () => {
    const files = shop();
    const client = await LspClient.start({ workspaceFolder: files.dir, pull: true });
    try {
      const puller = await scannedAndPulled(client, files);
      fs.rmSync(path.join(files.dir, 'src/Cleartext.kt'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: files.cleartext, type: DELETED }] });
      assert.deepEqual(await puller.pull(cancelledAfter(15_000)), [files.cleartext]);
      assert.deepEqual(puller.itemsOf(files.cleartext), []);
      const acknowledged = puller.pull(cancelledAfter(15_000));
      write(files.dir, 'src/TrustAll.kt', CLEARTEXT_KT);
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: files.trustAll, type: CHANGED }] });
      assert.deepEqual(await acknowledged, [files.trustAll], 'the deleted file is not reported again');
      puller.held.delete(files.cleartext); // even when the client forgets it
      const later = puller.pull(cancelledAfter(500));
      assert.deepEqual(await later, []);
    } finally {
      await client.stop();
    }
  });

  test('an editor that pulled nothing yet got the scan pushed: its first workspace pull clears that, so nothing shows twice', async () => {
    const files = shop();
    const client = await LspClient.start({ workspaceFolder: files.dir, pull: true });
    try {
      await scanWorkspace(client);
      await client.diagnosticsFor(files.cleartext, (d) => d.length === 1, 'pushed while the editor did not pull the workspace');
      const puller = new WorkspacePuller(client);
      await puller.until(() => puller.itemsOf(files.cleartext)?.length === 1, 'the pulled finding');
      await client.diagnosticsFor(files.cleartext, (d) => d.length === 0, 'the pushed finding cleared');
      await client.diagnosticsFor(files.trustAll, (d) => d.length === 0, 'the pushed findings cleared');
    } finally {
      await client.stop();
    }
  });
});

const OLD_URL = `export const API_BASE_URL = "http://api.weather-app.io/v1";\n`;
const NEW_URL = `export const UPLOAD_URL = "http://upload.weather-app.io/v1";\n`;
const REVIEW_ON = { review: { enabled: true, base: '' } };
const severities = (d: Diagnostic[] | undefined) => [...(d ?? [])].sort((a, b) => a.range.start.line - b.range.start.line).map((x) => x.severity);

/** A branch whose closed api.ts had one cleartext URL at the base and gained a second one. */
function branchWithChange(): { dir: string; uri: string } {
  const dir = gitRepo({ 'src/api.ts': OLD_URL });
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, 'src/api.ts', OLD_URL + NEW_URL);
  git(dir, 'commit', '-q', '-am', 'upload');
  return { dir, uri: `file://${dir}/src/api.ts` };
}

describe('closed files in review mode, as open ones: a finding outside the change is a hint', () => {
  test('pushed', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir, settings: REVIEW_ON });
    try {
      await scanWorkspace(client);
      const diags = await client.diagnosticsFor(uri, (d) => d.length === 2, 'both findings');
      assert.deepEqual(severities(diags), [4, 2]);
      assert.match(String(diags.find((d) => d.severity === 4)?.message), /^\(outside the change\) /);
    } finally {
      await client.stop();
    }
  });

  test('pushed again when review mode is turned on after the scan', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      await scanWorkspace(client);
      assert.deepEqual(severities(await client.diagnosticsFor(uri, (d) => d.length === 2, 'both findings')), [2, 2]);
      client.settings = REVIEW_ON;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      assert.deepEqual(severities(await client.diagnosticsFor(uri, (d) => d.some((x) => x.severity === 4), 'a hint')), [4, 2]);
    } finally {
      await client.stop();
    }
  });

  test('pulled again when review mode is turned on after the scan', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir, pull: true });
    try {
      const puller = new WorkspacePuller(client);
      const first = puller.pull(cancelledAfter(15_000));
      await scanWorkspace(client);
      await first;
      await puller.until(() => puller.itemsOf(uri)?.length === 2, 'both findings');
      assert.deepEqual(severities(puller.itemsOf(uri)), [2, 2]);
      client.settings = REVIEW_ON;
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
      await puller.until(() => puller.itemsOf(uri)?.some((d) => d.severity === 4) === true, 'a hint');
      assert.deepEqual(severities(puller.itemsOf(uri)), [4, 2]);
    } finally {
      await client.stop();
    }
  });

  test('pulled', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir, pull: true, settings: REVIEW_ON });
    try {
      const puller = new WorkspacePuller(client);
      const first = puller.pull(cancelledAfter(15_000));
      await scanWorkspace(client);
      await first;
      await puller.until(() => puller.itemsOf(uri)?.length === 2, 'both findings');
      assert.deepEqual(severities(puller.itemsOf(uri)), [4, 2]);
    } finally {
      await client.stop();
    }
  });
});
