import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import { changedLines, touchesChange } from '../../server/out/node/git/line-diff';
import { ReviewSnapshot } from '../../server/out/node/git/review-snapshot';
import { GitError, runGit } from '../../server/out/node/git/run-git';
import { project } from './helpers/cli';
import { git, gitRepo, write } from './helpers/git-repo';

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const sorted = (s: ReadonlySet<number> | 'whole-file' | undefined) => (s === 'whole-file' || s === undefined ? s : [...s].sort((a, b) => a - b));

describe('changed lines of a text (line diff)', () => {
  test('added and modified lines are changed; the rest is not', () => {
    assert.deepEqual(sorted(changedLines(lines('a', 'b', 'c', 'd'), lines('a', 'B', 'c', 'new', 'd'))), [1, 3]);
  });

  test('a deletion marks the lines on either side of it', () => {
    assert.deepEqual(sorted(changedLines(lines('a', 'b', 'pin', 'c', 'd'), lines('a', 'b', 'c', 'd'))), [1, 2]);
  });

  test('a deletion at the start marks the first line only', () => {
    assert.deepEqual(sorted(changedLines(lines('x', 'a', 'b'), lines('a', 'b'))), [0]);
  });

  test('moved blocks and repeated lines: a minimal diff', () => {
    assert.deepEqual(sorted(changedLines(lines('a', 'x', 'b', 'x', 'c'), lines('a', 'x', 'b', 'y', 'x', 'c'))), [3]);
  });

  test('line endings do not count: a CRLF checkout of an LF file is unchanged', () => {
    assert.deepEqual(sorted(changedLines(lines('a', 'b'), 'a\r\nb\r\n')), []);
  });

  test('more edits than the diff follows: everything between the common start and end is changed', () => {
    const before = Array.from({ length: 3000 }, (_, i) => `old ${i}`);
    const after = Array.from({ length: 3000 }, (_, i) => `new ${i}`);
    const changed = changedLines(lines('head', ...before, 'tail'), lines('head', ...after, 'tail'));
    assert.equal(changed.size, 3000);
    assert.ok(!changed.has(0) && changed.has(1) && changed.has(3000) && !changed.has(3001));
  });

  test('a range touches a change when any of its lines is changed', () => {
    assert.equal(touchesChange(new Set([4]), 2, 4), true);
    assert.equal(touchesChange(new Set([4]), 5, 9), false);
    assert.equal(touchesChange('whole-file', 7, 7), true);
  });
});

