#!/usr/bin/env node
// Bundles the VS Code extension into dist/ (what the VSIX ships):
//   dist/extension.js         the language client (CommonJS; `vscode` is the only external)
//   dist/server.js            the language server (server/src/lsp/main.ts, CommonJS, Node)
//   dist/scan-worker.js       a worker thread of the workspace scan (server/src/node/scan-worker.ts);
//                             the server starts it from its own folder (scan-pool.ts)
//   dist/web-tree-sitter.wasm the tree-sitter runtime; web-tree-sitter loads it from the
//                             folder of the running script (`__dirname`)
// The server finds grammars/ and server/rules/ by searching upward from dist/ for
// grammars/grammars.json (server/src/node/assets.ts), so they are not copied.
// It also rewrites THIRD-PARTY-NOTICES.md from the builds' metafiles (scripts/third-party-notices.js).
//
//   node scripts/bundle.js            minified, with external source maps (not packaged)
//   node scripts/bundle.js --dev      not minified
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');
const notices = require('./third-party-notices');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const dev = process.argv.includes('--dev');

/**
 * web-tree-sitter is an ES module package with a CommonJS build under its `require`
 * condition. esbuild picks `import` for an `import` statement, and the ESM build finds its
 * .wasm through `import.meta.url`, which is empty in a CommonJS bundle. The CommonJS build
 * uses `__dirname` instead, so resolve the package the way `require()` would.
 */
const webTreeSitterAsCommonJs = {
  name: 'web-tree-sitter-cjs',
  setup(build) {
    build.onResolve({ filter: /^web-tree-sitter$/ }, () => ({
      path: require.resolve('web-tree-sitter', { paths: [root] }),
    }));
  },
};

/** Shared options: one Node.js CommonJS file per entry point. */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  // VS Code 1.91 runs its extension host on Node.js 20.
  target: 'node20',
  minify: !dev,
  sourcemap: true,
  sourcesContent: false,
  // Warnings are printed and then fail the build (see main): e.g. an `import.meta` in
  // CommonJS output is a broken runtime path, not cosmetics.
  logLevel: 'warning',
  absWorkingDir: root,
};

/** The esbuild options of each bundle, by output name. */
const bundles = {
  'dist/extension.js': {
    ...common,
    entryPoints: { extension: 'client/src/extension.ts' },
    outdir: 'dist',
    // Provided by the extension host; everything else (vscode-languageclient) is bundled.
    external: ['vscode'],
    metafile: true,
  },
  'dist/server.js': {
    ...common,
    // The workspace scan's worker threads run dist/scan-worker.js (server/src/node/scan-pool.ts).
    entryPoints: { server: 'server/src/lsp/main.ts', 'scan-worker': 'server/src/node/scan-worker.ts' },
    outdir: 'dist',
    // The server runs in its own Node.js process and never sees `vscode`.
    external: [],
    plugins: [webTreeSitterAsCommonJs],
    metafile: true,
  },
};

/** Builds every bundle (write: false only analyses); returns the esbuild results by output name. */
async function buildAll({ write = true } = {}) {
  const names = Object.keys(bundles);
  const results = await Promise.all(names.map((name) => esbuild.build({ ...bundles[name], write })));
  return Object.fromEntries(names.map((name, i) => [name, results[i]]));
}

async function main() {
  const serverEntry = path.join(root, 'server', 'src', 'lsp', 'main.ts');
  if (!fs.existsSync(serverEntry)) {
    throw new Error(`the language server entry point is missing: ${path.relative(root, serverEntry)}`);
  }
  fs.rmSync(dist, { recursive: true, force: true });
  fs.mkdirSync(dist, { recursive: true });

  const byName = await buildAll();
  const results = Object.values(byName);

  const warnings = results.flatMap((r) => r.warnings);
  if (warnings.length > 0) {
    throw new Error(`esbuild reported ${warnings.length} warning(s); see above`);
  }
  for (const r of results) {
    const external = Object.values(r.metafile.outputs)
      .flatMap((o) => o.imports)
      .filter((i) => i.external && !i.path.startsWith('node:') && !isNodeBuiltin(i.path))
      .map((i) => i.path);
    const unexpected = [...new Set(external)].filter((p) => p !== 'vscode');
    if (unexpected.length > 0) {
      throw new Error(`unexpected external imports in the bundle: ${unexpected.join(', ')}`);
    }
  }

  const wasm = require.resolve('web-tree-sitter/web-tree-sitter.wasm', { paths: [root] });
  fs.copyFileSync(wasm, path.join(dist, 'web-tree-sitter.wasm'));

  const metafiles = Object.fromEntries(Object.entries(byName).map(([name, r]) => [name, r.metafile]));
  fs.writeFileSync(notices.NOTICES_FILE, notices.renderNotices(notices.collectNotices(metafiles)));
  console.log(`${path.relative(root, notices.NOTICES_FILE)} written`);

  for (const file of fs.readdirSync(dist).sort()) {
    const size = fs.statSync(path.join(dist, file)).size;
    console.log(`dist/${file.padEnd(24)} ${(size / 1024).toFixed(0).padStart(6)} KiB`);
  }
}

function isNodeBuiltin(name) {
  return require('node:module').builtinModules.includes(name);
}

module.exports = { buildAll };

if (require.main === module) {
  main().catch((e) => {
    console.error(`bundle: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
