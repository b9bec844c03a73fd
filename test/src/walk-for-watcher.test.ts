import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { walk, walkListsFile, walkYielding, type WalkOptions } from '../../server/out/scan/walk';
import { project } from './helpers/cli';
import { REPO } from './helpers/engine';

const FILES = {
  '.gitignore': 'generated/\n*.local.kt\n',
  'app/src/main/java/Api.kt': 'val a = 1\n',
  'app/src/main/java/Api.local.kt': 'val a = 1\n',
  'app/src/test/java/ApiTest.kt': 'val a = 1\n',
  'app/src/debug/java/Debug.kt': 'val a = 1\n',
  'generated/Gen.kt': 'val a = 1\n',
  'node_modules/lib/index.js': 'module.exports = 1\n',
  'vendor/.gitignore': 'old/\n',
  'vendor/old/Old.java': 'class Old {}\n',
  'vendor/New.java': 'class New {}\n',
  'examples/chat/Chat.swift': 'let a = 1\n',
  'legacy/Legacy.ts': 'export const a = 1;\n',
  'README.md': '# readme\n',
};

describe('walking for the language server', () => {
  test('walkListsFile answers for one file exactly what walk lists', () => {
    const dir = project(FILES);
    for (const options of [{}, { include: new Set(['test', 'example'] as const), exclude: ['legacy/'], excludeBase: dir }] as WalkOptions[]) {
      const listed = new Set(walk([dir], options).files);
      for (const rel of Object.keys(FILES)) {
        const file = path.join(dir, rel);
        assert.equal(walkListsFile(dir, file, options), listed.has(file), `${rel} with ${JSON.stringify(options)}`);
      }
      assert.equal(walkListsFile(dir, path.join(dir, 'app/src/main/java/Missing.kt'), options), false, 'a file that is gone');
      assert.equal(walkListsFile(dir, path.join(REPO, 'demo/server/src/auth.ts'), options), false, 'a file outside the folder');
    }
    assert.ok(new Set(walk([dir]).files).has(path.join(dir, 'vendor/New.java')), 'the fixture lists something');
  });

  test('walkYielding lists the same files and lets other work in meanwhile', async () => {
    const dir = path.join(REPO, 'demo');
    let ranMeanwhile = false;
    setImmediate(() => { ranMeanwhile = true; });
    const result = await walkYielding([dir], {}, 0);
    assert.equal(ranMeanwhile, true);
    assert.deepEqual(result, walk([dir]));
    assert.ok(fs.existsSync(result.files[0]!));
  });
});
