// The "SecureComm" findings view inside a real VS Code: filled by "Scan Workspace", counting what
// the Problems panel shows, navigating, filtering, suppressing and copying a finding as Markdown.
// The tree is read through the extension's API (activate() returns { findingsView }).
'use strict';
const assert = require('node:assert/strict');
const vscode = require('vscode');
const { EXTENSION_ID, CLEARTEXT, waitFor, revertAll } = require('./helpers');
const { log } = require('./tag');

const LEGACY = 'android/app/src/main/java/com/example/shop/Legacy.java';
const HOSTNAME = 'tls-hostname-verification-disabled';

/** Every finding node of the tree, depth first. */
const findingNodes = (tree) => tree.flatMap((c) => c.children.flatMap((r) => r.children.flatMap((f) => f.children)));
const total = (tree) => tree.reduce((n, c) => n + c.count, 0);

/** What the Problems panel lists of ours for a file: errors, warnings and infos (it does not list hints). */
function problemsCount(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'securecomm' && d.severity !== vscode.DiagnosticSeverity.Hint).length;
}

function nodeOf(view, path, ruleId) {
  return findingNodes(view.tree).find((n) => n.item.uri.endsWith(path) && n.item.ruleId === ruleId);
}

describe('SecureComm findings view (English)', function () {
  let view;

  before(async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    view = (await ext.activate()).findingsView;
    assert.ok(view, 'activate() returns the findings view');
    // Shown, as a user opens it from the activity bar: the view fetches the list while visible.
    await vscode.commands.executeCommand('securecomm.findings.focus');
  });
  afterEach(revertAll);

  it('fills after "Scan Workspace": category → rule → file → finding, counts as the Problems panel shows them', async () => {
    const t0 = Date.now();
    await vscode.commands.executeCommand('securecomm.scanWorkspace');
    await waitFor('the never-opened Legacy.java in the tree', () => nodeOf(view, LEGACY, HOSTNAME), 10_000);
    log(`    findings view: Legacy.java (never opened) listed ${Date.now() - t0} ms after "Scan Workspace" started`);
    // Every file, those the earlier tests opened included: they stay open documents after their
    // tabs closed, and the Problems panel keeps their findings (workspace diagnostics).
    const files = () => [...new Set(findingNodes(view.tree).map((n) => n.item.uri))];
    const counts = await waitFor('the tree to count what the Problems panel shows', () => {
      const tree = files().reduce((n, uri) => n + findingNodes(view.tree).filter((f) => f.item.uri === uri && !f.item.suppressed && !f.item.baselined).length, 0);
      const problems = files().reduce((n, uri) => n + problemsCount(vscode.Uri.parse(uri)), 0);
      return tree > 0 && tree === problems ? `${tree} findings in ${files().length} files` : undefined;
    }, 10_000);
    log(`    findings view: ${total(view.tree)} findings (matching the Problems panel: ${counts}), ${view.tree.map((c) => `${c.category} ${c.count}`).join(', ')}`);
    assert.deepEqual(view.tree.map((c) => c.category), ['tls', 'transport'], 'TLS first; the fixture has no authentication finding');
    const tls = view.tree.find((c) => c.category === 'tls');
    const tlsItem = view.getTreeItem(tls);
    assert.equal(tlsItem.label, 'TLS');
    assert.equal(tlsItem.description, String(tls.count));
    const rule = tls.children.find((r) => r.ruleId === HOSTNAME);
    assert.equal(view.getTreeItem(rule).label, rule.title);
    const file = rule.children.find((f) => f.uri.endsWith(LEGACY));
    const fileItem = view.getTreeItem(file);
    assert.equal(fileItem.label, 'Legacy.java');
    assert.equal(fileItem.description, `${file.count} · ${LEGACY.replace('/Legacy.java', '')}`, 'count, then the folder relative to the workspace');
    assert.equal(fileItem.tooltip, LEGACY);
    const finding = view.getTreeItem(file.children[0]);
    assert.match(finding.label, new RegExp(`^${file.children[0].item.range.start.line + 1}: `));
    assert.equal(finding.iconPath.id, 'error');
    assert.equal(finding.contextValue, 'securecomm.finding');
  });

  it('a click opens the file at the finding', async () => {
    const node = await waitFor('the hostname finding', () => nodeOf(view, LEGACY, HOSTNAME));
    const { command } = view.getTreeItem(node);
    await vscode.commands.executeCommand(command.command, ...command.arguments);
    const editor = await waitFor('Legacy.java in the editor', () => {
      const e = vscode.window.activeTextEditor;
      return e?.document.uri.path.endsWith(LEGACY) ? e : undefined;
    }, 10_000);
    assert.equal(editor.selection.start.line, node.item.range.start.line);
    assert.equal(editor.selection.start.character, node.item.range.start.character);
  });

  it('filters by severity, and lists suppressed findings only when asked', async () => {
    const all = view.currentFilter;
    try {
      view.setFilter({ ...all, severities: new Set(['error']) });
      const errors = findingNodes(view.tree);
      assert.ok(errors.length > 0 && errors.every((n) => n.item.severity === 'error'), errors.map((n) => n.item.severity).join());
      assert.ok(!nodeOf(view, LEGACY, CLEARTEXT), 'the cleartext warning is filtered out');
      view.setFilter({ ...all, severities: new Set() });
      assert.deepEqual(view.tree, []);
    } finally {
      view.setFilter(all);
    }
    assert.ok(nodeOf(view, LEGACY, CLEARTEXT), 'back with the default filter');
  });

  it('"Suppress…" inserts the suppression comment above the finding and selects <reason>; the finding is then listed as suppressed', async () => {
    const node = await waitFor('the cleartext finding in Legacy.java', () => nodeOf(view, LEGACY, CLEARTEXT));
    const line = node.item.range.start.line;
    await vscode.commands.executeCommand('securecomm.findings.suppress', node);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor.document.uri.path.endsWith(LEGACY));
    assert.match(editor.document.lineAt(line).text, new RegExp(`^\\s*// securecomm-ignore ${CLEARTEXT} -- <reason>$`));
    assert.equal(editor.document.getText(editor.selection), '<reason>', 'the placeholder is selected, ready to type over');
    await waitFor('the finding to leave the default tree', () => !nodeOf(view, LEGACY, CLEARTEXT), 10_000);
    const all = view.currentFilter;
    try {
      view.setFilter({ ...all, showSuppressed: true });
      const suppressed = nodeOf(view, LEGACY, CLEARTEXT);
      assert.deepEqual(suppressed.item.suppressed, { reason: '' }, 'the placeholder is no reason');
      const item = view.getTreeItem(suppressed);
      assert.equal(item.contextValue, 'securecomm.finding.suppressed');
      assert.equal(item.description, 'suppressed');
      // Typing over the selected placeholder gives the reason the tooltip shows.
      await editor.edit((b) => b.replace(editor.selection, 'legacy backend, replaced in 2.0'));
      const reasoned = await waitFor('the reason in the tree', () => {
        const n = nodeOf(view, LEGACY, CLEARTEXT);
        return n?.item.suppressed?.reason ? n : undefined;
      }, 10_000);
      assert.equal(reasoned.item.suppressed.reason, 'legacy backend, replaced in 2.0');
      assert.match(view.getTreeItem(reasoned).tooltip.value, /Suppressed: legacy backend, replaced in 2\\?\.0/);
    } finally {
      view.setFilter(all);
    }
  });

  it('"Copy as Markdown" puts a review comment on the clipboard', async () => {
    const node = await waitFor('the hostname finding', () => nodeOf(view, LEGACY, HOSTNAME), 10_000);
    const markdown = await vscode.commands.executeCommand('securecomm.findings.copyMarkdown', node);
    assert.match(markdown, new RegExp(`\\(\`${HOSTNAME}\`, error, `));
    assert.match(markdown, new RegExp(`\`${LEGACY.replace(/\./g, '\\.')}:${node.item.range.start.line + 1}\``));
    assert.match(markdown, /```java\n/);
    assert.match(markdown, /\]\(https:\/\//, 'a public link about the rule');
    assert.equal(await vscode.env.clipboard.readText(), markdown);
  });

  it('"Show Documentation" opens the rule page rendered', async () => {
    const node = await waitFor('the hostname finding', () => nodeOf(view, LEGACY, HOSTNAME), 10_000);
    await vscode.commands.executeCommand('securecomm.findings.showDocumentation', node);
    await waitFor('a Markdown preview of the rule page', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType)), 10_000);
  });
});
