import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AnalysisScheduler } from '../../server/out/lsp/scheduler';
import { project, securecomm } from './helpers/cli';
import { REPO } from './helpers/engine';
import { applyLspEdits, LspClient } from './helpers/lsp-client';
import { TRUST_ALL_KT } from './helpers/kotlin-fixtures';

const DEMO = path.join(REPO, 'demo');
const KOTLIN_FILE = path.join(DEMO, 'android/app/src/main/java/com/demo/shop/ApiClient.kt');
const DOCS: [string, string, string][] = [
  ['kotlin', KOTLIN_FILE, 'tls-trust-all-certificates'],
  ['java', path.join(DEMO, 'android/app/src/main/java/com/demo/shop/CheckoutActivity.java'), 'tls-webview-ssl-error-proceed'],
  ['swift', path.join(DEMO, 'ios/Shop/NetworkManager.swift'), 'tls-trust-all-certificates'],
  ['typescript', path.join(DEMO, 'server/src/proxy.ts'), 'tls-reject-unauthorized-env'],
];
const uriOf = (file: string) => `file://${file}`;

describe('language server over stdio (push diagnostics, English)', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start({ locale: 'en', workspaceFolder: DEMO }); });
  after(() => client.stop());

  for (const [languageId, file, ruleId] of DOCS) {
    test(`${languageId}: diagnostics arrive with code, source, docs link and fix data`, async () => {
      await client.open(uriOf(file), languageId, fs.readFileSync(file, 'utf8'));
      const diags = await client.diagnosticsFor(uriOf(file), (d) => d.some((x) => x.code === ruleId), `${ruleId} in ${languageId}`);
      const d = diags.find((x) => x.code === ruleId)!;
      assert.equal(d.source, 'securecomm');
      assert.match(d.codeDescription!.href, new RegExp(`/server/rules/${ruleId}/docs/en\\.md$`));
      assert.equal((d.data as { ruleId: string }).ruleId, ruleId);
      assert.ok(d.severity === 1 || d.severity === 2);
    });
  }

  test('incremental edits move a finding, and fixing the code removes it', async () => {
    const uri = 'file:///virtual/Api.kt';
    await client.open(uri, 'kotlin', TRUST_ALL_KT);
    const first = await client.diagnosticsFor(uri, (d) => d.length === 2, 'two findings');
    const trustLine = first.find((d) => d.code === 'tls-trust-all-certificates')!.range.start.line;
    await client.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// header\n// more\n' }]);
    await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'tls-trust-all-certificates' && x.range.start.line === trustLine + 2), 'the finding two lines lower');
    // Make checkServerTrusted delegate: the trust-all finding must go, the URL one stay.
    const bodyLine = trustLine + 2;
    const lineText = `${'// header\n// more\n'}${TRUST_ALL_KT}`.split('\n')[bodyLine]!;
    const braces = lineText.lastIndexOf('{}');
    await client.change(uri, 3, [{ range: { start: { line: bodyLine, character: braces }, end: { line: bodyLine, character: braces + 2 } }, text: '{ platformTrust.checkServerTrusted(chain, authType) }' }]);
    const after = await client.diagnosticsFor(uri, (d) => d.length === 1, 'only the URL finding left');
    assert.equal(after[0]!.code, 'transport-cleartext-url');
  });

  test('hover explains the finding in English with a Kotlin fix', async () => {
    const uri = uriOf(KOTLIN_FILE);
    const d = (await client.diagnosticsFor(uri, (x) => x.length > 0, 'kotlin findings')).find((x) => x.code === 'tls-trust-all-certificates')!;
    const hover = await client.hover(uri, d.range.start.line, d.range.start.character + 1);
    const text = (hover!.contents as { value: string }).value;
    // Short enough to read at the line (the whole rule page was 3,371 characters for this rule):
    // the message, why in two sentences, the Kotlin fix, a link to the page.
    assert.ok(text.startsWith('**'), text.slice(0, 80));
    assert.ok(text.includes(d.message as string), 'the finding\'s message');
    assert.match(text, /\*\*Fix in Kotlin:\*\*/);
    assert.match(text, /```kotlin/);
    assert.doesNotMatch(text, /```(swift|java|typescript)/, 'only the fix for this language');
    assert.doesNotMatch(text, /####/, 'no section headings: not the whole document');
    assert.match(text, /\[Full guidance\]\(file:\/\/.*tls-trust-all-certificates\/docs\/en\.md\)/);
    assert.match(text, /CWE-295/);
    const ruleDoc = fs.readFileSync(path.join(REPO, 'server/rules/tls-trust-all-certificates/docs/en.md'), 'utf8');
    assert.ok(text.length < ruleDoc.length / 2, `${text.length} characters against the page's ${ruleDoc.length}`);
    assert.equal(await client.hover(uri, 0, 0), null, 'no hover away from findings');
  });

  test('the quick fix applies, re-analysis clears the finding', async () => {
    const uri = 'file:///virtual/urls.ts';
    let text = 'export const API_URL = "http://api.shop.io/v1";\n';
    await client.open(uri, 'typescript', text);
    const [d] = await client.diagnosticsFor(uri, (x) => x.length === 1, 'cleartext finding');
    const actions = await client.codeActions(uri, d!.range, [d!]);
    assert.deepEqual(actions.map((a) => a.title), [
      'Use the encrypted scheme (https:// / wss://)', 'Suppress transport-cleartext-url on this line',
      'Suppress transport-cleartext-url in this file', 'Show documentation for transport-cleartext-url',
    ]);
    // In this file: a marker at the top silences every finding of the rule, the reason kept.
    const inFile = actions.find((a) => a.title.endsWith('in this file'))!;
    const suppressed = applyLspEdits(text, inFile.edit!.changes![uri]!);
    assert.equal(suppressed.split('\n')[0], '// securecomm-ignore-file transport-cleartext-url -- <reason>');
    const fix = actions[0]!;
    assert.equal(fix.isPreferred, false, 'changing the scheme needs a server that speaks TLS: not auto-applied');
    text = applyLspEdits(text, fix.edit!.changes![uri]!);
    assert.equal(text, 'export const API_URL = "https://api.shop.io/v1";\n');
    await client.change(uri, 2, [{ text }]);
    await client.diagnosticsFor(uri, (x) => x.length === 0, 'no findings after the fix');
  });

  test('"Suppress" inserts a comment with a reason placeholder and silences the finding', async () => {
    const uri = 'file:///virtual/Suppress.kt';
    let text = TRUST_ALL_KT;
    await client.open(uri, 'kotlin', text);
    const diags = await client.diagnosticsFor(uri, (x) => x.length === 2, 'two findings');
    const d = diags.find((x) => x.code === 'tls-trust-all-certificates')!;
    const suppress = (await client.codeActions(uri, d.range, [d])).find((a) => a.title.startsWith('Suppress'))!;
    text = applyLspEdits(text, suppress.edit!.changes![uri]!);
    assert.match(text.split('\n')[d.range.start.line]!, /^ {4}\/\/ securecomm-ignore tls-trust-all-certificates -- <reason>$/);
    await client.change(uri, 2, [{ text }]);
    const left = await client.diagnosticsFor(uri, (x) => x.length === 1, 'the suppressed finding gone');
    assert.equal(left[0]!.code, 'transport-cleartext-url');
  });

  test('a suppression that silences nothing is shown faded, as a hint to remove it', async () => {
    const uri = 'file:///virtual/stale.ts';
    const text = '// securecomm-ignore tls-trust-all-certificates -- old test agent\nexport const x = 1;\n';
    await client.open(uri, 'typescript', text);
    const [hint] = await client.diagnosticsFor(uri, (x) => x.length === 1, 'the unused-suppression hint');
    assert.equal(hint!.code, 'unused-suppression');
    assert.equal(hint!.severity, 4);
    assert.deepEqual(hint!.tags, [1]);
    assert.deepEqual([hint!.range.start.line, hint!.range.end.character], [0, text.indexOf('\n')]);
    assert.match(String(hint!.message), /suppression of tls-trust-all-certificates silences nothing/);
  });

  test('fix-all applies only safe fixes', async () => {
    const uri = 'file:///virtual/agent.ts';
    const text = 'const a = new https.Agent({ rejectUnauthorized: false, minVersion: "TLSv1" });\nconst API_URL = "http://x.shop.io";\n';
    await client.open(uri, 'typescript', text);
    await client.diagnosticsFor(uri, (x) => x.length === 3, 'three findings');
    const [fixAll] = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    // "Source Action…" asks for `source`: fix-all is listed there too.
    const fromSourceMenu = await client.codeActions(uri, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source']);
    assert.deepEqual(fromSourceMenu.map((a) => a.kind), ['source.fixAll.securecomm']);
    const fixed = applyLspEdits(text, fixAll!.edit!.changes![uri]!);
    assert.equal(fixed, 'const a = new https.Agent({ rejectUnauthorized: true, minVersion: "TLSv1.2" });\nconst API_URL = "http://x.shop.io";\n');
  });

  test('config files: a network security config names its manifest; fix-all in an Info.plist; no comment suppression in strict JSON', async () => {
    const nsc = path.join(DEMO, 'android/app/src/main/res/xml/network_security_config.xml');
    await client.open(uriOf(nsc), 'xml', fs.readFileSync(nsc, 'utf8'));
    const nscDiags = await client.diagnosticsFor(uriOf(nsc), (d) => d.some((x) => x.code === 'transport-user-trust-anchors'), 'the user CA finding');
    const related = nscDiags.find((x) => x.code === 'transport-user-trust-anchors')!.relatedInformation ?? [];
    assert.deepEqual(related.map((r) => r.location.uri), [uriOf(path.join(DEMO, 'android/app/src/main/AndroidManifest.xml'))]);

    const plist = 'file:///virtual/ios/App/Info.plist';
    const plistText = '<plist><dict>\n<key>NSAppTransportSecurity</key>\n<dict>\n<key>NSAllowsArbitraryLoads</key>\n<true/>\n</dict>\n</dict></plist>\n';
    await client.open(plist, 'xml', plistText);
    await client.diagnosticsFor(plist, (d) => d.some((x) => x.code === 'transport-ats-arbitrary-loads'), 'the ATS finding');
    const [fixAll] = await client.codeActions(plist, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, [], ['source.fixAll']);
    assert.equal(applyLspEdits(plistText, fixAll!.edit!.changes![plist]!), plistText.replace('<true/>', '<false/>'));

    const json = 'file:///virtual/capacitor.config.json';
    const jsonText = '{\n  "server": { "cleartext": true }\n}\n';
    await client.open(json, 'json', jsonText);
    const jd = (await client.diagnosticsFor(json, (d) => d.length === 1, 'the Capacitor finding'))[0]!;
    const titles = (await client.codeActions(json, jd.range, [jd])).map((a) => a.title);
    assert.ok(titles.some((t) => /cleartext/i.test(t)), titles.join(' | '));
    assert.ok(!titles.some((t) => t.startsWith('Suppress')), 'capacitor.config.json is strict JSON: no comment can be added');
  });

  test('a finding whose value comes from elsewhere in the file points there (relatedInformation)', async () => {
    const uri = 'file:///virtual/agent-split.ts';
    const text = "import https from 'node:https';\nconst verify = false;\n\nexport const agent = new https.Agent({ rejectUnauthorized: verify });\n";
    await client.open(uri, 'typescript', text);
    const [d] = await client.diagnosticsFor(uri, (x) => x.some((y) => y.code === 'tls-trust-all-certificates'), 'trust-all through a constant');
    assert.equal(d!.range.start.line, 3, 'the finding sits where the option is set');
    assert.deepEqual(d!.relatedInformation?.map((r) => [r.location.uri, r.location.range.start.line, r.message]), [[uri, 1, 'the value comes from here']]);
  });

  test('"Show documentation" asks the editor to open the guidance page', async () => {
    await client.connection.sendRequest('workspace/executeCommand', { command: 'securecomm.showDocumentation', arguments: ['tls-weak-protocol-version'] });
    const shown = await client.until(() => client.shownDocuments.at(-1), 'window/showDocument');
    assert.match(shown, /\/server\/rules\/tls-weak-protocol-version\/docs\/en\.md$/);
  });

  test('settings turn a rule off and change severities without a restart', async () => {
    const uri = 'file:///virtual/settings.kt';
    await client.open(uri, 'kotlin', TRUST_ALL_KT);
    await client.diagnosticsFor(uri, (x) => x.length === 2, 'two findings');
    client.settings = { enable: true, rules: { 'transport-cleartext-url': 'off', 'tls-trust-all-certificates': 'warning' } };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    const after = await client.diagnosticsFor(uri, (x) => x.length === 1 && x[0]!.severity === 2, 'URL rule off, trust-all a warning');
    assert.equal(after[0]!.code, 'tls-trust-all-certificates');
    client.settings = {};
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: {} });
    await client.diagnosticsFor(uri, (x) => x.length === 2, 'back to defaults');
  });

  test('the output channel starts with the version, the rules, the locale and where the configuration comes from', async () => {
    const version = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version as string;
    const ruleCount = fs.readdirSync(path.join(REPO, 'server', 'rules')).filter((d) => fs.existsSync(path.join(REPO, 'server', 'rules', d, 'rule.yaml'))).length;
    const start = client.logs.find((l) => l.startsWith('SecureComm Review'));
    assert.ok(start, client.logs.slice(0, 5).join(' | '));
    assert.ok(start.includes(`SecureComm Review ${version}`) && start.includes(`${ruleCount} rules`) && start.includes('locale en'), start);
    assert.ok(client.logs.some((l) => l.startsWith('configuration: editor settings (securecomm.*)')), 'configuration sources');
  });

  test('bad input never takes the server down', async () => {
    const nasty: [string, string][] = [
      ['file:///virtual/binary.ts', '\u0000\u0001\u0002'.repeat(1000)],
      ['file:///virtual/half.kt', 'object : X509TrustManager { override fun checkServerTrusted('],
      ['file:///virtual/deep.ts', `const x = ${'['.repeat(5000)}${']'.repeat(5000)}; const apiUrl = "http://a.shop.io";`],
      ['file:///virtual/huge.ts', `// ${'x'.repeat(3 * 1024 * 1024)}\nconst apiUrl = "http://a.shop.io";`],
    ];
    for (const [uri, text] of nasty) await client.open(uri, uri.endsWith('.kt') ? 'kotlin' : 'typescript', text);
    for (const [uri] of nasty) await client.diagnosticsFor(uri, () => true, `diagnostics for ${uri}`);
    assert.equal((client.diagnostics.get('file:///virtual/huge.ts') ?? []).length, 0, 'over 2 MB: not analysed');
    const hover = await client.hover(uriOf(KOTLIN_FILE), 0, 0);
    assert.equal(hover, null, 'still answering');
  });
});

