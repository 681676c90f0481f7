/**
 * The last commit that touched each file, read from git in one call for the
 * whole repository (one `git log` per file would take minutes on a large plan).
 */
import path from 'node:path';

import type {FileChange} from '../../content/status';
import {gitOutput} from './git';

export type {FileChange} from '../../content/status';

/** Marks a commit header line in the log output; file names never start with it. */
const COMMIT_MARK = '\u0001commit\u0001';

/**
 * Parses `git log --name-only -z` output with {@link COMMIT_MARK} headers.
 * Commits come newest first, so the first commit naming a file is its last change.
 *
 * @param prefix the site's folder inside the repository (`''` at the root), stripped from paths
 */
export function parseGitLog(output: string, prefix: string): Map<string, FileChange> {
  const changes = new Map<string, FileChange>();
  let current: FileChange | undefined;
  for (const token of output.split('\0')) {
    // With -z, a commit's header follows the previous commit's last file name after a newline.
    const lines = token.split('\n');
    for (const line of lines) {
      if (line.startsWith(COMMIT_MARK)) {
        const [commit = '', date = '', author = ''] = line.slice(COMMIT_MARK.length).split('\u0002');
        current = {commit, date, author};
        continue;
      }
      if (line === '' || current === undefined) continue;
      if (prefix !== '' && !line.startsWith(prefix)) continue;
      const relative = line.slice(prefix.length);
      if (!changes.has(relative)) changes.set(relative, current);
    }
  }
  return changes;
}

/**
 * The last commit of every file tracked under `siteDir`, keyed by its posix
 * path relative to `siteDir` (`docs/rencana-induk/pendahuluan.md`). Runs git
 * once. Uncommitted edits are not seen. Returns an empty map when git is not
 * installed or `siteDir` is not inside a repository, so callers can fall back
 * to content hashes.
 */
export async function lastChanges(siteDir: string): Promise<Map<string, FileChange>> {
  const top = await gitOutput(siteDir, ['rev-parse', '--show-toplevel']);
  if (top === undefined) return new Map();
  const root = top.trim();
  let prefix = path.relative(root, path.resolve(siteDir)).split(path.sep).join('/');
  if (prefix.startsWith('..')) return new Map();
  if (prefix !== '') prefix += '/';
  const log = await gitOutput(root, [
    '-c',
    'core.quotepath=off',
    'log',
    '--no-renames',
    '--name-only',
    '-z',
    `--format=${COMMIT_MARK}%H%x02%cI%x02%an`,
    '--',
    prefix === '' ? '.' : prefix,
  ]);
  if (log === undefined) return new Map();
  return parseGitLog(log, prefix);
}
