import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { project } from './helpers/cli';
import { git, gitRepo, write } from './helpers/git-repo';
import { LspClient } from './helpers/lsp-client';

const OLD_URL = `export const API_BASE_URL = "http://api.weather-app.io/v1";\n`;
const NEW_URL = `export const UPLOAD_URL = "http://upload.weather-app.io/v1";\n`;
const TYPED_URL = `export const CDN_URL = "http://cdn.weather-app.io/v1";\n`;
const REVIEW_ON = { review: { enabled: true, base: '' } };

/** A branch whose api.ts had one cleartext URL at the base and gained a second one. */
function branchWithChange(): { dir: string; uri: string } {
  const dir = gitRepo({ 'src/api.ts': OLD_URL });
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, 'src/api.ts', OLD_URL + NEW_URL);
  git(dir, 'commit', '-q', '-am', 'upload');
  return { dir, uri: `file://${dir}/src/api.ts` };
}

const byLine = (d: Diagnostic[]) => [...d].sort((a, b) => a.range.start.line - b.range.start.line).map((x) => ({ line: x.range.start.line, severity: x.severity, outside: String(x.message).startsWith('(outside the change) ') }));

/**
 * A `git` first on PATH that records each run and hands over to the real one: shows whether
 * the server ran git at all.
 */
function recordingGit(): { dir: string; ran: () => boolean } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'securecomm-git-'));
  const real = (process.env.PATH ?? '').split(path.delimiter).map((p) => path.join(p, 'git')).find((g) => path.isAbsolute(g) && fs.existsSync(g))!;
  fs.writeFileSync(path.join(dir, 'git'), `#!/bin/sh\ntouch '${path.join(dir, 'ran')}'\nexec '${real}' "$@"\n`, { mode: 0o755 });
  return { dir, ran: () => fs.existsSync(path.join(dir, 'ran')) };
}

async function withPath<T>(first: string, start: () => Promise<T>): Promise<T> {
  const saved = process.env.PATH;
  process.env.PATH = [first, saved].join(path.delimiter);
  try {
    return await start(); // the server process takes PATH when it starts
  } finally {
    process.env.PATH = saved;
  }
}

describe('language server: review mode (securecomm.review.*)', () => {
  test('a finding on a changed line keeps its severity; one on an untouched line is a hint, not hidden', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir, settings: REVIEW_ON });
    try {
      await client.open(uri, 'typescript', OLD_URL + NEW_URL);
      const diags = await client.diagnosticsFor(uri, (d) => d.length === 2 && d.some((x) => x.severity === 4), 'one hint');
      assert.deepEqual(byLine(diags), [{ line: 0, severity: 4, outside: true }, { line: 1, severity: 2, outside: false }]);
      await client.until(() => client.logs.some((l) => /review mode: .* compared with main \(merge-base [0-9a-f]{7}\)/.test(l)), 'the base in the log');

      // Typed, not saved: the editor's text is what is compared.
      await client.change(uri, 2, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: TYPED_URL }]);
      const typed = await client.diagnosticsFor(uri, (d) => d.length === 3, 'the typed finding');
      assert.deepEqual(byLine(typed).map((d) => d.severity), [4, 2, 2]);
    } finally {
      await client.stop();
    }
  });

  test('when the base moves (main now has the change), the finding becomes a hint too', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ workspaceFolder: dir, settings: REVIEW_ON });
    try {
      await client.open(uri, 'typescript', OLD_URL + NEW_URL);
      await client.diagnosticsFor(uri, (d) => d.filter((x) => x.severity === 2).length === 1, 'one warning');
      git(dir, 'branch', '-f', 'main', 'feature');
      await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${dir}/.git/refs/heads/main`, type: 2 }] });
      const after = await client.diagnosticsFor(uri, (d) => d.length === 2 && d.every((x) => x.severity === 4), 'both hints');
      assert.ok(after.every((d) => String(d.message).startsWith('(outside the change) ')));
    } finally {
      await client.stop();
    }
  });

  test('Japanese: the hint says so in Japanese', async () => {
    const { dir, uri } = branchWithChange();
    const client = await LspClient.start({ locale: 'ja', workspaceFolder: dir, settings: REVIEW_ON });
    try {
      await client.open(uri, 'typescript', OLD_URL + NEW_URL);
      const diags = await client.diagnosticsFor(uri, (d) => d.some((x) => x.severity === 4), 'one hint');
      assert.ok(String(diags.find((d) => d.severity === 4)!.message).startsWith('(変更箇所の外) '));
    } finally {
      await client.stop();
    }
  });

  test('Restricted Mode: git is never run, findings keep their severity, and the log says why once', async () => {
    const { dir, uri } = branchWithChange();
    const recorder = recordingGit();
    const client = await withPath(recorder.dir, () => LspClient.start({ workspaceFolder: dir, settings: REVIEW_ON, initializationOptions: { workspaceTrusted: false } }));
    try {
      await client.open(uri, 'typescript', OLD_URL + NEW_URL);
      await client.diagnosticsFor(uri, (d) => d.length === 2 && d.every((x) => x.severity === 2), 'two warnings');
      const other = `file://${dir}/src/other.ts`;
      await client.open(other, 'typescript', NEW_URL);
      await client.diagnosticsFor(other, (d) => d.length === 1 && d[0]!.severity === 2, 'a warning in the second file');
      assert.equal(client.logs.filter((l) => l.includes('review mode: git is not run in Restricted Mode')).length, 1);
      assert.equal(recorder.ran(), false, 'git ran in Restricted Mode');

      // Trusting the workspace turns review mode on, with the same git: the recorder works.
      await client.connection.sendNotification('securecomm/workspaceTrusted');
      await client.diagnosticsFor(uri, (d) => d.some((x) => x.severity === 4), 'a hint once trusted');
      assert.equal(recorder.ran(), true);
    } finally {
      await client.stop();
    }
  });

  test('review mode off (the default), or a folder git cannot compare: findings keep their severity; the log says why', async () => {
    const { dir, uri } = branchWithChange();
    const off = await LspClient.start({ workspaceFolder: dir });
    try {
      await off.open(uri, 'typescript', OLD_URL + NEW_URL);
      await off.diagnosticsFor(uri, (d) => d.length === 2 && d.every((x) => x.severity === 2), 'two warnings');
    } finally {
      await off.stop();
    }
    const plain = project({ 'src/api.ts': OLD_URL });
    const client = await LspClient.start({ workspaceFolder: plain, settings: REVIEW_ON });
    try {
      const plainUri = `file://${plain}/src/api.ts`;
      await client.open(plainUri, 'typescript', OLD_URL);
      await client.diagnosticsFor(plainUri, (d) => d.length === 1 && d[0]!.severity === 2, 'a warning');
      await client.until(() => client.logs.some((l) => l.includes('is not in a git repository') && l.includes('its findings keep their severity')), 'the reason in the log');
    } finally {
      await client.stop();
    }
  });
});