describe('language server in Japanese, with pull diagnostics', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start({ locale: 'ja', pull: true }); });
  after(() => client.stop());

  test('diagnostics are pulled and messages, hover and actions are Japanese', async () => {
    const uri = 'file:///virtual/ja.kt';
    await client.open(uri, 'kotlin', TRUST_ALL_KT);
    const report = await client.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: { code: string; message: string; range: any }[] };
    assert.equal(report.kind, 'full');
    assert.equal(report.items.length, 2);
    const d = report.items.find((x) => x.code === 'tls-trust-all-certificates')!;
    assert.match(d.message, /サーバー証明書/);
    const hover = await client.hover(uri, d.range.start.line, d.range.start.character + 1);
    const text = (hover!.contents as { value: string }).value;
    assert.ok(text.includes(d.message as string), '日本語のメッセージ');
    assert.match(text, /\*\*修正例（Kotlin）:\*\*/);
    assert.match(text, /\[詳しい解説\]\(file:.*\/docs\/ja\.md\)/);
    const actions = await client.codeActions(uri, d.range, []);
    assert.ok(actions.some((a) => a.title === 'この行の tls-trust-all-certificates を抑制'));
    assert.equal(client.diagnostics.size, 0, 'nothing pushed when the client pulls');
  });
});

describe('.securecomm.yml in a workspace folder', () => {
  test('is applied, and its mistakes are reported in the file at the wrong line', async () => {
    const dir = project({ '.securecomm.yml': 'rules:\n  transport-cleartext-url: off\n', 'src/Api.kt': TRUST_ALL_KT });
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const uri = `file://${dir}/src/Api.kt`;
      await client.open(uri, 'kotlin', TRUST_ALL_KT);
      await client.diagnosticsFor(uri, (x) => x.length === 1, 'the URL rule off by project config');
      fs.writeFileSync(path.join(dir, '.securecomm.yml'), '# team\nrules:\n  transport-cleartext-ur1: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/.securecomm.yml`, type: 2 }] });
      const [problem] = await client.diagnosticsFor(`file://${dir}/.securecomm.yml`, (x) => x.length === 1, 'config error');
      assert.equal(problem!.range.start.line, 2);
      assert.match(String(problem!.message), /unknown rule id 'transport-cleartext-ur1' \(did you mean 'transport-cleartext-url'\?\)/);
      await client.diagnosticsFor(uri, (x) => x.length === 2, 'defaults while the config is broken');
      // Every mistake at once, each at its line.
      fs.writeFileSync(path.join(dir, '.securecomm.yml'), 'rules:\n  transport-cleartext-ur1: off\n  tls-trust-al: off\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/.securecomm.yml`, type: 2 }] });
      const ids = await client.diagnosticsFor(`file://${dir}/.securecomm.yml`, (x) => x.length === 2, 'both unknown rule ids');
      assert.deepEqual(ids.map((d) => d.range.start.line), [1, 2]);
      fs.writeFileSync(path.join(dir, '.securecomm.yml'), 'rules:\n  transport-cleartext-url: maybe\nexclude: 3\nincludes: [docs]\n');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/.securecomm.yml`, type: 2 }] });
      const shapes = await client.diagnosticsFor(`file://${dir}/.securecomm.yml`, (x) => x.length === 3, 'three schema mistakes');
      assert.deepEqual(shapes.map((d) => d.range.start.line), [1, 2, 3]);
    } finally {
      await client.stop();
    }
  });

  test('a finding offers to turn its rule off in the folder\'s .securecomm.yml', async () => {
    const config = 'rules:\n  transport-cleartext-url: note\n';
    const dir = project({ '.securecomm.yml': config, 'src/Api.kt': TRUST_ALL_KT });
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const uri = `file://${dir}/src/Api.kt`;
      await client.open(uri, 'kotlin', TRUST_ALL_KT);
      const d = (await client.diagnosticsFor(uri, (x) => x.length === 2, 'both findings')).find((x) => x.code === 'tls-trust-all-certificates')!;
      const off = (await client.codeActions(uri, d.range, [d])).find((a) => a.title === 'Turn tls-trust-all-certificates off in .securecomm.yml')!;
      assert.ok(off, 'the action is offered');
      const edits = off.edit!.changes![`file://${dir}/.securecomm.yml`]!;
      assert.equal(applyLspEdits(config, edits), 'rules:\n  tls-trust-all-certificates: off\n  transport-cleartext-url: note\n');
    } finally {
      await client.stop();
    }
  });

  test('findings in the folder\'s baseline are shown dimmed, not hidden', async () => {
    const dir = project({ 'src/Api.kt': TRUST_ALL_KT });
    assert.equal(securecomm(['baseline', 'create', dir], dir).code, 0);
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const uri = `file://${dir}/src/Api.kt`;
      const added = TRUST_ALL_KT + 'const val CDN_URL = "http://cdn.shop.io/"\n';
      await client.open(uri, 'kotlin', added);
      const diags = await client.diagnosticsFor(uri, (x) => x.length === 3, 'three findings');
      const dimmed = diags.filter((d) => d.tags?.includes(1));
      assert.deepEqual(dimmed.map((d) => d.severity), [4, 4], 'the two baselined findings are hints, tagged Unnecessary');
      assert.ok(dimmed.every((d) => String(d.message).startsWith('(baseline) ')));
      const fresh = diags.find((d) => !d.tags?.includes(1))!;
      assert.equal(fresh.range.start.line, 9, 'the new finding keeps its severity');
      assert.equal(fresh.severity, 2);
    } finally {
      await client.stop();
    }
  });

  test('an opened file is analysed whatever its kind (test, example, docs), and `include` is a valid key', async () => {
    const dir = project({ '.securecomm.yml': 'include: [docs]\ninclude-tests: false\n' });
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      for (const rel of ['app/src/test/java/ApiTest.kt', 'examples/chat/Api.kt', 'docs/snippets/Api.kt']) {
        const uri = `file://${dir}/${rel}`;
        await client.open(uri, 'kotlin', TRUST_ALL_KT);
        await client.diagnosticsFor(uri, (x) => x.length === 2, `both findings in ${rel}`);
      }
      await client.diagnosticsFor(`file://${dir}/.securecomm.yml`, (x) => x.length === 0, 'no configuration error');
    } finally {
      await client.stop();
    }
  });

  test('is ignored in an untrusted workspace', async () => {
    const dir = project({ '.securecomm.yml': 'rules:\n  tls-trust-all-certificates: off\n' });
    const client = await LspClient.start({ workspaceFolder: dir, initializationOptions: { workspaceTrusted: false } });
    try {
      const uri = `file://${dir}/Api.kt`;
      await client.open(uri, 'kotlin', TRUST_ALL_KT);
      await client.diagnosticsFor(uri, (x) => x.some((d) => d.code === 'tls-trust-all-certificates'), 'trust-all still reported');
      await client.connection.sendNotification('securecomm/workspaceTrusted');
      await client.diagnosticsFor(uri, (x) => x.length === 1, 'config applies once trusted');
    } finally {
      await client.stop();
    }
  });
});

