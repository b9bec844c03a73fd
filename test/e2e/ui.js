// The UI pass: drives the real workbench like a person, with the keyboard, and saves screenshots.
// Opens the Kotlin file, waits for the squiggles, opens the Problems panel, shows the language
// status and the hover, opens the rule page from the hover's link, opens the Quick Fix menu,
// applies the fix with Enter and sees the warning squiggle go. Then the first-hour items of
// issue 9 part 2, one screenshot each: Source Action… with fix-all and the TLS list fix without a
// duplicate (Tls.kt), a half-typed file that still shows its finding (Checkout.kt) and whose
// language status says where checking stopped being sure, the command
// palette's SecureComm commands, the output channel (version, rules, locale, "partly analysed"),
// a .securecomm.yml with two mistakes, and the walkthrough. With locale 'ja' the same flow
// expects the Japanese texts (screenshots *-ja.png). Every wait has a deadline; none is a sleep.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { palette } = require('./workbench');

const KOTLIN_FILE = 'android/app/src/main/java/com/example/shop/ApiClient.kt';
const TLS_FILE = 'android/app/src/main/java/com/example/shop/Tls.kt';
const BROKEN_FILE = 'android/app/src/main/java/com/example/shop/Checkout.kt';
/** Two mistakes: a severity that does not exist (line 2), and exclude given as a string (line 4). */
const BAD_CONFIG = 'rules:\n  transport-cleartext-url: loud\n  tls-weak-protocol-version: error\nexclude: legacy/\n';
const TEXT = {
  en: {
    trustAll: 'Any server certificate is accepted', cleartext: 'Cleartext URL', status: 'SecureComm: 2 findings',
    hover: 'Fix in Kotlin:', fix: 'Use the encrypted scheme (https:// / wss://)',
    scan: 'Scan Workspace', hostname: 'Hostname verification is disabled',
    ruleDoc: 'Preview', tlsFix: 'Remove TlsVersion.TLS_1_0 (TlsVersion.TLS_1_2 is already in the list)',
    fixAll: 'Fix all safe SecureComm findings', commands: ['SecureComm: Scan Workspace', 'SecureComm: Export Findings…', 'SecureComm: Fix All Safe Findings in This File', 'SecureComm: Show Output', 'SecureComm: Restart Server'],
    showOutput: 'SecureComm: Show Output', configErrors: ['must be one of', 'must be array'], partlyAnalysed: /syntax\serror\snear\sline\s\d+/,
    walkthroughStep: 'See findings as you type', walkthroughPage: 'Findings as you type',
    suppress: 'Suppress transport-cleartext-url on this line', reason: 'test server, no real payments',
  },
  ja: {
    trustAll: 'サーバー証明書', cleartext: '平文', status: 'SecureComm: 検出 2 件',
    hover: '修正例（Kotlin）:', fix: '暗号化されたスキーム（https:// / wss://）を使う',
    scan: 'ワークスペースをスキャン', hostname: 'ホスト名検証',
    ruleDoc: 'Preview', tlsFix: 'TlsVersion.TLS_1_0 を削除する（TlsVersion.TLS_1_2 はすでにリストにあります）',
    fixAll: 'SecureComm の安全な修正をすべて適用', commands: ['SecureComm: ワークスペースをスキャン', 'SecureComm: 検出結果をエクスポート…', 'SecureComm: このファイルの安全な修正をすべて適用', 'SecureComm: 出力を表示', 'SecureComm: サーバーを再起動'],
    showOutput: 'SecureComm: 出力を表示', configErrors: ['には次のいずれかを指定してください', 'には配列を指定してください'], partlyAnalysed: /\d+\s行目付近に構文エラーがあります/,
    walkthroughStep: '入力と同時に検出を確認', walkthroughPage: '入力と同時に検出',
    suppress: 'この行の transport-cleartext-url を抑制', reason: 'テスト用サーバー',
  },
};
const SHOTS = ['problems', 'status', 'hover', 'rule-doc', 'quickfix', 'after-fix', 'source-action', 'tls-quickfix', 'tls-after-fix',
  'broken-file', 'broken-file-status', 'palette', 'output', 'findings-view', 'config-errors', 'suppress-snippet', 'walkthrough', 'readme-problems', 'readme-hover', 'readme-quickfix', 'readme-walkthrough'];
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

