// The UI pass: drives the real workbench like a person, with the keyboard, and saves screenshots.
// Opens the Kotlin file, waits for the squiggles, opens the Problems panel, shows the language
// status and the hover, opens the Quick Fix menu, applies the fix with Enter and sees the warning
// squiggle go. With locale 'ja' the same flow expects the Japanese texts (screenshots *-ja.png).
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const KOTLIN_FILE = 'android/app/src/main/java/com/example/shop/ApiClient.kt';
const TEXT = {
  en: {
    trustAll: 'Any server certificate is accepted', cleartext: 'Cleartext URL', status: 'SecureComm: 2 findings',
    hover: 'Fix in Kotlin:', fix: 'Use the encrypted scheme (https:// / wss://)',
    scan: 'Scan Workspace', hostname: 'Hostname verification is disabled',
  },
  ja: {
    trustAll: 'サーバー証明書', cleartext: '平文', status: 'SecureComm: 検出 2 件',
    hover: '修正例（Kotlin）:', fix: '暗号化されたスキーム（https:// / wss://）を使う',
    scan: 'ワークスペースをスキャン', hostname: 'ホスト名検証',
  },
};
const SHOTS = ['problems', 'status', 'hover', 'quickfix', 'after-fix', 'findings-view'];
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

async function run({ ctx, workbenchUrl, root, workspace, shots, locale = 'en' }) {
  const text = TEXT[locale];
  const tag = locale === 'en' ? 'ui' : `ui-${locale}`;
  const say = (msg) => console.log(`[${tag}] ${msg}`);
  const shotFile = (name) => path.join(shots, locale === 'en' ? `${name}.png` : `${name}-${locale}.png`);
  fs.mkdirSync(shots, { recursive: true });
  for (const name of SHOTS) fs.rmSync(shotFile(name), { force: true }); // no stale picture survives a failed run
  const shot = async (name) => {
    await page.screenshot({ path: shotFile(name) });
    say(`screenshot ${path.relative(process.cwd(), shotFile(name))}`);
  };
  const t0 = Date.now();
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(workbenchUrl([
    ['extensionDevelopmentPath', root], ['openFile', path.join(workspace, KOTLIN_FILE)], ['skipWelcome', 'true'],
  ]));
  const editor = page.locator('.editor-instance .monaco-editor').first();
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
  await shot('problems');

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
  await shot('hover');
  await page.keyboard.press('Escape');
  await hover.waitFor({ state: 'hidden', timeout: 10_000 });

  // Quick Fix menu (Ctrl+.) on the cleartext URL (line 7), then Enter on the fix.
  await goTo(page, editor, 7, 26);
  await page.keyboard.press('Control+.');
  const menu = page.locator('.action-widget');
  const fixRow = menu.locator('.monaco-list-row', { hasText: text.fix }).first();
  await fixRow.waitFor({ timeout: 30_000 });
  const rows = await menu.locator('.monaco-list-row.action').allInnerTexts();
  say(`quick fixes: ${rows.map(oneLine).join(' | ')}`);
  // Mouse clicks are intercepted by .context-view-pointerBlock: move the focus with the keyboard.
  for (let i = 0; i < rows.length && !(await fixRow.evaluate((el) => el.classList.contains('focused'))); i++) {
    await page.keyboard.press('ArrowDown');
  }
  await shot('quickfix');
  await page.keyboard.press('Enter');
  await editor.locator('.view-line', { hasText: 'https://api.shop.io/v1/' }).first().waitFor({ timeout: 30_000 });
  await editor.locator('.squiggly-warning').first().waitFor({ state: 'detached', timeout: 30_000 });
  await problems.filter({ hasText: text.cleartext }).first().waitFor({ state: 'detached', timeout: 30_000 });
  await editor.locator('.squiggly-error').first().waitFor({ timeout: 5_000 }); // the trust-all finding stays
  await shot('after-fix');

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
  say(`OK in ${Date.now() - t0} ms`);
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
