// End-to-end tests of SecureComm Review inside a real VS Code (code-server's Node extension host):
// the bundled client (dist/extension.js) starts the bundled language server (dist/server.js).
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const {
  EXTENSION_ID, KOTLIN_FILE, KOTLIN_FILE_2, SWIFT_FILE, TRUST_ALL, CLEARTEXT,
  waitFor, waitForDiagnostics, ours, codeOf, open, revertAll, hoverText, codeActionsAt, workspaceUri,
} = require('./helpers');
const { log } = require('./tag');

const both = (diags) => [TRUST_ALL, CLEARTEXT].every((id) => diags.some((d) => codeOf(d) === id));

describe('SecureComm Review in VS Code (English)', function () {
  afterEach(revertAll);

  it('activates when the Kotlin file opens, and the first diagnostics follow (cold start, measured)', async () => {
    assert.equal(vscode.env.language, 'en');
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is loaded from the development path`);
    assert.equal(ext.isActive, false, 'no activation event fired yet (the workspace has no .securecomm.yml)');
    const t0 = Date.now();
    const { uri } = await open(KOTLIN_FILE);
    await waitFor(`${EXTENSION_ID} to activate`, () => ext.isActive);
    const activated = Date.now() - t0;
    // Cold: activation + language server start + first parse, all counted from the open.
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first diagnostic', 30_000);
    const first = Date.now() - t0;
    await waitForDiagnostics(uri, both, 'both Kotlin findings');
    log(`    latency: activated ${activated} ms, first diagnostic ${first} ms after opening ${KOTLIN_FILE} (cold: activation + server start)`);
    assert.ok(first < 10_000, `diagnostics took ${first} ms`);
    const commands = await vscode.commands.getCommands(true);
    for (const id of ['securecomm.showOutput', 'securecomm.restartServer']) assert.ok(commands.includes(id), id);
  });

  it('shows a further file\'s diagnostics within about a second, with code, source, severity, range and docs link', async () => {
    // The server is running and has compiled the Kotlin queries: another Kotlin file is the
    // steady state a developer sees when opening files.
    let t0 = Date.now();
    const other = await open(KOTLIN_FILE_2);
    const otherDiags = await waitForDiagnostics(other.uri, (d) => d.length > 0, `diagnostics in ${KOTLIN_FILE_2}`, 10_000);
    const warm = Date.now() - t0;
    log(`    latency: ${KOTLIN_FILE_2}: first diagnostic ${warm} ms after opening (server running)`);
    assert.deepEqual(otherDiags.map(codeOf), [CLEARTEXT]);
    assert.ok(warm < 2_000, `diagnostics took ${warm} ms`);

    // The first file of another language also compiles that language's rule queries.
    t0 = Date.now();
    const swift = await open(SWIFT_FILE);
    const swiftDiags = await waitForDiagnostics(swift.uri, (d) => d.length > 0, `diagnostics in ${SWIFT_FILE}`, 20_000);
    log(`    latency: ${SWIFT_FILE}: first diagnostic ${Date.now() - t0} ms after opening (first Swift file)`);
    assert.deepEqual(swiftDiags.map(codeOf), [CLEARTEXT]);

    const { uri } = await open(KOTLIN_FILE);
    const diags = await waitForDiagnostics(uri, both, 'both Kotlin findings');
    assert.equal(diags.length, 2);
    const trust = diags.find((d) => codeOf(d) === TRUST_ALL);
    assert.equal(trust.source, 'securecomm');
    assert.equal(trust.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(trust.range.start.line, 11, 'on checkServerTrusted (line 12)');
    assert.match(trust.message, /Any server certificate is accepted/);
    assert.deepEqual(JSON.parse(decodeURIComponent(trust.code.target.query)), ['tls-trust-all-certificates', 'en'], 'the rule page link (rendered by the extension)');
    const url = diags.find((d) => codeOf(d) === CLEARTEXT);
    assert.equal(url.source, 'securecomm');
    assert.equal(url.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(url.range.start.line, 6);
  });

  it('hover shows the guidance for the finding under the cursor', async () => {
    const { uri } = await open(KOTLIN_FILE);
    const trust = (await waitForDiagnostics(uri, both, 'both Kotlin findings')).find((d) => codeOf(d) === TRUST_ALL);
    const at = trust.range.start.translate(0, 1);
    const text = await waitFor('a SecureComm hover', async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', uri, at));
      return t.includes(TRUST_ALL) ? t : undefined;
    }, 10_000);
    assert.ok(!text.includes(trust.message), 'VS Code shows the message above the hover already: not repeated');
    assert.match(text, /Fix in Kotlin:/);
    assert.match(text, /Full guidance/);
    assert.doesNotMatch(text, /####/, 'a short hover, not the whole rule page');
    assert.match(text, /```kotlin/);
    assert.doesNotMatch(text, /```swift/, 'only the fix for this file\'s language');
    assert.match(text, /CWE-295/);
  });

  it('the quick fix applies and the diagnostic disappears', async () => {
    const { uri, doc } = await open(KOTLIN_FILE);
    const url = (await waitForDiagnostics(uri, both, 'both Kotlin findings')).find((d) => codeOf(d) === CLEARTEXT);
    const actions = await codeActionsAt(uri, url.range);
    const fix = actions.find((a) => a.title === 'Use the encrypted scheme (https:// / wss://)');
    assert.ok(fix, `a fix among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, 'quickfix');
    assert.ok(fix.edit, 'the fix carries a workspace edit');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(doc.lineAt(6).text, /"https:\/\/api\.shop\.io\/v1\/"/);
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === CLEARTEXT), 'the cleartext finding to go');
    assert.ok(after.some((d) => codeOf(d) === TRUST_ALL), 'the other finding stays');
    const left = (await codeActionsAt(uri, url.range)).map((a) => a.title);
    assert.deepEqual(left, [], 'no SecureComm action is left on the fixed line');
  });

  it('config files: the network security config names its manifest, an Info.plist opens as XML, hover and fix fit the file type', async () => {
    const NSC = 'android/app/src/main/res/xml/network_security_config.xml';
    const nsc = await open(NSC);
    const nscDiags = await waitForDiagnostics(nsc.uri, (d) => ['transport-cleartext-permitted', 'transport-user-trust-anchors'].every((id) => d.some((x) => codeOf(x) === id)),
      'the network security config findings', 20_000);
    const cleartext = nscDiags.find((d) => codeOf(d) === 'transport-cleartext-permitted');
    assert.equal(cleartext.range.start.line, 2);
    assert.ok((cleartext.relatedInformation ?? []).some((r) => r.location.uri.path.endsWith('/android/app/src/main/AndroidManifest.xml') && r.location.range.start.line === 5),
      'the manifest that applies the config is related information');
    const hover = await waitFor('a SecureComm hover on the config', async () => {
      const t = hoverText(await vscode.commands.executeCommand('vscode.executeHoverProvider', nsc.uri, cleartext.range.start.translate(0, 1)));
      return t.includes('transport-cleartext-permitted') ? t : undefined;
    }, 10_000);
    assert.match(hover, /Fix in Network security config:/);
    assert.doesNotMatch(hover, /Fix in (Kotlin|Java|Swift|TypeScript):/);

    const manifest = await open('android/app/src/main/AndroidManifest.xml');
    const flag = (await waitForDiagnostics(manifest.uri, (d) => d.some((x) => codeOf(x) === 'transport-cleartext-permitted'), 'the manifest finding', 10_000))[0];
    assert.equal(flag.severity, vscode.DiagnosticSeverity.Information, 'a note: Android 7.0+ reads the network security config instead');
    // Suppress puts an XML comment above the tag, not between its attributes.
    const suppress = (await codeActionsAt(manifest.uri, flag.range)).find((a) => a.title === 'Suppress transport-cleartext-permitted on this line');
    assert.ok(suppress, 'a suppress action');
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.equal(manifest.doc.lineAt(3).text, '    <!-- securecomm-ignore transport-cleartext-permitted: <reason> -->');
    await waitForDiagnostics(manifest.uri, (d) => !d.some((x) => codeOf(x) === 'transport-cleartext-permitted'), 'the suppressed manifest finding to go');

    const plist = await open('ios/Shop/Info.plist');
    assert.equal(plist.doc.languageId, 'xml', '.plist is registered as XML');
    const ats = (await waitForDiagnostics(plist.uri, (d) => d.some((x) => codeOf(x) === 'transport-ats-arbitrary-loads'), 'the ATS finding', 10_000))[0];
    assert.equal(ats.range.start.line, 8, 'on the NSAllowsArbitraryLoads key');
    const fix = (await codeActionsAt(plist.uri, ats.range)).find((a) => a.kind?.value === 'quickfix' && a.edit && /App Transport Security/.test(a.title));
    assert.ok(fix, 'the ATS quick fix');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(plist.doc.lineAt(9).text, '\t\t<false/>');
    await waitForDiagnostics(plist.uri, (d) => !d.some((x) => codeOf(x) === 'transport-ats-arbitrary-loads'), 'the ATS finding to go');

    // The palette's "Fix All Safe Findings in This File" applies the server's fix-all action.
    await vscode.window.showTextDocument(nsc.doc);
    await vscode.commands.executeCommand('securecomm.fixAllInFile');
    await waitFor('the safe fixes in the network security config', () => /cleartextTrafficPermitted="false"/.test(nsc.doc.getText()) && /<debug-overrides>/.test(nsc.doc.getText()), 10_000);
    await waitForDiagnostics(nsc.uri, (d) => d.length === 0, 'no finding left in the network security config');
  });

  it('"Scan Workspace" reports files that were never opened, with progress, and a summary', async () => {
    const legacy = workspaceUri('android/app/src/main/java/com/example/shop/Legacy.java');
    assert.equal(ours(legacy).length, 0, 'not opened, not scanned yet');
    const t0 = Date.now();
    const summary = await vscode.commands.executeCommand('securecomm.scanWorkspace');
    log(`    workspace scan: ${summary.files} files, ${summary.findings} findings in ${Date.now() - t0} ms`);
    assert.equal(summary.cancelled, false);
    assert.ok(summary.files >= 7, `${summary.files} files: the Kotlin, Java and Swift sources, the manifest, the network security config and the Info.plist`);
    const diags = await waitForDiagnostics(legacy, (d) => d.length === 2, 'the findings of a file never opened', 10_000);
    assert.deepEqual(diags.map(codeOf).sort(), ['tls-hostname-verification-disabled', CLEARTEXT]);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === legacy.toString()), 'the scan did not open it');
  });

  it('rule pages open rendered and read-only: from "Show documentation" and from the diagnostic\'s code link', async () => {
    const { uri } = await open(KOTLIN_FILE);
    const trust = (await waitForDiagnostics(uri, both, 'both Kotlin findings')).find((d) => codeOf(d) === TRUST_ALL);
    // The Problems panel link runs the extension's command, not the installed Markdown file.
    assert.equal(trust.code.target.scheme, 'command');
    assert.match(decodeURIComponent(trust.code.target.query), /tls-trust-all-certificates/);
    const show = (await codeActionsAt(uri, trust.range)).find((a) => a.title === `Show documentation for ${TRUST_ALL}`);
    await vscode.commands.executeCommand(show.command.command, ...(show.command.arguments ?? []));
    const preview = await waitFor('a Markdown preview of the rule page', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)), 10_000);
    log(`    rule page: ${preview.label}`);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'file' && d.uri.path.endsWith('/docs/en.md')), 'the installed file is not opened for editing');
  });

  it('"Suppress" inserts a securecomm-ignore comment with a reason placeholder and silences the finding', async () => {
    const { uri, doc } = await open(KOTLIN_FILE);
    const trust = (await waitForDiagnostics(uri, both, 'both Kotlin findings')).find((d) => codeOf(d) === TRUST_ALL);
    const actions = await codeActionsAt(uri, trust.range);
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes(`Show documentation for ${TRUST_ALL}`), titles.join(' | '));
    const suppress = actions.find((a) => a.title === `Suppress ${TRUST_ALL} on this line`);
    assert.ok(suppress, `a suppress action among: ${titles.join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(suppress.edit));
    assert.equal(doc.lineAt(11).text, `        // securecomm-ignore ${TRUST_ALL} -- <reason>`);
    await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === TRUST_ALL), 'the suppressed finding to go');
    // Writing a real reason keeps it silenced.
    const placeholder = doc.lineAt(11).text.indexOf('<reason>');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(11, placeholder, 11, placeholder + '<reason>'.length), 'test double for the lab CA');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const diags = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === CLEARTEXT), 'the other finding');
    assert.ok(!diags.some((d) => codeOf(d) === TRUST_ALL));
  });

  it('reverting the file brings the findings back', async () => {
    const { uri } = await open(KOTLIN_FILE);
    const diags = await waitForDiagnostics(uri, both, 'both Kotlin findings after revert');
    assert.equal(ours(uri).length, diags.length);
  });
});
