import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { minifiedLongestLine } from '../../server/out/scan/minified';
import { project, securecomm } from './helpers/cli';
import { LspClient } from './helpers/lsp-client';

/** What a bundler writes: one very long line of code, with a cleartext URL deep inside. */
function bundle(chars: number): string {
  const unit = 'var a=function(e){return e.map(function(t){return t.id})};';
  const body = unit.repeat(Math.ceil(chars / unit.length));
  return `!function(){${body.slice(0, chars / 2)}fetch("http://telemetry.shop.io/v1");${body.slice(0, chars / 2)}}();\n`;
}

/** Hand-written code with a long embedded string: long, but most lines are short. */
function handWritten(): string {
  const lines = Array.from({ length: 400 }, (_, i) => `export function label${i}(m) { return m.name + ' #' + m.id; }`);
  lines.splice(200, 0, `export const LOGO = "data:image/png;base64,${'A'.repeat(6000)}";`);
  return `${lines.join('\n')}\n`;
}

describe('minified or bundled JavaScript', () => {
  test('is recognised by its long lines, not by a long string in hand-written code nor in a small file', () => {
    assert.ok((minifiedLongestLine(bundle(40_000)) ?? 0) > 40_000);
    assert.equal(minifiedLongestLine(handWritten()), undefined, 'one long string among 400 short lines');
    assert.equal(minifiedLongestLine(bundle(10_000)), undefined, 'small: cheap to analyse anyway');
    const wrapped = bundle(40_000).replace(/;/g, ';\n'); // the same code, pretty-printed
    assert.equal(minifiedLongestLine(wrapped), undefined);
  });

  test('a hand-written component whose one line of data dwarfs its code is not taken for a bundle', () => {
    // A background image as base64 (209 KB on one line in a real React Native screen) next to ordinary code.
    const component = [
      'import React from "react";',
      ...Array.from({ length: 60 }, (_, i) => `export const style${i} = { flex: 1, padding: ${i} };`),
      `const IMAGE = "data:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAA'.repeat(4000)}";`,
      'export function Background() { return <Image source={{ uri: IMAGE }} />; }',
      'fetch("http://api.shop.io/v1");',
    ].join('\n');
    assert.ok(component.length / component.split('\n').length > 200, 'its average line is as long as a bundle\'s');
    assert.equal(minifiedLongestLine(component), undefined);
    const dir = project({ 'src/Background.tsx': component });
    const report = JSON.parse(securecomm(['scan', '.', '--format', 'json', '--no-progress'], dir).stdout) as { findings: { ruleId: string }[]; skipped: unknown[] };
    assert.deepEqual([report.skipped.length, report.findings.map((f) => f.ruleId)], [0, ['transport-cleartext-url']]);
  });

  test('a folder scan skips it with the reason and the way to check it; --include generated analyses it', () => {
    const dir = project({ 'www/js/extension.js': bundle(40_000), 'www/js/app.js': handWritten() + 'fetch("http://api.shop.io/v1");\n' });
    const skipped = securecomm(['scan', '.', '--format', 'json', '--no-progress'], dir);
    const report = JSON.parse(skipped.stdout) as { findings: { path: string }[]; skipped: { path: string; reason: string }[] };
    assert.deepEqual(report.findings.map((f) => f.path), ['www/js/app.js'], 'the hand-written file is analysed');
    assert.deepEqual(report.skipped.map((s) => s.path), ['www/js/extension.js']);
    assert.match(report.skipped[0]!.reason, /^minified or bundled JavaScript \(a line of \d+ characters\): its source is elsewhere; --include generated checks it$/);
    const included = securecomm(['scan', '.', '--format', 'json', '--no-progress', '--include', 'generated'], dir);
    assert.deepEqual((JSON.parse(included.stdout) as typeof report).findings.map((f) => f.path).sort(), ['www/js/app.js', 'www/js/extension.js']);
    const ja = securecomm(['scan', '.', '--locale', 'ja', '--no-progress'], dir);
    assert.match(ja.stdout, /圧縮またはバンドルされた JavaScript です/);
  });

  test('the editor\'s workspace scan follows the folder\'s include of generated code', async () => {
    for (const [config, expected] of [['', 0], ['include: [generated]\n', 1]] as const) {
      const dir = project({ '.securecomm.yml': config || 'rules: {}\n', 'www/js/extension.js': bundle(40_000) });
      const client = await LspClient.start({ workspaceFolder: dir });
      try {
        const exported = await client.connection.sendRequest('securecomm/exportFindings', { format: 'markdown' }) as { content: string; findings: number };
        assert.equal(exported.findings, expected, config || 'no include');
        if (!expected) assert.match(exported.content, /`www\/js\/extension\.js`: minified or bundled JavaScript/);
      } finally {
        await client.stop();
      }
    }
  });
});
