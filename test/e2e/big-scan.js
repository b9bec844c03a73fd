// The `big` pass (opt-in): "SecureComm: Scan Workspace" on a large folder of one's own
// (E2E_BIG_WORKSPACE, opened where it is, never copied or written), driven like a person:
//   1. the SecureComm view, Scan Workspace from its title; the progress notification; its Cancel
//      button; the scan says it was cancelled (notification, output channel) and stops;
//   2. Scan Workspace again, to the end (10 minutes at most); the tree's total by category equals
//      the findings the scan reported;
//   3. a finding clicked in the tree opens its file; the tab closed, the file's findings stay in
//      the Problems panel;
//   4. wall times (click to the notification that ends the scan) and the memory of the language
//      server and of the extension host (VmHWM / VmRSS from /proc) before, after and ~15 s after.
// Screenshots big-progress.png, big-tree.png, big-after-close.png (and readme-big-*.png, just the
// part of the workbench that matters). Every wait has a deadline; none is a sleep.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { readMemory, findProcess } = require('./proc');
const { palette } = require('./workbench');

const SCAN_DEADLINE_MS = 10 * 60_000;
const TEXT = {
  scan: 'Scan Workspace',
  progressTitle: 'SecureComm: scanning the workspace',
  scanning: /\d+ \/ \d+ files/,
  cancelled: /SecureComm: workspace scan cancelled after (\d+) files \((\d+) findings so far\)/,
  finished: /SecureComm: (\d+) files scanned, (\d+) findings, (\d+) files skipped/,
  showOutput: 'SecureComm: Show Output',
};
/** How long the findings of a closed file must stay in the Problems panel to count as kept. */
const KEPT_FOR_MS = 5_000;
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();
const mb = (kib) => `${Math.round(kib / 1024)} MB`;

