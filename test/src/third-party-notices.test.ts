// The VSIX must carry the licence notices of everything bundled into dist/ and of the grammars
// (THIRD-PARTY-NOTICES.md, written by scripts/bundle.js). These tests re-run the esbuild
// analysis (no output written) and fail when the committed file misses or misstates a package.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { REPO } from './helpers/engine';

type Metafile = { inputs: Record<string, unknown> };
interface Notice { name: string; version: string; license?: string; texts: string[]; usedBy: Set<string> }
// Plain CommonJS scripts outside the TypeScript projects: typed here by what the tests use.
const notices = require(path.join(REPO, 'scripts', 'third-party-notices.js')) as {
  NOTICES_FILE: string;
  packageDirsOf(metafile: Metafile): Set<string>;
  collectNotices(metafiles: Record<string, Metafile>): Map<string, Notice>;
  renderNotices(entries: Map<string, Notice>): string;
};
const { buildAll } = require(path.join(REPO, 'scripts', 'bundle.js')) as {
  buildAll(options: { write: boolean }): Promise<Record<string, { metafile: Metafile }>>;
};

async function currentMetafiles(): Promise<Record<string, Metafile>> {
  const results = await buildAll({ write: false });
  return Object.fromEntries(Object.entries(results).map(([name, r]) => [name, r.metafile]));
}

describe('third-party notices (THIRD-PARTY-NOTICES.md)', () => {
  test('every npm package in the bundles, the tree-sitter runtime and every grammar has a notice with its licence text', async () => {
    const committed = fs.readFileSync(notices.NOTICES_FILE, 'utf8');
    const metafiles = await currentMetafiles();
    const expected = notices.collectNotices(metafiles);
    const bundledDirs = Object.values(metafiles).flatMap((m) => [...notices.packageDirsOf(m)]);
    assert.ok(bundledDirs.some((d) => d.endsWith('node_modules/vscode-languageclient')), 'the client bundle is analysed');
    assert.ok(bundledDirs.some((d) => d.endsWith('node_modules/yaml')), 'the server bundle is analysed');
    const grammars = JSON.parse(fs.readFileSync(path.join(REPO, 'grammars', 'grammars.json'), 'utf8')) as {
      grammars: Record<string, { package: string; version: string }>;
    };
    for (const g of Object.values(grammars.grammars)) assert.ok(expected.has(`${g.package}@${g.version}`), `${g.package}`);
    assert.ok([...expected.keys()].some((k) => k.startsWith('web-tree-sitter@')));
    const missing = [...expected.values()]
      .filter((e) => !committed.includes(`\n## ${e.name} ${e.version}\n`) || !e.texts.every((t) => committed.includes(t.replace(/\r\n/g, '\n').trimEnd())))
      .map((e) => `${e.name}@${e.version}`);
    assert.deepEqual(missing, [], 'bundled without a notice: run `node scripts/bundle.js` and commit THIRD-PARTY-NOTICES.md');
  });

  test('the committed file is exactly what the current bundles produce', async () => {
    const generated = notices.renderNotices(notices.collectNotices(await currentMetafiles()));
    assert.equal(fs.readFileSync(notices.NOTICES_FILE, 'utf8'), generated, 'stale: run `node scripts/bundle.js` and commit THIRD-PARTY-NOTICES.md');
  });

  test('the package folder of a bundled file is found, scoped and nested ones included', () => {
    const dirs = notices.packageDirsOf({ inputs: {
      'node_modules/a/lib/x.js': {},
      'node_modules/a/node_modules/@s/b/dist/y.js': {},
      'server/src/lsp/main.ts': {},
    } });
    assert.deepEqual([...dirs].sort(), ['node_modules/a', 'node_modules/a/node_modules/@s/b']);
  });

  test('a package without a licence file is an error, not a silent gap', () => {
    const entries = new Map([['x@1.0.0', { name: 'x', version: '1.0.0', license: 'MIT', texts: [], usedBy: new Set(['dist/server.js']) }]]);
    assert.throws(() => notices.renderNotices(entries), /x@1\.0\.0 has no licence file/);
  });
});
