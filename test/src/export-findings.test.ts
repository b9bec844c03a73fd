import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { commonDirectory } from '../../server/out/lsp/export-findings';
import { project, securecomm } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';
import { FAULTY_WORKER, TRUST_ALL_KT } from './helpers/kotlin-fixtures';


/** Findings of several kinds, a suppressed one, left-out test code, a skipped binary file and a rule off in the config. */
const WORKSPACE = {
  '.securecomm.yml': 'rules:\n  auth-token-in-logs: off\n',
  'src/Api.kt': TRUST_ALL_KT,
  'src/lab.ts': '// securecomm-ignore transport-cleartext-url -- lab device, no TLS stack\nfetch("http://status.shop.io/lab");\nconsole.log("token", token);\n',
  'src/test/ApiTest.kt': TRUST_ALL_KT,
  'src/Blob.java': Buffer.from([0x63, 0x6c, 0x61, 0x73, 0x73, 0x00, 0x00]),
  'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:usesCleartextTraffic="true"/>\n</manifest>\n',
};

interface Exported { content: string; files: number; findings: number }


describe('export findings (securecomm/exportFindings)', () => {
  test('runs the workspace scan first when there was none, and writes what `securecomm scan --format X` writes', async () => {
    const dir = project(WORKSPACE);
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      for (const format of ['sarif', 'markdown', 'html'] as const) {
        const exported = await client.connection.sendRequest('securecomm/exportFindings', { format }) as Exported;
        const cli = securecomm(['scan', '.', '--format', format, '--no-progress'], dir);
        assert.equal(cli.code, 1, cli.stderr);
        assert.equal(exported.content, cli.stdout, `${format} differs from the CLI's`);
        assert.deepEqual([exported.files, exported.findings], [3, 3]);
      }
      assert.equal(client.progress.filter((p) => p.kind === 'begin').length, 1, 'one workspace scan, before the first export only');
      assert.match((await client.connection.sendRequest('securecomm/exportFindings', { format: 'markdown' }) as Exported).content,
        /1 suppressed; 1 skipped\./);
    } finally {
      await client.stop();
    }
  });

  test('an open document\'s unsaved findings take the place of the scanned ones, also right after an edit', async () => {
    const dir = project(WORKSPACE);
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const uri = `file://${dir}/src/Api.kt`;
      await client.open(uri, 'kotlin', TRUST_ALL_KT);
      await client.change(uri, 2, [{ text: TRUST_ALL_KT.replace('"http://api.shop.io/"', '"https://api.shop.io/"') }]);
      // Exported at once: the edit's debounced analysis has not run yet, the export runs it.
      const exported = await client.connection.sendRequest('securecomm/exportFindings', { format: 'sarif' }) as Exported;
      const sarif = JSON.parse(exported.content) as { runs: { results: { ruleId: string }[] }[] };
      assert.deepEqual(sarif.runs[0]!.results.map((r) => r.ruleId).sort(),
        ['tls-trust-all-certificates', 'transport-cleartext-permitted', 'transport-cleartext-url'], 'the suppressed lab URL stays, the edited one is gone');
      assert.equal(exported.findings, 2);
    } finally {
      await client.stop();
    }
  });

  test('a format it does not write is a clear error, and the server keeps running', async () => {
    const client = await LspClient.start({ workspaceFolder: project({ 'a.ts': 'export const x = 1;\n' }) });
    try {
      await assert.rejects(client.connection.sendRequest('securecomm/exportFindings', { format: 'pdf' }), /format must be one of html, markdown, sarif \(got "pdf"\)/);
      await assert.rejects(client.connection.sendRequest('securecomm/exportFindings', null), /format must be one of/);
      const exported = await client.connection.sendRequest('securecomm/exportFindings', { format: 'markdown' }) as Exported;
      assert.deepEqual([exported.files, exported.findings], [1, 0]);
    } finally {
      await client.stop();
    }
  });

  test('several workspace folders: paths are relative to their common parent', () => {
    assert.equal(commonDirectory(['/w/app', '/w/server']), '/w');
    assert.equal(commonDirectory(['/w/app', '/w/app/lib']), '/w/app');
    assert.equal(commonDirectory(['/w/app', '/w/apps']), '/w');
    assert.equal(commonDirectory(['/a/x', '/b/y']), '/');
    assert.equal(commonDirectory(['/w/app']), '/w/app');
  });

  test('a file the scan could not analyse is reported skipped with its reason, and an export during a scan waits for it', async () => {
    const dir = project({ ...WORKSPACE, 'src/crash-Api.kt': TRUST_ALL_KT });
    const client = await LspClient.start({ workspaceFolder: dir, env: { SECURECOMM_SCAN_WORKER: FAULTY_WORKER } });
    try {
      // The scan starts first; the export, sent right after it, must not report a half-scanned workspace.
      const scan = client.connection.sendRequest('securecomm/scanWorkspace');
      const exported = await client.connection.sendRequest('securecomm/exportFindings', { format: 'sarif' }) as Exported;
      await scan;
      assert.equal(client.progress.filter((p) => p.kind === 'begin').length, 1, 'the export joined the running scan');
      assert.deepEqual([exported.files, exported.findings], [3, 3], 'every analysed file and finding, the crashed file left out');
      const sarif = JSON.parse(exported.content) as { runs: { invocations: { toolExecutionNotifications?: { message: { text: string }; locations?: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] }[] };
      const notes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications ?? [];
      const crashed = notes.find((n) => n.locations?.some((l) => l.physicalLocation.artifactLocation.uri.endsWith('crash-Api.kt')));
      assert.ok(crashed, `a notification for the crashed file: ${JSON.stringify(notes)}`);
      assert.match(crashed.message.text, /worker|crash/i);
    } finally {
      await client.stop();
    }
  });
});
