import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { changedLines, type ChangedLines } from './line-diff';
import { GitError, runGit } from './run-git';

/** A base file larger than this is not read: a source file that size is not analysed either (the 2 MB limit). */
const MAX_BLOB_BYTES = 4 * 1024 * 1024;

/**
 * What review mode compares with: the merge-base of HEAD and a branch, and the repository's
 * files at that commit.
 *
 * Why git never reads the working tree here: `git diff` against the working tree hashes
 * changed files through the repository's clean filters (`filter.<x>.clean` / `.process`,
 * chosen by `.gitattributes`), and so do `status`, `diff-files` and `ls-files -m` for a
 * "racily clean" file; those are commands from `.git/config`. Disabling them by name is
 * fragile (filters can come from included config files, `.git/info/attributes`…). So git
 * only answers questions about commits and the index — merge-base, the base tree, renames
 * staged or committed since the base, base blobs (`cat-file blob`, which applies no filter) —
 * and the working-tree side is the file on disk (or the editor's text), compared here.
 */
export class ReviewSnapshot {
  private readonly blobs = new Map<string, Promise<string | undefined>>();

  private constructor(
    /** The repository's top folder. */
    readonly root: string,
    /** The merge-base commit. */
    readonly base: string,
    /** The branch or commit the base was taken from, as named (`origin/main`, `@{upstream}`). */
    readonly against: string,
    /** Path (relative to root, `/`) → blob id at the base. */
    private readonly baseFiles: ReadonlyMap<string, string>,
    /** Current path → path at the base, for files renamed since (committed or staged). */
    private readonly renamedFrom: ReadonlyMap<string, string>,
  ) {}

  /**
   * The base for `dir`'s repository: the merge-base of HEAD with `branch`, or by default with
   * the upstream branch, else `main`, else `master`.
   */
  static async create(dir: string, branch?: string): Promise<ReviewSnapshot> {
    const root = await topLevel(dir);
    await runGit(root, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']).catch(() => {
      throw new GitError('no-commit', `the repository ${root} has no commit yet: review mode compares with its history`);
    });
    const { against, commit } = await branchToCompare(root, branch);
    const base = (await runGit(root, ['merge-base', 'HEAD', commit]).catch(() => {
      throw new GitError('no-base', `HEAD and ${against} have no common ancestor in ${root}: name a branch this one was made from`);
    })).toString('utf8').trim();
    const [tree, renames] = await Promise.all([
      runGit(root, ['ls-tree', '-r', '-z', '--full-tree', base]),
      // The index against the base: committed and staged changes, blobs only (no working tree).
      runGit(root, ['diff-index', '--cached', '-M', '-z', '--name-status', '--no-ext-diff', '--no-textconv', base]),
    ]);
    return new ReviewSnapshot(root, base, against, parseTree(tree.toString('utf8')), parseRenames(renames.toString('utf8')));
  }

  /** Whether a file is in this repository's working tree (symbolic links of its folders resolved). */
  contains(file: string): boolean {
    const rel = path.relative(this.root, realPath(file));
    return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
  }

  /**
   * The changed lines of a file of this repository, given its current text (the editor's) or
   * read from disk; undefined when the file is not in this repository. A file that is not at
   * the base (untracked, new, or moved without `git mv`) is changed as a whole.
   */
  async changedLinesOf(file: string, text?: string): Promise<ChangedLines | undefined> {
    if (!this.contains(file)) return undefined;
    const current = path.relative(this.root, realPath(file)).split(path.sep).join('/');
    const blob = this.baseFiles.get(this.renamedFrom.get(current) ?? current);
    if (!blob) return 'whole-file';
    let after = text;
    if (after === undefined) {
      const bytes = readOrUndefined(file);
      if (!bytes) return undefined;
      if (blobId(bytes, blob.length) === blob) return new Set(); // unchanged: no git process, no diff
      after = bytes.toString('utf8');
    }
    const before = await this.baseBlob(blob);
    return before === undefined ? 'whole-file' : changedLines(before, after);
  }

  private baseBlob(blob: string): Promise<string | undefined> {
    let text = this.blobs.get(blob);
    if (!text) {
      text = runGit(this.root, ['cat-file', 'blob', blob], MAX_BLOB_BYTES).then((b) => b.toString('utf8'), () => undefined);
      this.blobs.set(blob, text);
    }
    return text;
  }
}

async function topLevel(dir: string): Promise<string> {
  try {
    return realPath((await runGit(dir, ['rev-parse', '--show-toplevel'])).toString('utf8').trim());
  } catch (e) {
    if (e instanceof GitError && e.problem === 'git-missing') throw e;
    // git's own words when they are not the usual ones (a repository owned by another user…).
    const why = /not a git repository/i.test((e as Error).message) ? '' : ` (${(e as Error).message})`;
    throw new GitError('not-a-repository', `${dir} is not in a git repository or git cannot read it${why}: review mode compares with git history; open the repository's folder or run 'git init'`);
  }
}

async function branchToCompare(root: string, branch: string | undefined): Promise<{ against: string; commit: string }> {
  const candidates = branch ? [branch] : ['@{upstream}', 'main', 'master'];
  for (const name of candidates) {
    // --end-of-options: a configured name that starts with '-' is a name, not an option.
    const commit = await runGit(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`])
      .then((b) => b.toString('utf8').trim(), () => undefined);
    if (commit) return { against: name, commit };
  }
  if (branch) throw new GitError('no-such-ref', `no branch or commit '${branch}' in ${root}: name one that exists ('git branch -a' lists them)`);
  throw new GitError('no-such-ref', `the current branch of ${root} has no upstream and there is no 'main' or 'master': name the branch to compare with (securecomm.review.base, or --diff-base REF)`);
}

/** `git ls-tree -r -z`: `<mode> <type> <id>\t<path>\0`…, blobs only. */
function parseTree(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    const [, type, id] = entry.slice(0, tab).split(' ');
    if (tab > 0 && type === 'blob' && id) files.set(entry.slice(tab + 1), id);
  }
  return files;
}

/** `git diff-index --name-status -z -M`: `R<score>\0<old>\0<new>\0`, other statuses `X\0<path>\0`. */
function parseRenames(out: string): Map<string, string> {
  const renames = new Map<string, string>();
  const fields = out.split('\0');
  for (let i = 0; i < fields.length - 1;) {
    const status = fields[i]!;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) renames.set(fields[i + 2]!, fields[i + 1]!);
      i += 3;
    } else {
      i += 2;
    }
  }
  return renames;
}

/** Git's id of a blob with these bytes, SHA-1 or SHA-256 as the repository uses (by the id's length). */
function blobId(bytes: Buffer, idLength: number): string {
  return createHash(idLength === 64 ? 'sha256' : 'sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The path with its folder's symbolic links resolved (macOS's /tmp is /private/tmp; git names the latter). */
function realPath(file: string): string {
  const resolved = path.resolve(file);
  try {
    return path.join(fs.realpathSync(path.dirname(resolved)), path.basename(resolved));
  } catch {
    return resolved;
  }
}

function readOrUndefined(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}