describe('workspace scan (audit mode)', () => {
  test('scans every shipping file with progress; findings stay when a file is closed and follow deletions', async () => {
    const dir = project({
      'src/Api.kt': TRUST_ALL_KT,
      'src/test/ApiTest.kt': TRUST_ALL_KT, // test code: left out, as in `securecomm scan`
      'src/clean.ts': 'export const x = 1;\n',
      'app/src/main/AndroidManifest.xml': '<manifest>\n  <application android:usesCleartextTraffic="true"/>\n</manifest>\n',
    });
    const client = await LspClient.start({ workspaceFolder: dir });
    try {
      const api = `file://${dir}/src/Api.kt`;
      const summary = await client.connection.sendRequest('securecomm/scanWorkspace') as { files: number; findings: number; cancelled: boolean };
      assert.deepEqual([summary.files, summary.findings, summary.cancelled], [3, 3, false]);
      await client.diagnosticsFor(api, (d) => d.length === 2, 'findings of a file never opened');
      await client.diagnosticsFor(`file://${dir}/app/src/main/AndroidManifest.xml`, (d) => d.length === 1, 'the manifest finding');
      assert.equal(client.diagnostics.get(`file://${dir}/src/test/ApiTest.kt`), undefined, 'test code is not scanned');
      assert.deepEqual([client.progress[0]?.kind, client.progress.at(-1)?.kind], ['begin', 'end']);
      // Open, edit away one finding without saving, close: the file on disk still has both.
      await client.open(api, 'kotlin', TRUST_ALL_KT);
      await client.change(api, 2, [{ text: TRUST_ALL_KT.replace('"http://api.shop.io/"', '"https://api.shop.io/"') }]);
      await client.diagnosticsFor(api, (d) => d.length === 1, 'the edited buffer');
      await client.close(api);
      await client.diagnosticsFor(api, (d) => d.length === 2, 'the findings of the file on disk after closing');
      // Deleted on disk: its findings go.
      fs.rmSync(path.join(dir, 'src/Api.kt'));
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: api, type: 3 }] });
      await client.diagnosticsFor(api, (d) => d.length === 0, 'no findings for a deleted file');
    } finally {
      await client.stop();
    }
  });
});

