// Small steps in code-server's workbench that several UI passes take (ui.js, big-scan.js).
'use strict';

/** Runs a command from the palette by its exact title. */
async function palette(page, title) {
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-widget input:visible').first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

module.exports = { palette };