async function run({ ctx, workbenchUrl, root, workspace, shots, processGroup }) {
  const say = (msg) => console.log(`[big] ${msg}`);
  const shotFile = (name) => path.join(shots, `${name}.png`);
  fs.mkdirSync(shots, { recursive: true });
  for (const name of ['progress', 'tree', 'after-close']) for (const f of [`big-${name}`, `readme-big-${name}`]) fs.rmSync(shotFile(f), { force: true });
  /**
   * The page, and the same picture clipped to `part` (a locator) as readme-<name>.png; with
   * `until`, only down to the bottom of its last element (the rows of a tree, not the space below).
   */
  const shot = async (name, part, until) => {
    await page.screenshot({ path: shotFile(name) });
    say(`screenshot ${path.relative(process.cwd(), shotFile(name))}`);
    const box = await part.boundingBox();
    const last = until && await until.last().boundingBox();
    if (last) box.height = Math.min(box.height, last.y + last.height + 8 - box.y);
    await page.screenshot({ path: shotFile(`readme-${name}`), clip: box });
  };
  const t0 = Date.now();
  const page = ctx.pages()[0] || await ctx.newPage();
  await page.goto(workbenchUrl([['extensionDevelopmentPath', root], ['skipWelcome', 'true']]));

  // The SecureComm view (it activates the extension, which starts the language server).
  const viewIcon = page.locator('.activitybar [aria-label^="SecureComm"]').first();
  await viewIcon.waitFor({ timeout: 90_000 });
  const sidebar = page.locator('.part.sidebar');
  const scanButton = sidebar.locator(`.action-label[aria-label="${TEXT.scan}"]`).first();
  /** Shows the view (a click on the icon of the view already shown would hide the side bar). */
  const showView = async () => {
    if (!(await scanButton.isVisible())) await viewIcon.click();
    await scanButton.waitFor({ timeout: 30_000 });
  };
  await showView();
  const server = await findProcess(processGroup, (cmd) => cmd.includes(path.join(root, 'dist', 'server.js')), 'the language server (dist/server.js)');
  const extensionHost = await findProcess(processGroup, (cmd) => cmd.includes('--type=extensionHost'), 'the extension host');
  // Before the scan = the server ready: its queries compiled in the background.
  const ready = await serverLogLine(page, /queries compiled for all languages/);
  say(`workbench and language server (pid ${server}, extension host ${extensionHost}) up in ${Date.now() - t0} ms: ${ready}`);
  const memory = { before: { server: readMemory(server), extensionHost: readMemory(extensionHost) } };

  // 1. Scan, then Cancel in the progress notification. The language client shows the server's
  //    progress as a silent notification: a status bar entry that opens it when clicked.
  //    (Notifications show as toasts, or in the notification center while that is open.)
  const notifications = page.locator('.notification-list-item:visible');
  const progressNotification = notifications.filter({ hasText: TEXT.progressTitle }).first();
  const scanClick = Date.now();
  await scanButton.click();
  const progressEntry = page.locator('[id="status.progress"]', { hasText: TEXT.progressTitle });
  await progressEntry.filter({ hasText: TEXT.scanning }).waitFor({ timeout: 120_000 }); // listed, files being read
  await progressEntry.click();
  await progressNotification.waitFor({ timeout: 10_000 });
  say(`progress: ${oneLine(await progressNotification.locator('.notification-list-item-message').innerText())} (${Date.now() - scanClick} ms after the click on Scan Workspace)`);
  await shot('big-progress', page.locator('.notifications-center'));
  const cancelClick = Date.now();
  await progressNotification.locator('.monaco-button', { hasText: 'Cancel' }).first().click();
  const cancelled = notifications.filter({ hasText: TEXT.cancelled }).first();
  await cancelled.waitFor({ timeout: 60_000 });
  const cancelLatencyMs = Date.now() - cancelClick;
  const [, cancelledFiles] = TEXT.cancelled.exec(oneLine(await cancelled.innerText()));
  await progressNotification.waitFor({ state: 'hidden', timeout: 10_000 });
  await progressEntry.waitFor({ state: 'hidden', timeout: 10_000 });
  await closeNotification(cancelled);
  const cancelLine = await serverLogLine(page, /workspace scan: .*\(cancelled\)/);
  say(`cancelled: the notification ${cancelLatencyMs} ms after the click on Cancel, after ${cancelledFiles} files; server: ${cancelLine}`);

  // 2. Scan again, to the end.
  await showView();
  const secondClick = Date.now();
  await scanButton.click();
  const finishedNotification = notifications.filter({ hasText: TEXT.finished }).first();
  await finishedNotification.waitFor({ timeout: SCAN_DEADLINE_MS });
  const scanWallMs = Date.now() - secondClick;
  memory.after = { server: readMemory(server), extensionHost: readMemory(extensionHost) };
  const finished = oneLine(await finishedNotification.innerText());
  const [, files, findings, skipped] = TEXT.finished.exec(finished).map(Number);
  await closeNotification(finishedNotification);
  const finishLine = await serverLogLine(page, /workspace scan: \d+ files, .* in \d+ ms/, (l) => !l.includes('(cancelled)'));
  say(`finished ${scanWallMs} ms after the click: ${finished}; server: ${finishLine}`);
  await showView();
  const categories = sidebar.locator('.monaco-list-row[aria-level="1"]');
  const byCategory = await waitForTreeTotal(categories, findings);
  say(`tree: ${byCategory.map(([name, n]) => `${name} ${n}`).join(', ')} = ${findings}, the scan's count`);
  await shot('big-tree', sidebar, sidebar.locator('.monaco-list-row'));

  // 3. A finding from the tree opens its file; closing the tab keeps its findings in Problems.
  const afterClose = await findingsKeptAfterClose(page, sidebar, say);
  await shot('big-after-close', page.locator('.part.panel'));

  // 4. Memory ~15 s after the scan (the pool stops its idle worker after 10 s).
  await page.waitForTimeout(Math.max(0, secondClick + scanWallMs + 15_000 - Date.now())); // a measuring point, not a wait for the UI
  memory.later = { server: readMemory(server), extensionHost: readMemory(extensionHost) };
  const mem = (p) => ['before', 'after', 'later'].map((k) => mb(memory[k][p].rssKiB)).join(' / ');
  say(`SUMMARY ${path.basename(workspace)}: ${files} files scanned, ${findings} findings, ${skipped} skipped; scan ${(scanWallMs / 1000).toFixed(1)} s ` +
    `(click to the finish notification); cancel: stopped ${cancelLatencyMs} ms after the click, after ${cancelledFiles} files; ` +
    `language server RSS before / after / 15 s later ${mem('server')}, peak (VmHWM) ${mb(memory.later.server.hwmKiB)}; ` +
    `extension host RSS ${mem('extensionHost')}, peak ${mb(memory.later.extensionHost.hwmKiB)}`);
  if (!afterClose.kept) {
    throw new Error(`the findings of ${afterClose.file} are gone from the Problems panel ${KEPT_FOR_MS} ms after its tab was closed ` +
      '(known bug with pull diagnostics, being fixed on branch h-pull)');
  }
  say(`OK in ${Date.now() - t0} ms`);
}

