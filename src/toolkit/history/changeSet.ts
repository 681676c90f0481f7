/**
 * What changed in a working tree since a base commit, read with a fixed
 * handful of git calls whatever the number of files (a pre-commit hook has
 * about a second): the base, one diff, one list of untracked files, and one
 * batch read of the files as they were at the base.
 */
import {gitOutput, runGit} from './git';

/** How the base was chosen: named by the user, the merge base with `origin/main`, `HEAD` (no `origin/main`), or none (no commit yet). */
export type BaseSource = 'explicit' | 'merge-base' | 'HEAD' | 'no-commits';

/** The commit changes are counted from. */
export interface Base {
  /** Full object name of the base commit (or of the empty tree when there is no commit yet). */
  commit: string;
  source: BaseSource;
}

/** A change set cannot be read: not a repository, git missing, or an unknown base. */
export class ChangeSetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChangeSetError';
  }
}

/** `--base` (or, for a comparison, `--head`) names no commit. */
export class UnknownBaseError extends ChangeSetError {
  constructor(
    readonly ref: string,
    readonly role: 'base' | 'head' = 'base',
  ) {
    super(
      `Unknown ${role} "${ref}": no branch, tag or commit has that name. ` +
        'Name an existing one (`git branch --all` lists branches; run `git fetch` if it is on the remote), or leave out ' +
        (role === 'base' ? '--base to compare with the merge base of origin/main.' : '--head to compare with the working tree.'),
    );
    this.name = 'UnknownBaseError';
  }
}

/**
 * The history needed is not in this clone: it is shallow (CI checkouts fetch
 * one commit by default), so the base, or the merge base with origin/main,
 * cannot be found.
 */
export class ShallowCloneError extends ChangeSetError {
  constructor(readonly ref: string | undefined) {
    super(
      `${ref === undefined ? `The merge base with ${DEFAULT_UPSTREAM}` : `"${ref}"`} is not in this clone: it is shallow (only the newest commits were fetched). ` +
        'Fetch the history with `git fetch --unshallow` (in GitHub Actions: `fetch-depth: 0` on actions/checkout), then run the command again.',
    );
    this.name = 'ShallowCloneError';
  }
}

