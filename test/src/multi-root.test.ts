import assert from 'node:assert/strict';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { project, securecomm } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';
import { TRUST_ALL_KT } from './helpers/kotlin-fixtures';

const SEVERITY = ['', 'error', 'warning', 'note', 'hint'];
const summary = (d: Diagnostic[]) => d.map((x) => `${String(x.code)} ${SEVERITY[x.severity!]}`).sort();
const folderEvent = (added: string[], removed: string[]) => ({
  event: { added: added.map((f) => ({ uri: `file://${f}`, name: path.basename(f) })), removed: removed.map((f) => ({ uri: `file://${f}`, name: path.basename(f) })) },
});

describe('multi-root workspaces: each folder\'s own .securecomm.yml and baseline', () => {
  test('apply to its open files, the workspace scan and the export; folders added and removed while running are followed', async () => {
    const root = project({
      // app: cleartext URLs off; its trust manager is accepted debt (baseline, below).
      'app/.securecomm.yml': 'rules:\n  transport-cleartext-url: off\n',
      'app/src/Api.kt': TRUST_ALL_KT,
      // server: the trust manager only a warning; legacy/ excluded.
      'server/.securecomm.yml': 'rules:\n  tls-trust-all-certificates: warning\nexclude:\n  - legacy/\n',
      'server/src/Api.kt': TRUST_ALL_KT,
      'server/legacy/Old.kt': TRUST_ALL_KT,
      // tools: added later, with the trust-all rule off.
      'tools/.securecomm.yml': 'rules:\n  tls-trust-all-certificates: off\n',
      'tools/src/Api.kt': TRUST_ALL_KT,
    });
    const [app, server, tools] = ['app', 'server', 'tools'].map((f) => path.join(root, f)) as [string, string, string];
    assert.equal(securecomm(['baseline', 'create', '.'], app).code, 0);
    const client = await LspClient.start({ workspaceFolders: [app, server] });
    try {
      const uri = (file: string) => `file://${file}`;
      const scan = await client.connection.sendRequest('securecomm/scanWorkspace') as { files: number };
      assert.equal(scan.files, 2, 'server/legacy/ is excluded by server\'s config');
      assert.deepEqual(summary(await client.diagnosticsFor(uri(`${app}/src/Api.kt`), (d) => d.length === 1, 'app scanned')), ['tls-trust-all-certificates hint']);
      assert.deepEqual(summary(await client.diagnosticsFor(uri(`${server}/src/Api.kt`), (d) => d.length === 2, 'server scanned')),
        ['tls-trust-all-certificates warning', 'transport-cleartext-url warning']);

      const open = async (file: string, version: number, check: (d: Diagnostic[]) => boolean, what: string) => {
        await client.change(uri(file), version, [{ text: `${TRUST_ALL_KT}\n` }]);
        return summary(await client.diagnosticsFor(uri(file), check, what));
      };
      await client.open(uri(`${server}/legacy/Old.kt`), 'kotlin', TRUST_ALL_KT);
      assert.deepEqual(await open(`${server}/legacy/Old.kt`, 2, (d) => d.length === 0, 'an excluded file, open'), []);
      await client.open(uri(`${app}/src/Api.kt`), 'kotlin', TRUST_ALL_KT);
      assert.deepEqual(await open(`${app}/src/Api.kt`, 2, (d) => d.length === 1, 'app, open'), ['tls-trust-all-certificates hint']);

      // server leaves the workspace, tools joins.
      await client.connection.sendNotification('workspace/didChangeWorkspaceFolders', folderEvent([tools], [server]));
      await client.diagnosticsFor(uri(`${server}/src/Api.kt`), (d) => d.length === 0, 'the removed folder\'s scan findings gone');
      assert.deepEqual(summary(await client.diagnosticsFor(uri(`${server}/legacy/Old.kt`), (d) => d.length === 2, 'server\'s exclude no longer applies')),
        ['tls-trust-all-certificates error', 'transport-cleartext-url warning']);
      await client.open(uri(`${tools}/src/Api.kt`), 'kotlin', TRUST_ALL_KT);
      assert.deepEqual(await open(`${tools}/src/Api.kt`, 2, (d) => d.length === 1, 'tools, open'), ['transport-cleartext-url warning']);
      assert.deepEqual(summary(client.diagnostics.get(uri(`${app}/src/Api.kt`))!), ['tls-trust-all-certificates hint'], 'app keeps its own config');

      // The export names files relative to the folders' common parent, as `securecomm scan app tools` run there would.
      const exported = await client.connection.sendRequest('securecomm/exportFindings', { format: 'markdown' }) as { content: string };
      assert.match(exported.content, /`app\/src\/Api\.kt:6`/);
      assert.match(exported.content, /`tools\/src\/Api\.kt:9`/);
      assert.doesNotMatch(exported.content, /server\//);
    } finally {
      await client.stop();
    }
  });
});