/** Closes a notification with its × (the next one to wait for is then a new one; screenshots stay clear). */
async function closeNotification(notification) {
  await notification.hover();
  await notification.locator('.codicon-notifications-clear').click();
  await notification.waitFor({ state: 'hidden', timeout: 10_000 });
}

/** A line of the server's log in the SecureComm output channel (opened from the palette). */
async function serverLogLine(page, pattern, accept = () => true) {
  await palette(page, TEXT.showOutput);
  const lines = page.locator('.output-view .view-line');
  const deadline = Date.now() + 60_000;
  for (;;) {
    // (The editor renders spaces as no-break spaces.)
    const found = (await lines.allInnerTexts()).map(oneLine).filter((l) => pattern.test(l) && accept(l)).at(-1);
    if (found) return found.replace(/^.*?\[info\]\s*/, '');
    if (Date.now() > deadline) throw new Error(`no line ${pattern} in the output channel within 60 s`);
    await page.waitForTimeout(100);
  }
}

/** Waits until the categories' counts add up to `total`; returns [[category, count], …]. */
async function waitForTreeTotal(categories, total, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A row is its label and its description (the count), in separate elements.
    const counted = await categories.evaluateAll((rows) => rows.map((row) => [
      row.querySelector('.label-name')?.textContent.trim(), Number(row.querySelector('.label-description')?.textContent),
    ]));
    if (counted.reduce((sum, [, n]) => sum + n, 0) === total) return counted;
    if (Date.now() > deadline) throw new Error(`the tree's categories ${JSON.stringify(counted)} do not add up to the scan's ${total} findings`);
    await categories.page().waitForTimeout(100);
  }
}

/**
 * Expands the first rule, clicks its first finding (the file opens), sees the file in the
 * Problems panel, closes the tab with its × and checks that the file is still listed there
 * KEPT_FOR_MS later. Returns { file, kept, gaps } (gaps: when it was missing meanwhile).
 */
async function findingsKeptAfterClose(page, sidebar, say) {
  await sidebar.locator('.monaco-list-row[aria-level="2"]').first().click();
  const fileRow = sidebar.locator('.monaco-list-row[aria-level="3"]').first();
  await fileRow.waitFor({ timeout: 10_000 });
  const file = oneLine(await fileRow.locator('.label-name').first().innerText());
  const finding = sidebar.locator('.monaco-list-row[aria-level="4"]').first();
  say(`clicking the finding ${oneLine(await finding.innerText())} in ${file}`);
  await finding.click();
  const tab = page.locator('.tab.active', { hasText: file });
  await tab.waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+Shift+M');
  const problemsFile = page.locator('.markers-panel .monaco-list-row', { hasText: file }).first();
  await problemsFile.waitFor({ timeout: 30_000 });
  say(`problems with ${file} open: ${(await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(oneLine).slice(0, 6).join(' | ')}`);
  await tab.hover();
  await tab.locator('.tab-actions .action-label').first().click();
  await tab.waitFor({ state: 'detached', timeout: 10_000 });
  // Watched for KEPT_FOR_MS; a moment without them (cleared on close, published again) is reported.
  const closed = Date.now();
  const absent = [];
  while (Date.now() - closed < KEPT_FOR_MS) {
    const shown = await problemsFile.isVisible();
    const since = Date.now() - closed;
    if (!shown && (absent.length === 0 || absent.at(-1).to !== undefined)) absent.push({ from: since });
    if (shown && absent.length && absent.at(-1).to === undefined) absent.at(-1).to = since;
    await page.waitForTimeout(50);
  }
  const kept = await problemsFile.isVisible();
  const gaps = absent.map((a) => `${a.from}–${a.to ?? 'end'} ms`).join(', ');
  if (gaps) say(`${file}'s findings were missing from the Problems panel ${gaps} after its tab closed${kept ? ', then back' : ''}`);
  say(`problems ${KEPT_FOR_MS} ms after ${file} closed: ${(await page.locator('.markers-panel .monaco-list-row').allInnerTexts()).map(oneLine).slice(0, 6).join(' | ')}`);
  return { file, kept, gaps };
}

module.exports = { run };
