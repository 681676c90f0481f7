/**
 * When each approved page's current approval was committed: the commit that
 * set its `approved_on` to the value it has now, found by following the file
 * back through renames. The page as it was at that commit is what was
 * approved; the redline (issue 17) compares the page with it.
 *
 * One `git log` per approved page (git follows the renames of one path at a
 * time, and only commits that touch an `approved_on` line are listed), then
 * one batch read of the page at all those commits: a handful of git calls
 * however long the history.
 */
import {readFrontmatter} from '../content/frontmatter';
import {ChangeSetError, isShallowRepository, readObjects, repositoryPrefix} from './changeSet';
import {gitOutput} from './git';

/** Marks a commit header in the log output; a path never starts with it. */
const COMMIT_MARK = '\u0001';
const FIELD = '\u0002';

/** A commit that added, removed or rewrote a page's `approved_on` line, newest first in a history. */
export interface ApprovalLineChange {
  commit: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  /** Whether the commit has no parent (a repository's first commit, or the cut-off of a shallow clone). */
  root: boolean;
  /** The page's path from the repository root at that commit (before a later rename). */
  pathThen: string;
}

/** The commit that set a page's current approval, and the page as it was then. */
export interface ApprovalCommit {
  commit: string;
  /** Committer date, ISO 8601 with offset. */
  date: string;
  /** The page's path from the repository root at that commit. */
  pathThen: string;
  /** The whole page (frontmatter and body) as committed then. */
  text: string;
}

/** Why an approved page has no approval commit (the page then shows no "changed since approval"). */
export interface ApprovalNotFound {
  /** The page, relative to the site folder. */
  path: string;
  reason: 'not-committed' | 'shallow-history';
  /** What is wrong and what to do, for a person. */
  message: string;
}

/** What {@link findApprovalCommits} found, keyed by the page's path relative to the site folder. */
export interface ApprovalCommits {
  found: Map<string, ApprovalCommit>;
  /** Approved pages whose approval commit could not be told; empty without git (no history at all is not a problem). */
  notFound: ApprovalNotFound[];
}

/** An approved page: its path relative to the site folder and the `approved_on` it has now. */
export interface ApprovedPage {
  path: string;
  approvedOn: string;
}

/**
 * Parses `git log --follow --name-status -z` output with
 * `--format=%x01%H%x02%cI%x02%P` headers into the commits, newest first, with
 * the path the file had in each (the new name of a rename).
 */
export function parseFollowLog(output: string): ApprovalLineChange[] {
  const changes: ApprovalLineChange[] = [];
  const tokens = output.split('\0').map((token) => token.replace(/^\n/, ''));
  let header: Omit<ApprovalLineChange, 'pathThen'> | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.startsWith(COMMIT_MARK)) {
      const [commit = '', date = '', parents = ''] = token.slice(COMMIT_MARK.length).split(FIELD);
      header = {commit, date, root: parents.trim() === ''};
      continue;
    }
    if (header === undefined || token === '') continue;
    // A status letter, then one path, or two (old, new) for a rename or copy.
    const paths = /^[RC]/.test(token) ? 2 : 1;
    const pathThen = tokens[i + paths];
    i += paths;
    if (pathThen !== undefined) changes.push({...header, pathThen});
    header = undefined;
  }
  return changes;
}

/** The `approved_on` a page's text gives, as written (`undefined` when it has none or its frontmatter does not parse). */
export function approvedOnOf(text: string): string | undefined {
  const value = readFrontmatter(text).data?.approved_on;
  return value === undefined || value === null ? undefined : String(value);
}

/**
 * Of the commits that touched a page's `approved_on` line (newest first, each
 * with the value it left), the one that set the current value: the oldest of
 * the newest run that leaves it as it is now (a later commit that only
 * re-quotes the date does not move the approval). `undefined` when the newest
 * such commit leaves another value (the approval is not committed yet).
 */
export function commitThatSetApproval<T extends {approvedOn: string | undefined}>(newestFirst: readonly T[], current: string): T | undefined {
  let setter: T | undefined;
  for (const change of newestFirst) {
    if (change.approvedOn !== current) break;
    setter = change;
  }
  return setter;
}

/** Whether git runs and `dir` is inside a repository. */
async function insideRepository(dir: string): Promise<boolean> {
  try {
    await repositoryPrefix(dir);
    return true;
  } catch (error) {
    if (error instanceof ChangeSetError) return false;
    throw error;
  }
}

/**
 * The commit that set each approved page's current `approved_on`, with the
 * page as it was then. Pages whose approval is not committed, or lies beyond
 * a shallow clone's history, are listed in `notFound` with what to do.
 * Without git, or outside a repository, nothing is found and nothing is wrong:
 * a copy of the site without history shows no changes.
 */
export async function findApprovalCommits(siteDir: string, pages: readonly ApprovedPage[]): Promise<ApprovalCommits> {
  const found = new Map<string, ApprovalCommit>();
  const notFound: ApprovalNotFound[] = [];
  if (pages.length === 0) return {found, notFound};
  if (!(await insideRepository(siteDir))) return {found, notFound};
  const shallow = await isShallowRepository(siteDir);
  const histories = await Promise.all(
    pages.map(async (page) => {
      const log = await gitOutput(siteDir, [
        '-c',
        'core.quotepath=off',
        'log',
        '--follow',
        '-G',
        '^approved_on:',
        '--name-status',
        '-z',
        `--format=${COMMIT_MARK}%H${FIELD}%cI${FIELD}%P`,
        '--',
        page.path,
      ]);
      return {page, changes: parseFollowLog(log ?? '')};
    }),
  );
  const texts = await readObjects(
    siteDir,
    histories.flatMap(({changes}) => changes.map((change) => `${change.commit}:${change.pathThen}`)),
  );
  for (const {page, changes} of histories) {
    const withValues = changes.map((change) => {
      const text = texts.get(`${change.commit}:${change.pathThen}`);
      return {...change, text, approvedOn: text === undefined ? undefined : approvedOnOf(text)};
    });
    const setter = commitThatSetApproval(withValues, page.approvedOn);
    if (setter?.text === undefined) {
      notFound.push({
        path: page.path,
        reason: 'not-committed',
        message: `${page.path}: approved_on: ${page.approvedOn} is not committed yet, so there is no approved version to compare with; commit the approval.`,
      });
      continue;
    }
    // The cut-off commit of a shallow clone adds every file: it did not set the approval, it only hides who did.
    if (setter.root && shallow) {
      notFound.push({
        path: page.path,
        reason: 'shallow-history',
        message: `${page.path}: the approval is older than this shallow clone's history; fetch the whole history (\`git fetch --unshallow\`, or \`fetch-depth: 0\` in actions/checkout).`,
      });
      continue;
    }
    found.set(page.path, {commit: setter.commit, date: setter.date, pathThen: setter.pathThen, text: setter.text});
  }
  return {found, notFound};
}