/** `git rev-parse --is-shallow-repository`: whether the clone lacks older history. */
export async function isShallowRepository(cwd: string): Promise<boolean> {
  return (await gitOutput(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true';
}

/** Full object name of the commit `ref` names; an unknown ref throws {@link UnknownBaseError} with `role`. */
export async function resolveCommit(cwd: string, ref: string, role: 'base' | 'head'): Promise<string> {
  const commit = await gitOutput(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (commit === undefined) throw new UnknownBaseError(ref, role);
  return commit.trim();
}

/** The branch pull requests merge into; its merge base with HEAD is the default base. */
export const DEFAULT_UPSTREAM = 'origin/main';

/** `git rev-parse --show-prefix`: where `cwd` is inside its repository (`site/` or `''`); throws when it is in none. */
export async function repositoryPrefix(cwd: string): Promise<string> {
  const result = await runGit(cwd, ['rev-parse', '--show-prefix']);
  if (result.code === undefined) throw new ChangeSetError('git is not installed (or not on PATH); it is needed to tell which files changed.');
  if (result.code !== 0) throw new ChangeSetError(`${cwd} is not inside a git repository, so there are no changes to compare; name the files to check instead.`);
  return result.stdout.toString('utf8').trim();
}

/**
 * The base commit: `explicit` when given (an unknown ref throws
 * {@link UnknownBaseError}), otherwise the merge base of HEAD with
 * `origin/main`, otherwise HEAD, otherwise (no commit yet) the empty tree.
 */
export async function resolveBase(cwd: string, explicit?: string): Promise<Base> {
  if (explicit !== undefined) return {commit: await resolveCommit(cwd, explicit, 'base'), source: 'explicit'};
  const mergeBase = await gitOutput(cwd, ['merge-base', 'HEAD', DEFAULT_UPSTREAM]);
  if (mergeBase !== undefined) return {commit: mergeBase.trim(), source: 'merge-base'};
  const head = await gitOutput(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head !== undefined) return {commit: head.trim(), source: 'HEAD'};
  const emptyTree = await gitOutput(cwd, ['hash-object', '-t', 'tree', '--stdin']);
  return {commit: (emptyTree ?? '').trim(), source: 'no-commits'};
}

/** Files that differ from the base, posix paths relative to `cwd` (only files under it). */
export interface ChangedPaths {
  /** Added, modified or untracked (not ignored), and present in the working tree. */
  present: string[];
  /** Present at the base, modified since (so they have a version to compare with). */
  modified: string[];
  /** Present at the base, gone from the working tree. */
  deleted: string[];
}

/**
 * Everything that differs between the base and the working tree, committed,
 * staged or not, plus untracked files that are not ignored. Renames count as
 * a deletion and an addition, since links to the old path break.
 */
export async function changedPaths(cwd: string, base: string): Promise<ChangedPaths> {
  const [diff, untracked] = await Promise.all([
    runGit(cwd, ['diff', '--name-status', '--no-renames', '--relative', '-z', base, '--']),
    runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  for (const result of [diff, untracked]) {
    if (result.code !== 0) throw new ChangeSetError(`git could not list the changes since ${base}: ${result.stderr.trim()}`);
  }
  const present: string[] = [];
  const modified: string[] = [];
  const deleted: string[] = [];
  // -z: status and path alternate, each ended by NUL.
  const fields = diff.stdout.toString('utf8').split('\0');
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i] ?? '';
    const file = fields[i + 1] ?? '';
    if (status === 'D') deleted.push(file);
    else {
      present.push(file);
      if (status !== 'A') modified.push(file);
    }
  }
  present.push(...untracked.stdout.toString('utf8').split('\0').filter(Boolean));
  return {present, modified, deleted};
}

/** One file that differs between two versions, as git tells it with rename detection. */
export interface FileChangeEntry {
  /** Added, modified, deleted, renamed (possibly edited too) or changed in type. */
  status: 'A' | 'M' | 'D' | 'R' | 'T';
  /** Posix path relative to `cwd`: the new path of a rename, the old path of a deletion. */
  path: string;
  /** The old path of a rename. */
  previousPath?: string;
}

/**
 * The files under `pathspecs` that differ from `base` in `head` (a commit), or
 * in the working tree when `head` is undefined (untracked files, not
 * ignored, count as added). Renames are followed (`git diff -M`): a renamed
 * chapter is one change, not a removal and an addition. Two git calls.
 */
export async function renamedChanges(cwd: string, base: string, head: string | undefined, pathspecs: readonly string[]): Promise<FileChangeEntry[]> {
  const [diff, untracked] = await Promise.all([
    runGit(cwd, ['-c', 'core.quotepath=off', 'diff', '--name-status', '-M', '--relative', '-z', base, ...(head === undefined ? [] : [head]), '--', ...pathspecs]),
    head === undefined ? runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ...pathspecs]) : undefined,
  ]);
  for (const result of [diff, untracked]) {
    if (result && result.code !== 0) throw new ChangeSetError(`git could not list the changes since ${base}: ${result.stderr.trim()}`);
  }
  const entries: FileChangeEntry[] = [];
  // -z: a status (R and C carry a score, `R087`), then one path, or two for a rename.
  const fields = diff.stdout.toString('utf8').split('\0');
  for (let i = 0; i + 1 < fields.length; ) {
    const status = (fields[i] ?? '').charAt(0);
    if (status === 'R' || status === 'C') {
      const previousPath = fields[i + 1] ?? '';
      const path = fields[i + 2] ?? '';
      entries.push(status === 'R' ? {status: 'R', path, previousPath} : {status: 'A', path});
      i += 3;
      continue;
    }
    entries.push({status: (['A', 'D', 'T'].includes(status) ? status : 'M') as FileChangeEntry['status'], path: fields[i + 1] ?? ''});
    i += 2;
  }
  for (const path of untracked?.stdout.toString('utf8').split('\0').filter(Boolean) ?? []) entries.push({status: 'A', path});
  return entries;
}

/** The files under `pathspecs` in the tree of `revision`, posix paths relative to `cwd`. One git call. */
export async function filesAtRevision(cwd: string, revision: string, pathspecs: readonly string[]): Promise<string[]> {
  const result = await runGit(cwd, ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', revision, '--', ...pathspecs]);
  if (result.code !== 0) throw new ChangeSetError(`git could not list the files at ${revision}: ${result.stderr.trim()}`);
  return result.stdout.toString('utf8').split('\0').filter(Boolean);
}

/**
 * The text of each file as it was at `revision` (paths relative to `cwd`,
 * whose place in the repository is `prefix`), `undefined` where it did not
 * exist. One `git cat-file --batch` call for all of them.
 */
export async function readAtRevision(cwd: string, prefix: string, revision: string, files: readonly string[]): Promise<Map<string, string | undefined>> {
  const objectNameOf = (file: string) => `${revision}:${prefix}${file}`;
  const texts = await readObjects(cwd, files.map(objectNameOf));
  return new Map(files.filter((file) => texts.has(objectNameOf(file))).map((file) => [file, texts.get(objectNameOf(file))]));
}

/**
 * The text of each blob named `<revision>:<path from the repository root>`,
 * `undefined` where there is none, each revision its own: what a history
 * needs (a file at each of its commits, under the name it had then). One
 * `git cat-file --batch` call for all of them.
 */
export async function readObjects(cwd: string, objectNames: readonly string[]): Promise<Map<string, string | undefined>> {
  const texts = new Map<string, string | undefined>();
  // The batch protocol is line-based: a name with a newline cannot be asked for (and is no page).
  const asked = [...new Set(objectNames.filter((name) => !name.includes('\n')))];
  if (asked.length === 0) return texts;
  const result = await runGit(cwd, ['cat-file', '--batch'], asked.map((name) => `${name}\n`).join(''));
  if (result.code !== 0) throw new ChangeSetError(`git could not read files from its history (${asked[0]}${asked.length > 1 ? ', …' : ''}): ${result.stderr.trim()}`);
  const output = result.stdout;
  let offset = 0;
  for (const name of asked) {
    const lineEnd = output.indexOf(0x0a, offset);
    if (lineEnd === -1) break;
    // `<object> blob <size>` then the content and a newline, or `<name> missing`.
    const line = output.subarray(offset, lineEnd).toString('utf8');
    const header = line.split(' ');
    offset = lineEnd + 1;
    const size = Number(header[2]);
    if (line.endsWith(' missing') || header.length !== 3 || !Number.isInteger(size)) {
      texts.set(name, undefined);
      continue;
    }
    texts.set(name, header[1] === 'blob' ? output.subarray(offset, offset + size).toString('utf8') : undefined);
    offset += size + 1;
  }
  return texts;
}