describe('review snapshot of a real repository', () => {
  test('committed, staged and unstaged changes all count, against the merge-base', async () => {
    const dir = gitRepo({ 'a.ts': lines('1', '2', '3', '4', '5', '6') });
    const fork = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'checkout', '-q', '-b', 'feature');
    // main moves on after the branch: its new commits are not the branch's changes.
    git(dir, 'checkout', '-q', 'main');
    write(dir, 'a.ts', lines('one', '2', '3', '4', '5', '6'));
    git(dir, 'commit', '-q', '-am', 'main moves');
    git(dir, 'checkout', '-q', 'feature');
    write(dir, 'a.ts', lines('1', 'two', '3', '4', '5', '6'));
    git(dir, 'commit', '-q', '-am', 'committed');
    write(dir, 'a.ts', lines('1', 'two', '3', 'four', '5', '6'));
    git(dir, 'add', 'a.ts');
    write(dir, 'a.ts', lines('1', 'two', '3', 'four', '5', 'six'));
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.equal(s.base, fork);
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'a.ts'))), [1, 3, 5]);
  });

  test('the editor text is compared instead of the disk when given', async () => {
    const dir = gitRepo({ 'a.ts': lines('1', '2', '3') });
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'a.ts'))), []);
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'a.ts'), lines('1', '2', 'typed', '3'))), [2]);
  });

  test('an untracked file is changed as a whole; a file outside the repository is unknown', async () => {
    const dir = gitRepo({ 'a.ts': 'x\n' });
    write(dir, 'src/new.ts', 'y\n');
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.equal(await s.changedLinesOf(path.join(dir, 'src', 'new.ts')), 'whole-file');
    assert.equal(await s.changedLinesOf(path.join(os.tmpdir(), 'elsewhere.ts')), undefined);
  });

  test('a renamed file maps to its new path: only its edited lines are changed', async () => {
    const body = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const dir = gitRepo({ 'old/Api.kt': lines(...body) });
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'mv', 'old/Api.kt', 'Api.kt');
    git(dir, 'commit', '-q', '-m', 'move');
    write(dir, 'Api.kt', lines(...body.slice(0, 10), 'edited', ...body.slice(11)));
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'Api.kt'))), [10]);
  });

  test('a base file over the output cap is not read: the file counts as changed as a whole', async () => {
    const big = 'x'.repeat(100) + '\n';
    const dir = gitRepo({ 'big.js': big.repeat(50_000) });
    write(dir, 'big.js', `${big.repeat(50_000)}tail\n`);
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.equal(await s.changedLinesOf(path.join(dir, 'big.js')), 'whole-file');
  });

  test('the base: the upstream branch first', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' });
    git(dir, 'checkout', '-q', '-b', 'develop');
    write(dir, 'a.ts', '2\n');
    git(dir, 'commit', '-q', '-am', 'develop');
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'branch', '-q', '--set-upstream-to=develop');
    const s = await ReviewSnapshot.create(dir);
    assert.equal(s.against, '@{upstream}');
    assert.equal(s.base, git(dir, 'rev-parse', 'develop').trim());
  });

  test('the base: main without an upstream, else master', async () => {
    const main = gitRepo({ 'a.ts': '1\n' });
    git(main, 'checkout', '-q', '-b', 'feature');
    assert.equal((await ReviewSnapshot.create(main)).against, 'main');
    const master = gitRepo({ 'a.ts': '1\n' }, 'master');
    git(master, 'checkout', '-q', '-b', 'feature');
    assert.equal((await ReviewSnapshot.create(master)).against, 'master');
  });

  test('the base: an explicit branch or commit wins', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' });
    const first = git(dir, 'rev-parse', 'HEAD').trim();
    write(dir, 'a.ts', '2\n');
    git(dir, 'commit', '-q', '-am', 'second');
    const s = await ReviewSnapshot.create(dir, first);
    assert.equal(s.base, first);
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'a.ts'))), [0]);
  });

  for (const [what, setup, problem, message] of [
    ['not a git repository', () => project({ 'a.ts': '1\n' }), 'not-a-repository', /is not in a git repository.*open the repository's folder or run 'git init'/],
    ['no such ref', () => gitRepo({ 'a.ts': '1\n' }), 'no-such-ref', /no branch or commit 'no-such-branch'.*git branch -a/],
    ['a repository without a commit', () => { const d = project({ 'a.ts': '1\n' }); git(d, 'init', '-q'); return d; }, 'no-commit', /has no commit yet/],
  ] as const) {
    test(`a clear error: ${what}`, async () => {
      await assert.rejects(ReviewSnapshot.create(setup(), 'no-such-branch'), (e: unknown) => e instanceof GitError && e.problem === problem && message.test(e.message));
    });
  }

  test('a clear error: no upstream, no main, no master', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' }, 'trunk');
    await assert.rejects(ReviewSnapshot.create(dir), /no upstream and there is no 'main' or 'master': name the branch to compare with \(securecomm.review.base, or --diff-base REF\)/);
  });

  test('a ref that looks like an option is a name, not an option', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' });
    await assert.rejects(ReviewSnapshot.create(dir, '--output=/tmp/x'), /no branch or commit '--output=\/tmp\/x'/);
  });

  test('a clear error: git missing from PATH', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' });
    const saved = process.env.PATH;
    process.env.PATH = fs.mkdtempSync(path.join(os.tmpdir(), 'no-git-'));
    try {
      await assert.rejects(ReviewSnapshot.create(dir), (e: unknown) => e instanceof GitError && e.problem === 'git-missing' && /git was not found on PATH/.test(e.message));
    } finally {
      process.env.PATH = saved;
    }
  });

  test('a git executable inside the repository is never the one that runs', async () => {
    const dir = gitRepo({ 'a.ts': '1\n' });
    const marker = path.join(dir, 'fake-git-ran');
    write(dir, 'bin/git', `#!/bin/sh\ntouch '${marker}'\nexit 1\n`);
    fs.chmodSync(path.join(dir, 'bin', 'git'), 0o755);
    const saved = process.env.PATH;
    process.env.PATH = [path.join(dir, 'bin'), 'bin', saved].join(path.delimiter);
    try {
      await ReviewSnapshot.create(dir, 'main');
    } finally {
      process.env.PATH = saved;
    }
    assert.equal(fs.existsSync(marker), false);
  });
});