describe('deprecated APIs', () => {
  test('are tagged Deprecated so editors strike them through', async () => {
    const client = await LspClient.start({});
    try {
      const uri = 'file:///virtual/Legacy.java';
      const text = 'class Legacy {\n  void f(SSLSocketFactory sf) {\n    sf.setHostnameVerifier(SSLSocketFactory.ALLOW_ALL_HOSTNAME_VERIFIER);\n    sf.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);\n  }\n}\n';
      await client.open(uri, 'java', text);
      const diags = await client.diagnosticsFor(uri, (d) => d.length === 2, 'two hostname findings');
      assert.deepEqual(diags.map((d) => [d.range.start.line, d.tags ?? []]), [[2, [2]], [3, []]]);
    } finally {
      await client.stop();
    }
  });
});

describe('analysis scheduler', () => {
  test('idle() waits for scheduled and running analyses, so background work never delays diagnostics', async () => {
    const order: string[] = [];
    const scheduler = new AnalysisScheduler(async (uri) => {
      order.push(`start ${uri}`);
      await new Promise((r) => setTimeout(r, 20));
      order.push(`end ${uri}`);
    });
    assert.equal(scheduler.isIdle(), true);
    scheduler.schedule('a', 0);
    scheduler.schedule('b', 5);
    assert.equal(scheduler.isIdle(), false);
    await scheduler.idle();
    order.push('idle');
    assert.deepEqual(order, ['start a', 'start b', 'end a', 'end b', 'idle']);
    scheduler.schedule('c', 1000);
    const idle = scheduler.idle().then(() => order.push('idle after cancel'));
    scheduler.cancel('c');
    await idle;
    assert.equal(order.at(-1), 'idle after cancel');
  });
});