async function run({ ctx, workbenchUrl, root, workspace, shots, locale = 'en' }) {
  const text = TEXT[locale];
  const tag = locale === 'en' ? 'ui' : `ui-${locale}`;
  const say = (msg) => console.log(`[${tag}] ${msg}`);
  const shotFile = (name) => path.join(shots, locale === 'en' ? `${name}.png` : `${name}-${locale}.png`);
  fs.mkdirSync(shots, { recursive: true });
  for (const name of SHOTS) fs.rmSync(shotFile(name), { force: true }); // no stale picture survives a failed run
  /**
   * A screenshot of the page; with `readme` also one of just a part of the workbench ('editor' or
   * 'panel', at most `height` pixels from its top), readme-<name>.png, the pictures in docs/media/.
   */
  const shot = async (name, readme) => {
    await page.screenshot({ path: shotFile(name) });
    say(`screenshot ${path.relative(process.cwd(), shotFile(name))}`);
    if (!readme) return;
    const box = await page.locator(`.part.${readme.part}`).boundingBox();
    const clip = { ...box, height: Math.min(box.height, readme.height ?? box.height) };
    await page.screenshot({ path: shotFile(`readme-${name}`), clip });
  };
  const t0 = Date.now();
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(workbenchUrl([
    ['extensionDevelopmentPath', root], ['openFile', path.join(workspace, KOTLIN_FILE)], ['skipWelcome', 'true'],
  ]));
  // The active editor (inactive tabs keep hidden editors in the page).
  const editor = page.locator('.editor-instance .monaco-editor:visible').first();
  await editor.locator('.view-line', { hasText: 'checkServerTrusted' }).waitFor({ timeout: 90_000 });
  const opened = Date.now();
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 60_000 });
  await editor.locator('.squiggly-warning').first().waitFor({ timeout: 60_000 });
  say(`squiggles ${Date.now() - opened} ms after the editor showed the file (${opened - t0} ms to load the workbench; `
    + 'includes starting the extension host, the extension and the language server)');

  // Problems panel (Ctrl+Shift+M): both findings listed.
  await page.keyboard.press('Control+Shift+M');
  const problems = page.locator('.markers-panel .monaco-list-row');
  await problems.filter({ hasText: text.trustAll }).first().waitFor({ timeout: 30_000 });
  await problems.filter({ hasText: text.cleartext }).first().waitFor({ timeout: 30_000 });
  for (const row of await problems.all()) say(`problems: ${oneLine(await row.innerText())}`);
  await shot('problems', { part: 'panel' });

  // The language status ({} in the status bar) carries SecureComm's state for the active file.
  await page.locator('[id="status.languageStatus"]').click();
  const status = page.locator('.monaco-hover', { hasText: text.status }).first();
  await status.waitFor({ timeout: 30_000 });
  say(`language status: ${oneLine(await status.innerText())}`);
  await shot('status');
  await page.keyboard.press('Escape');
  await status.waitFor({ state: 'hidden', timeout: 10_000 });

  // Hover on checkServerTrusted (line 12, column 22).
  await goTo(page, editor, 12, 23);
  await page.keyboard.press('Control+K'); // Show Hover: Ctrl+K Ctrl+I
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover', { hasText: text.hover }).first();
  await hover.waitFor({ timeout: 30_000 });
  say(`hover: ${oneLine(await hover.innerText()).slice(0, 160)}…`);
  await shot('hover', { part: 'editor', height: 375 });

  // The rule id in the hover links the rule's page: rendered read-only in the Markdown preview.
  await hover.locator('a', { hasText: 'tls-trust-all-certificates' }).first().click();
  const previewTab = page.locator('.tab', { hasText: text.ruleDoc }).first();
  await previewTab.waitFor({ timeout: 30_000 });
  await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('h1, h2').first().waitFor({ timeout: 30_000 });
  say(`rule page: ${oneLine(await previewTab.innerText())}`);
  await shot('rule-doc');
  // Back to the Kotlin tab with the mouse: the preview's webview holds the keyboard focus.
  await page.locator('.tab', { hasText: 'ApiClient.kt' }).click();
  await page.locator('.tab.active', { hasText: 'ApiClient.kt' }).waitFor({ timeout: 10_000 });
  await editor.locator('.view-line', { hasText: 'checkServerTrusted' }).first().waitFor({ timeout: 10_000 });

  // Quick Fix menu (Ctrl+.) on the cleartext URL (line 7), then Enter on the fix.
  await goTo(page, editor, 7, 26);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const fixRow = menu.locator('.monaco-list-row', { hasText: text.fix }).first();
  await fixRow.waitFor({ timeout: 30_000 });
  const rows = await menu.locator('.monaco-list-row.action').allInnerTexts();
  say(`quick fixes: ${rows.map(oneLine).join(' | ')}`);
  await focusRow(page, menu, fixRow);
  await shot('quickfix', { part: 'editor', height: 375 });
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: 'https://api.shop.io/v1/' }).first().waitFor({ timeout: 30_000 });
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: 30_000 });
  await problems.filter({ hasText: text.cleartext }).first().waitFor({ state: 'detached', timeout: 30_000 });
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 5_000 }); // the trust-all finding stays
  await shot('after-fix');

  // Source Action… offers fix-all for the file; then the TLS list fix removes TLS_1_0 without
  // adding a second TLS_1_2.
  const tlsLine = await openWithWarning(page, editor, 'Tls.kt', 'tlsVersions(');
  await goTo(page, editor, 9, 34);
  await palette(page, 'Source Action...');
  await menu.locator('.monaco-list-row', { hasText: text.fixAll }).first().waitFor({ timeout: 30_000 });
  say(`source actions: ${(await menu.locator('.monaco-list-row.action').allInnerTexts()).map(oneLine).join(' | ')}`);
  await shot('source-action');
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'hidden', timeout: 10_000 });
  await goTo(page, editor, 9, 34);
  await page.keyboard.press('Control+.');
  const tlsFix = menu.locator('.monaco-list-row', { hasText: text.tlsFix }).first();
  await tlsFix.waitFor({ timeout: 30_000 });
  await focusRow(page, menu, tlsFix);
  await shot('tls-quickfix');
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: /tlsVersions\(TlsVersion\.TLS_1_2\)/ }).waitFor({ timeout: 30_000 });
  const fixedLine = oneLine(await tlsLine.innerText());
  if (fixedLine.split('TLS_1_2').length !== 2 || fixedLine.includes('TLS_1_0')) throw new Error(`the TLS list after the fix: ${fixedLine}`);
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: 30_000 });
  say(`TLS list after the fix: ${fixedLine}`);
  await shot('tls-after-fix');

  // A half-typed file (an unclosed lambda) still shows the finding the parser could reach.
  await openWithWarning(page, editor, 'Checkout.kt', 'PAYMENT_URL');
  await shot('broken-file');
  // Its language status says it was only partly analysed, and from which line.
  await page.locator('[id="status.languageStatus"]').click();
  const partly = page.locator('.monaco-hover', { hasText: text.partlyAnalysed }).first();
  await partly.waitFor({ timeout: 30_000 });
  say(`language status: ${oneLine(await partly.innerText())}`);
  await shot('broken-file-status');
  await page.keyboard.press('Escape');
  await partly.waitFor({ state: 'hidden', timeout: 10_000 });

  // The command palette lists SecureComm's commands.
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input:visible').first().waitFor({ timeout: 10_000 });
  await page.keyboard.type('SecureComm');
  const pickerRows = page.locator('.quick-input-list .monaco-list-row');
  for (const title of text.commands) await pickerRows.filter({ hasText: title }).first().waitFor({ timeout: 10_000 });
  say(`palette: ${(await pickerRows.allInnerTexts()).map(oneLine).join(' | ')}`);
  await shot('palette');
  await page.keyboard.press('Escape');

  // The output channel: version, rule counts, locale; and the half-typed file was partly analysed.
  await palette(page, text.showOutput);
  const output = page.locator('.output-view .view-line');
  // (Regular expressions with \s: the editor renders spaces as no-break spaces.)
  const version = output.filter({ hasText: /SecureComm\sReview\s\S+\son\sNode\s\S+:\s\d+\srules/ }).first();
  await version.waitFor({ timeout: 30_000 });
  await output.filter({ hasText: new RegExp(`locale\\s${locale},`) }).first().waitFor({ timeout: 10_000 });
  await output.filter({ hasText: /Checkout\.kt:\spartly\sanalysed:\ssyntax\serror\snear\sline\s\d+/ }).first().waitFor({ timeout: 10_000 });
  say(`output: ${oneLine(await version.innerText())}`);
  await shot('output');

  // The SecureComm view in the activity bar: the open file's finding, then "Scan Workspace" from
  // the view's title adds the never-opened Legacy.java (TLS goes from 1 to 2).
  await page.locator('.activitybar [aria-label^="SecureComm"]').first().click();
  const sidebar = page.locator('.part.sidebar');
  const tree = sidebar.locator('.monaco-list-row');
  await tree.filter({ hasText: /^\s*TLS\s*1\s*$/ }).first().waitFor({ timeout: 30_000 });
  await sidebar.locator(`.action-label[aria-label="${text.scan}"]`).first().click(); // the view's title action
  await tree.filter({ hasText: /^\s*TLS\s*2\s*$/ }).first().waitFor({ timeout: 30_000 });
  await tree.filter({ hasText: text.hostname }).first().click(); // expands the rule: its file and finding
  await tree.filter({ hasText: 'Legacy.java' }).first().waitFor({ timeout: 10_000 });
  for (const row of await tree.all()) say(`findings view: ${oneLine(await row.innerText())}`);
  await shot('findings-view');

  // (6) Suppress on this line: the comment arrives with <reason> selected, the typed reason
  // replaces it and the finding goes (Checkout.kt's cleartext URL).
  await openWithWarning(page, editor, 'Checkout.kt', 'PAYMENT_URL');
  await goTo(page, editor, 3, 30);
  await page.keyboard.press('Control+.');
  const suppress = menu.locator('.monaco-list-row', { hasText: text.suppress }).first();
  await suppress.waitFor({ timeout: 30_000 });
  await focusRow(page, menu, suppress);
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: 'securecomm-ignore transport-cleartext-url -- <reason>' }).waitFor({ timeout: 30_000 });
  await editor.locator('.selected-text').first().waitFor({ timeout: 10_000 });
  await shot('suppress-snippet');
  await page.keyboard.type(text.reason);
  await editor.locator('.view-line', { hasText: `securecomm-ignore transport-cleartext-url -- ${text.reason}` }).waitFor({ timeout: 10_000 });
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: 30_000 });
  say(`suppressed with: ${oneLine(await editor.locator('.view-line', { hasText: 'securecomm-ignore' }).first().innerText())}`);
  await page.keyboard.press('Escape');

  // A .securecomm.yml with two mistakes: both are shown in the file, with their lines.
  fs.writeFileSync(path.join(workspace, '.securecomm.yml'), BAD_CONFIG);
  await quickOpen(page, path.join(workspace, '.securecomm.yml')); // by its path: new files reach the file search later
  await editor.locator('.view-line', { hasText: 'loud' }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Control+Shift+M');
  for (const error of text.configErrors) await problems.filter({ hasText: error }).first().waitFor({ timeout: 30_000 });
  await waitForCount(editor.locator('.squiggly-error'), 2);
  await shot('config-errors');

  // The walkthrough, from Help > Welcome: Open Walkthrough… (the panel closed: the page needs the room).
  await page.keyboard.press('Control+J');
  await page.locator('.part.panel').waitFor({ state: 'hidden', timeout: 10_000 });
  await palette(page, 'Welcome: Open Walkthrough...');
  await pickerRows.filter({ hasText: 'SecureComm Review' }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.type('SecureComm');
  await pickerRows.filter({ hasText: 'SecureComm Review' }).and(page.locator('.focused')).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab', { hasText: 'Walkthrough: SecureComm Review' }).waitFor({ timeout: 30_000 });
  await page.locator('.getting-started-step', { hasText: text.walkthroughStep }).first().waitFor({ timeout: 10_000 });
  await page.frameLocator('iframe.webview.ready').frameLocator('#active-frame').locator('h1', { hasText: text.walkthroughPage })
    .waitFor({ timeout: 30_000 });
  await shot('walkthrough', { part: 'editor', height: 800 });
  say(`OK in ${Date.now() - t0} ms`);
}

/** Quick Open (Ctrl+P) on a file name or absolute path. */
/** Opens a file by name, waits for a line holding `lineText` and for a warning squiggle; returns that line. */
async function openWithWarning(page, editor, file, lineText) {
  await quickOpen(page, file);
  const line = editor.locator('.view-line', { hasText: lineText });
  await line.waitFor({ timeout: 10_000 });
  await editor.locator('.squiggly-warning').first().waitFor({ timeout: 30_000 });
  return line;
}

async function quickOpen(page, file) {
  const name = path.basename(file);
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-widget input:visible').first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(file);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 10_000 });
}

/** Moves the keyboard focus in an action menu onto `row` (.context-view-pointerBlock intercepts clicks there). */
async function focusRow(page, menu, row) {
  const n = await menu.locator('.monaco-list-row').count();
  for (let i = 0; i < n && !(await row.evaluate((el) => el.classList.contains('focused'))); i++) await page.keyboard.press('ArrowDown');
}

async function waitForCount(locator, n, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.count()) !== n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} of ${locator}, found ${await locator.count()}`);
    await locator.page().waitForTimeout(50);
  }
}

/** Go to Line/Column (Ctrl+G). */
async function goTo(page, editor, line, column) {
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-widget input:visible').first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 10_000 });
}

module.exports = { run };