describe('a hostile repository: nothing it configures is executed', () => {
  /**
   * A repository whose `.git/config` names programs for the fsmonitor hook, an external diff
   * driver, a textconv, and clean and process filters, each of which leaves a marker file.
   */
  function hostileRepository(): { dir: string; ran: () => string[] } {
    const markers = fs.mkdtempSync(path.join(os.tmpdir(), 'securecomm-markers-'));
    const dir = gitRepo({ 'Api.kt': lines('val a = 1', 'val b = 2'), 'notes.txt': 'x\n' });
    const program = (name: string) => {
      const file = path.join(markers, `${name}.sh`);
      // `cat`: a working filter or textconv, so that git gets as far as using it.
      fs.writeFileSync(file, `#!/bin/sh\ntouch '${path.join(markers, `${name}.ran`)}'\ncat\n`, { mode: 0o755 });
      return file;
    };
    git(dir, 'config', 'core.fsmonitor', program('fsmonitor'));
    git(dir, 'config', 'diff.external-driver.command', program('diff-command'));
    git(dir, 'config', 'diff.conv.textconv', program('textconv'));
    git(dir, 'config', 'filter.cleaner.clean', program('clean'));
    git(dir, 'config', 'filter.cleaner.smudge', program('smudge'));
    git(dir, 'config', 'filter.long.process', program('process'));
    write(dir, '.gitattributes', '*.kt diff=external-driver filter=cleaner\n*.txt diff=conv filter=long\n');
    git(dir, 'add', '.gitattributes');
    git(dir, 'commit', '-q', '-m', 'attributes');
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'mv', 'notes.txt', 'renamed.txt');
    write(dir, 'Api.kt', lines('val a = 1', 'val b = 3'));
    write(dir, 'renamed.txt', 'y\n');
    const ran = () => fs.readdirSync(markers).filter((f) => f.endsWith('.ran')).sort();
    for (const f of ran()) fs.rmSync(path.join(markers, f));
    return { dir, ran };
  }

  test('plain git runs them: the test would see it', () => {
    const { dir, ran } = hostileRepository();
    try {
      execFileSync('git', ['diff'], { cwd: dir, stdio: 'ignore' });
    } catch {
      // the process filter is not a real one: git complains after running it
    }
    for (const program of ['fsmonitor', 'diff-command', 'textconv', 'clean', 'process']) assert.ok(ran().includes(`${program}.ran`), program);
  });

  test('even `git diff --no-ext-diff --no-textconv` runs the fsmonitor and the filters', () => {
    const { dir, ran } = hostileRepository();
    try {
      execFileSync('git', ['diff', '--no-ext-diff', '--no-textconv'], { cwd: dir, stdio: 'ignore' });
    } catch {
      // as above
    }
    for (const program of ['fsmonitor', 'clean', 'process']) assert.ok(ran().includes(`${program}.ran`), program);
  });

  test('the settings that name programs are overridden for every git command we run', async () => {
    const { dir } = hostileRepository();
    git(dir, 'config', 'core.hooksPath', path.join(dir, 'hooks'));
    git(dir, 'config', 'diff.external', path.join(dir, 'external-diff'));
    const seen = async (key: string) => (await runGit(dir, ['config', '--get', key]).catch(() => Buffer.from(''))).toString('utf8').trim();
    assert.equal(git(dir, 'config', '--get', 'core.fsmonitor').trim().endsWith('fsmonitor.sh'), true, 'plain git sees the hook');
    assert.equal(await seen('core.fsmonitor'), 'false');
    assert.equal(await seen('core.hooksPath'), os.devNull);
    assert.equal(await seen('diff.external'), '');
    assert.equal(await seen('protocol.allow'), 'never');
  });

  test('GIT_DIR of the parent process does not reach git (no GIT_* variable does)', async () => {
    const { dir, ran } = hostileRepository();
    const elsewhere = gitRepo({ 'other.ts': '1\n' });
    const main = git(dir, 'rev-parse', 'main').trim();
    process.env.GIT_DIR = path.join(elsewhere, '.git');
    try {
      const s = await ReviewSnapshot.create(dir, 'main');
      assert.equal(s.base, main, 'the base is this repository\'s main, not the other one\'s');
    } finally {
      delete process.env.GIT_DIR;
    }
    assert.deepEqual(ran(), []);
  });

  test('computing the review diff runs none of them, and still finds the changes', async () => {
    const { dir, ran } = hostileRepository();
    const s = await ReviewSnapshot.create(dir, 'main');
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'Api.kt'))), [1]);
    assert.deepEqual(sorted(await s.changedLinesOf(path.join(dir, 'renamed.txt'))), [0]);
    assert.deepEqual(ran(), []);
  });
});
