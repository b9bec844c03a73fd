// The report pass: `securecomm scan demo --format html` rendered in Chromium the way a reviewer
// opens the CI artifact, with JavaScript disabled and every network request blocked. Checks the
// summary chart against the JSON report's counts, one section per finding with its code excerpt,
// https links only, no console error and no request leaving the page, and that the page's
// Content-Security-Policy refuses a script even where JavaScript is on. Screenshot:
// screenshots/report.png. Needs server/out (npm install's `prepare`, or `npx tsc -b`).
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

/** The page's address: served from memory by route(), so any other URL is a request leaving the page. */
const REPORT_URL = 'http://report.invalid/report.html';
const CATEGORY = (ruleId) => (ruleId.startsWith('tls-') ? 'TLS' : ruleId.startsWith('transport-') ? 'Transport' : 'Authentication');

/** The CLI exits 1 when there are findings: that is the report's normal case here. */
function scan(root, format) {
  const cli = path.join(root, 'server', 'out', 'cli.js');
  if (!fs.existsSync(cli)) throw new Error('server/out/cli.js is missing: run `npx tsc -b` first');
  try {
    return execFileSync(process.execPath, [cli, 'scan', 'demo', '--format', format], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (e) {
    if (e.status === 1 && e.stdout) return e.stdout;
    throw e;
  }
}

/** Opens `html` at REPORT_URL in a fresh context; returns { page, requests, console }. */
async function open(browser, html, { javaScriptEnabled }) {
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1100, height: 900 } });
  const requests = [];
  const console = [];
  await context.route('**/*', (route) => {
    if (route.request().url() === REPORT_URL) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
    requests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => console.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => console.push({ type: 'error', text: String(e) }));
  await page.goto(REPORT_URL);
  return { page, requests, console };
}

async function run({ browser, root, shots }) {
  const say = (msg) => process.stdout.write(`[report] ${msg}\n`);
  const html = scan(root, 'html');
  const { findings } = JSON.parse(scan(root, 'json'));
  assert.ok(findings.length > 10, `the demo has findings (${findings.length})`);

  const { page, requests, console } = await open(browser, html, { javaScriptEnabled: false });

  // The summary chart: visible, and one bar per category and severity with the JSON's count.
  const chart = page.locator('svg[aria-label="Findings by category and severity"]');
  assert.ok(await chart.isVisible(), 'the summary chart is visible');
  const box = await chart.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 50, `the chart has a size (${JSON.stringify(box)})`);
  const expected = {};
  for (const f of findings) {
    const key = `${CATEGORY(f.ruleId)} ${f.severity}`;
    expected[key] = (expected[key] ?? 0) + 1;
  }
  const bars = await chart.evaluate((svg) => {
    // Each category row: its label <text>, then its bars, each titled "<severity>: <count>".
    const out = {};
    let category = null;
    for (const el of svg.children) {
      if (el.tagName === 'text' && el.getAttribute('x') === '0') category = el.textContent;
      const title = el.tagName === 'rect' ? el.querySelector('title') : null;
      if (title && category) {
        const [severity, count] = title.textContent.split(': ');
        out[`${category} ${severity}`] = Number(count);
      }
    }
    return out;
  });
  assert.deepEqual(bars, expected, 'chart bars = findings per category and severity');
  say(`chart: ${Object.entries(bars).map(([k, n]) => `${k} ${n}`).join(', ')}`);

  // Every finding has its entry, with the excerpt around its line.
  const shown = await page.locator('.finding').evaluateAll((els) => els.map((el) => ({
    where: el.querySelector(':scope > code')?.textContent ?? '',
    lines: [...el.querySelectorAll('pre .ln')].map((ln) => Number(ln.textContent)),
    excerpt: el.querySelector('pre')?.textContent ?? '',
  })));
  assert.equal(shown.length, findings.length, 'one entry per finding');
  for (const f of findings) {
    const entry = shown.find((s) => s.where === `${f.path}:${f.line}` && s.lines.includes(f.line));
    assert.ok(entry, `${f.ruleId} at ${f.path}:${f.line} is shown with the excerpt around its line`);
    assert.ok(entry.excerpt.trim().length > 0, `${f.path}:${f.line} has code in its excerpt`);
  }
  const sections = await page.locator('section h3 code').allInnerTexts();
  assert.deepEqual([...new Set(sections)].sort(), [...new Set(findings.map((f) => f.ruleId))].sort(), 'one section per rule with findings');
  say(`${shown.length} findings in ${sections.length} rule sections, each with its excerpt`);

  // References: https only.
  const links = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.length > 0, 'the report links its references');
  assert.deepEqual(links.filter((h) => !h.startsWith('https://')), [], 'every link is https');

  await page.screenshot({ path: path.join(shots, 'report.png') });
  say(`screenshot ${path.relative(process.cwd(), path.join(shots, 'report.png'))}`);
  assert.deepEqual(console.filter((m) => m.type === 'error'), [], 'no console error');
  assert.deepEqual(requests, [], 'no request leaves the page');
  await page.context().close();

  // The CSP: with JavaScript on, an inline script slipped into the report does not run.
  const marker = '<script>document.title = "script ran"</script>';
  const injected = await open(browser, html.replace('</head>', `${marker}</head>`), { javaScriptEnabled: true });
  assert.notEqual(await injected.page.title(), 'script ran', 'the Content-Security-Policy blocks inline scripts');
  assert.ok(injected.console.some((m) => /Content Security Policy/i.test(m.text)), 'Chromium reports the CSP refusal');
  assert.deepEqual(injected.requests, [], 'no request leaves the page');
  await injected.page.context().close();
  say(`CSP refuses scripts; ${links.length} links, all https; no request, no console error`);
}

module.exports = { run };
