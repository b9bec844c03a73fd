// What `vsce package` puts into the VSIX (`vsce ls` applies .vscodeignore's allow-list the same way).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { REPO } from './helpers/engine';

function vsixFiles(): string[] {
  const vsce = path.join(REPO, 'node_modules', '@vscode', 'vsce', 'vsce');
  const out = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO, encoding: 'utf8' });
  return out.split('\n').map((l) => l.trim()).filter(Boolean);
}

describe('VSIX contents', () => {
  const files = vsixFiles();

  // (dist/ exists only after scripts/bundle.js, so it is not asserted here.)
  test('ships the third-party notices next to the grammars they cover', () => {
    for (const f of ['THIRD-PARTY-NOTICES.md', 'LICENSE', 'grammars/tree-sitter-kotlin.wasm']) {
      assert.ok(files.includes(f), `${f} is not in the VSIX`);
    }
  });

  test('ships the walkthrough pages in English and Japanese', () => {
    const pages = files.filter((f) => f.startsWith('client/media/walkthrough/'));
    const steps: { media: { markdown: string } }[] = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).contributes.walkthroughs[0].steps;
    assert.deepEqual(pages.sort(), steps.flatMap((s) => [s.media.markdown, s.media.markdown.replace(/\.md$/, '.nls.ja.md')]).sort());
  });

  test('ships every picture the marketplace README shows, and no other', () => {
    // vsce packages client/MARKETPLACE.md as the VSIX's readme.md, so its links are relative to the root.
    const readme = readFileSync(path.join(REPO, 'client', 'MARKETPLACE.md'), 'utf8');
    const images = [...readme.matchAll(/!\[[^\]]+\]\(([^)]+)\)/g)].map((m) => m[1]!);
    assert.ok(images.length >= 3, 'the README shows screenshots');
    for (const image of images) assert.ok(files.includes(image), `${image} is linked but not in the VSIX`);
    assert.deepEqual(files.filter((f) => f.endsWith('.png') && f.startsWith('docs/')).sort(), [...new Set(images)].sort());
  });
});
