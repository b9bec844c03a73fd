import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Why git could not answer; `message` says what to do about it. */
export type GitProblem = 'git-missing' | 'not-a-repository' | 'no-commit' | 'no-such-ref' | 'no-base' | 'failed';

export class GitError extends Error {
  constructor(readonly problem: GitProblem, message: string) {
    super(message);
  }
}

const TIMEOUT_MS = 10_000;
/** Enough for `ls-tree -r` of a repository with ~500,000 files; a blob larger than the cap is not needed (see baseBlob). */
export const DEFAULT_OUTPUT_CAP = 64 * 1024 * 1024;

/**
 * Settings given on the command line win over the repository's `.git/config`, so these switch
 * off what a hostile repository could make git execute while it answers our questions:
 * the fsmonitor hook, hooks (git runs none for the read-only commands used here, but an index
 * write would run post-index-change), external diff programs and the pager. Transports are
 * disallowed so that a partial clone's missing object cannot start a fetch (a fetch can run
 * `core.sshCommand` or an `ext::` remote). Clean/smudge filters and textconv are not switched
 * off here, by name: git never reads the working tree for us (see review-snapshot.ts), and
 * filters only run on working-tree content.
 */
const SAFE_CONFIG = [
  'core.fsmonitor=false',
  `core.hooksPath=${os.devNull}`,
  'diff.external=',
  'core.pager=cat',
  'color.ui=false',
  'core.untrackedCache=false',
  'protocol.allow=never',
];

/**
 * Runs a read-only git command in `cwd`, without a shell, with a time limit and an output cap.
 * The executable is found on PATH by absolute directories only and never inside `cwd`, so a
 * `git` (or `git.exe`) committed to the repository is not the one that runs.
 */
export async function runGit(cwd: string, args: readonly string[], outputCap = DEFAULT_OUTPUT_CAP): Promise<Buffer> {
  const git = gitExecutable(cwd);
  const argv = ['--no-pager', '--literal-pathspecs', ...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
  return new Promise<Buffer>((resolve, reject) => {
    execFile(git, argv, { cwd, env: gitEnvironment(), encoding: 'buffer', timeout: TIMEOUT_MS, maxBuffer: outputCap, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) { resolve(stdout); return; }
      const e = error as NodeJS.ErrnoException & { killed?: boolean; code?: number | string };
      const said = stderr.toString('utf8').trim().split('\n')[0] ?? '';
      if (e.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') reject(new GitError('failed', `git ${args[0]}: output larger than ${Math.round(outputCap / 1024 / 1024)} MB`));
      else if (e.killed) reject(new GitError('failed', `git ${args[0]} took longer than ${TIMEOUT_MS / 1000} s in ${cwd}`));
      else reject(new GitError('failed', `git ${args[0]} failed in ${cwd}: ${said || e.message}`));
    });
  });
}

/**
 * The parent's environment without any GIT_* variable (GIT_DIR, GIT_EXTERNAL_DIFF,
 * GIT_CONFIG_PARAMETERS… would change what git reads or runs), with no prompts, no optional
 * index writes, no transports and messages in English.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!/^GIT_/i.test(name)) env[name] = value;
  return {
    ...env,
    GIT_OPTIONAL_LOCKS: '0',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_NO_LAZY_FETCH: '1',
    // A list naming no real protocol: every transport is refused, whatever protocol.<name>.allow says.
    GIT_ALLOW_PROTOCOL: 'none',
    LC_ALL: 'C',
    LANGUAGE: '',
  };
}

let found: { key: string; git: string } | undefined;

function gitExecutable(untrustedDir: string): string {
  const key = `${process.env.PATH ?? ''}\u0000${untrustedDir}`;
  if (found?.key === key) return found.git;
  const names = process.platform === 'win32' ? ['git.exe'] : ['git'];
  const inside = (dir: string) => { const rel = path.relative(path.resolve(untrustedDir), dir); return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)); };
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir || !path.isAbsolute(dir) || inside(dir)) continue;
    for (const name of names) {
      const candidate = path.join(dir, name);
      try {
        fs.accessSync(candidate, fs.constants.X_OK);
        if (!fs.statSync(candidate).isFile()) continue;
        found = { key, git: candidate };
        return candidate;
      } catch {
        // not here; the next PATH entry
      }
    }
  }
  throw new GitError('git-missing', 'git was not found on PATH: review mode needs git installed (https://git-scm.com) and on the PATH of the editor or the shell');
}
