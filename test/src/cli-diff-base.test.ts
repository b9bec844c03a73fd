import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { project, securecomm } from './helpers/cli';
import { git, gitRepo, write } from './helpers/git-repo';

const OLD_URL = `export const API_BASE_URL = "http://api.weather-app.io/v1";\n`;
const NEW_URL = `export const UPLOAD_URL = "http://upload.weather-app.io/v1";\n`;

/** A branch that adds a cleartext URL to a file that had one, and a new file with another; a third file is untouched. */
function branchWithChanges(): string {
  const dir = gitRepo({ 'src/api.ts': OLD_URL, 'src/untouched.ts': OLD_URL });
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, 'src/api.ts', OLD_URL + NEW_URL);
  git(dir, 'commit', '-q', '-am', 'upload');
  write(dir, 'src/new.ts', NEW_URL);
  return dir;
}

describe('securecomm scan --diff-base: review mode', () => {
  test('reports only findings on changed lines, and says how many were left out', () => {
    const r = securecomm(['scan', '.', '--diff-base', 'main'], branchWithChanges());
    assert.equal(r.code, 1, r.stderr);
    const reported = r.stdout.split('\n').filter((l) => l.includes('transport-cleartext-url'));
    assert.deepEqual(reported.map((l) => l.split('  ')[0]), ['src/api.ts:2:27', 'src/new.ts:1:27']);
    assert.match(r.stdout, /^2 findings \(0 error, 2 warning, 0 note\) in 2 files analysed/m);
    assert.match(r.stdout, /^review against main \(merge-base [0-9a-f]{7}\): 1 finding outside the changed lines not reported; 1 unchanged file not analysed$/m);
  });

  test('without --diff-base every finding is reported', () => {
    const r = securecomm(['scan', '.'], branchWithChanges());
    assert.equal(r.stdout.split('\n').filter((l) => l.includes('transport-cleartext-url')).length, 4);
  });

  test('JSON and SARIF carry only the reported findings; the sentence goes to stderr', () => {
    const dir = branchWithChanges();
    const json = securecomm(['scan', '.', '--diff-base', 'main', '--format', 'json'], dir);
    assert.deepEqual(JSON.parse(json.stdout).findings.map((f: { path: string }) => f.path), ['src/api.ts', 'src/new.ts']);
    assert.match(json.stderr, /1 finding outside the changed lines not reported/);
    const sarif = JSON.parse(securecomm(['scan', '.', '--diff-base', 'main', '--format', 'sarif'], dir).stdout);
    assert.equal(sarif.runs[0].results.length, 2);
  });

  test('exit 0 when the branch adds no finding, though old ones remain', () => {
    const dir = gitRepo({ 'src/api.ts': OLD_URL });
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, 'src/api.ts', `${OLD_URL}export const retries = 3;\n`);
    const r = securecomm(['scan', '.', '--diff-base', 'main'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /1 finding outside the changed lines not reported/);
  });

  for (const [what, dir, args, message] of [
    ['not a git repository', () => project({ 'a.ts': OLD_URL }), ['--diff-base', 'main'], /is not in a git repository.*run 'git init'/],
    ['no such ref', () => gitRepo({ 'a.ts': OLD_URL }), ['--diff-base', 'origin/nope'], /no branch or commit 'origin\/nope'/],
    ['an empty ref', () => gitRepo({ 'a.ts': OLD_URL }), ['--diff-base='], /--diff-base needs a branch or commit/],
  ] as const) {
    test(`exit 2 with a message that says what to do: ${what}`, () => {
      const r = securecomm(['scan', '.', ...args], dir());
      assert.equal(r.code, 2, r.stdout);
      assert.match(r.stderr, message);
    });
  }

  test('--help documents it', () => {
    assert.match(securecomm(['--help'], '.').stdout, /--diff-base REF {12}review mode: report only findings on lines changed since/);
  });
});
