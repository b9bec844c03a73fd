import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { project, securecomm } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';
import { TRUST_ALL_KT } from './helpers/kotlin-fixtures';

// `securecomm/findings` over stdio, as the editor's findings view asks for it: the workspace
// scan's results, open files' latest analyses over them, suppressed and baselined findings.

const SUPPRESSED_KT = '// securecomm-ignore transport-cleartext-url -- local mock server\nconst val MOCK_URL = "http://mock.shop.io/"\n';
const CDN_KT = 'const val CDN_URL = "http://cdn.shop.io/"\n';

interface Item {
  uri: string; range: { start: { line: number } }; ruleId: string; title: string; category: string; severity: string; confidence: string;
  message: string; suppressed?: { reason: string }; baselined?: boolean; changed?: boolean; fix?: string; helpUri?: string;
}

/** Starts a client that counts `securecomm/findingsChanged` notifications. */
async function start(options: Parameters<typeof LspClient.start>[0]): Promise<{ client: LspClient; changes: () => number; findings: () => Promise<{ items: Item[]; scanned: boolean }> }> {
  const client = await LspClient.start(options);
  let changes = 0;
  client.connection.onNotification('securecomm/findingsChanged', () => { changes++; });
  return { client, changes: () => changes, findings: () => client.connection.sendRequest('securecomm/findings') };
}

async function poll(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** `file:line ruleId [suppressed|baselined]`, sorted: what a failure should show. */
function summary(items: Item[], dir: string): string[] {
  return items.map((i) => `${i.uri.replace(`file://${dir}/`, '')}:${i.range.start.line + 1} ${i.ruleId}${i.suppressed ? ' suppressed' : ''}${i.baselined ? ' baselined' : ''}`).sort();
}

describe('findings for the findings view (securecomm/findings)', () => {
  test('lists the scan\'s findings with suppressed and baselined ones marked; open files win over the scan; changes are announced, coalesced', async () => {
    const dir = project({ 'src/Api.kt': TRUST_ALL_KT });
    assert.equal(securecomm(['baseline', 'create', dir], dir).code, 0); // accepts Api.kt's two findings
    const files: Record<string, string> = { 'src/Mock.kt': SUPPRESSED_KT };
    for (let i = 0; i < 10; i++) files[`src/cdn/Cdn${i}.kt`] = CDN_KT;
    for (const [rel, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const { client, changes, findings } = await start({ workspaceFolder: dir });
    try {
      assert.deepEqual(await findings(), { items: [], scanned: false }, 'nothing before a scan or an open file');
      await client.connection.sendRequest('securecomm/scanWorkspace');
      await client.until(() => changes() > 0, 'a findingsChanged notification after the scan');
      await new Promise((r) => setTimeout(r, 400)); // the last coalesced notification
      const afterScan = changes();
      assert.ok(afterScan < 10, `${afterScan} notifications for a scan that changed 12 files: coalesced, not one per file`);

      const scanned = await findings();
      assert.equal(scanned.scanned, true);
      assert.deepEqual(summary(scanned.items, dir), [
        'src/Api.kt:6 tls-trust-all-certificates baselined',
        'src/Api.kt:9 transport-cleartext-url baselined',
        'src/Mock.kt:2 transport-cleartext-url suppressed',
        ...Array.from({ length: 10 }, (_, i) => `src/cdn/Cdn${i}.kt:1 transport-cleartext-url`),
      ]);
      const trust = scanned.items.find((i) => i.ruleId === 'tls-trust-all-certificates')!;
      assert.deepEqual([trust.title, trust.category, trust.severity, trust.confidence], ['Server certificates are accepted without validation', 'tls', 'error', 'high']);
      assert.match(trust.message, /certificate/);
      assert.match(trust.helpUri!, /^https:\/\//);
      assert.equal(trust.changed, undefined, 'not known without review mode');
      const mock = scanned.items.find((i) => i.uri.endsWith('/Mock.kt'))!;
      assert.deepEqual([mock.category, mock.suppressed], ['transport', { reason: 'local mock server' }]);
      const cdn = scanned.items.find((i) => i.uri.endsWith('/Cdn0.kt'))!;
      assert.equal(cdn.baselined, undefined);
      assert.match(cdn.fix!, /https/, 'the fix the rule offers');

      // Open and edit a file: its buffer's findings replace the scan's, even before saving.
      const uri = `file://${dir}/src/cdn/Cdn0.kt`;
      const edited = `${CDN_KT}const val IMG_URL = "http://img.shop.io/"\n`;
      let seen = changes();
      await client.open(uri, 'kotlin', edited);
      await client.until(() => changes() > seen, 'a notification after the open file\'s analysis');
      assert.equal((await findings()).items.filter((i) => i.uri === uri).length, 2);
      seen = changes();
      await client.change(uri, 2, [{ text: 'const val CDN_URL = "https://cdn.shop.io/"\n' }]);
      await client.until(() => changes() > seen, 'a notification after the edit');
      assert.equal((await findings()).items.filter((i) => i.uri === uri).length, 0);
      // Closed without saving: the file on disk counts again.
      await client.close(uri);
      await poll(async () => (await findings()).items.filter((i) => i.uri === uri).length === 1, 'the file on disk\'s finding after closing');

      // The baseline goes: its findings are no longer dimmed.
      seen = changes();
      fs.rmSync(path.join(dir, '.securecomm', 'baseline.json'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/.securecomm/baseline.json`, type: 3 }] });
      await client.until(() => changes() > seen, 'a notification after the baseline changed');
      assert.equal((await findings()).items.filter((i) => i.baselined).length, 0);
    } finally {
      await client.stop();
    }
  });

  test('open files are listed without a scan, in the editor\'s language', async () => {
    const dir = project({});
    const { client, changes, findings } = await start({ workspaceFolder: dir, locale: 'ja' });
    try {
      const uri = `file://${dir}/Api.kt`;
      await client.open(uri, 'kotlin', TRUST_ALL_KT);
      await client.until(() => changes() > 0, 'a notification after the analysis');
      const result = await findings();
      assert.equal(result.scanned, false);
      const trust = result.items.find((i) => i.ruleId === 'tls-trust-all-certificates')!;
      assert.equal(trust.title, 'サーバー証明書を検証せずに受け入れている');
      assert.match(trust.message, /[ぁ-んァ-ン]/);
      await client.close(uri);
      await poll(async () => (await findings()).items.length === 0, 'no finding once the file is closed (no scan keeps it)');
    } finally {
      await client.stop();
    }
  });
});
