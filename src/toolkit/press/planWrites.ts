import type {PressAuthor} from './authors';
import type {BlogState} from './blogState';
import {failedResult, type ImportResult} from './importResult';
import type {PreparedRelease, RenderedRelease} from './prepareRelease';
import {isUntouchedImport} from './renderPost';

/** A post to write, and the release it comes from. */
export interface PlannedWrite {
  /** The release file. */
  file: string;
  post: string;
  markdown: string;
  author: PressAuthor;
}

/** Every release's outcome as planned, and the posts to write for it. */
export interface WritePlan {
  /** One per release, in the order given. */
  results: ImportResult[];
  /** The posts of the `imported` results, in the same order. */
  writes: PlannedWrite[];
}

/** What a rendered post means for the blog: new, unchanged, safe to update, forced, or an editor's to keep. */
function decide(release: RenderedRelease, blog: BlogState, force: boolean, claimant: string | undefined): ImportResult {
  const {file, post, diagnostics, record} = release;
  const base = {file, diagnostics, record, post, message: null, action: null};
  if (claimant !== undefined) {
    return {...base, status: 'skipped', message: `${file}: ${claimant} in this batch already imports to ${post} (same date and headline); pass --title to give one of them its own post`};
  }
  const current = blog.postText.get(post) ?? null;
  if (current === release.markdown) return {...base, status: 'unchanged'};
  if (current === null) return {...base, status: 'imported', action: 'created'};
  const sameRelease = blog.postBySourceHash.get(release.sourceSha256) === post;
  if (sameRelease && isUntouchedImport(current)) return {...base, status: 'imported', action: 'updated'};
  if (force) return {...base, status: 'imported', action: 'overwritten'};
  return {
    ...base,
    status: 'skipped',
    message: sameRelease
      ? `${file}: ${post} was edited after it was imported (or written by hand); keep the edits, or pass --force to replace it with the release`
      : `${file}: ${post} holds a different release; pass --title to import this one under its own headline, or --force to replace it`,
  };
}

/**
 * Compares each prepared release with the blog as it was read, in the order
 * given, so the outcome does not depend on which file was read first: the
 * first release of a batch that imports to a post claims it, and later ones
 * are skipped. Writes nothing.
 */
export function planWrites(prepared: readonly PreparedRelease[], blog: BlogState, {force = false}: {force?: boolean} = {}): WritePlan {
  const claimed = new Map<string, string>();
  const results: ImportResult[] = [];
  const writes: PlannedWrite[] = [];
  for (const release of prepared) {
    if (!release.ok) {
      results.push(failedResult(release.file, release.message, {diagnostics: release.diagnostics, record: release.record}));
      continue;
    }
    const result = decide(release, blog, force, claimed.get(release.post));
    if (!claimed.has(release.post)) claimed.set(release.post, release.file);
    results.push(result);
    if (result.status === 'imported') writes.push({file: release.file, post: release.post, markdown: release.markdown, author: release.author});
  }
  return {results, writes};
}
