import {existsSync} from 'node:fs';
import path from 'node:path';

import {writeFileAtomicSync} from '../fs/atomicWrite';
import {addAuthors, readAuthorKeys} from './authorsFile';
import type {PlannedWrite} from './planWrites';

/** Where the English blog keeps its own authors file; new authors are added there too. */
export const EN_AUTHORS_FILE = 'i18n/en/docusaurus-plugin-content-blog/authors.yml';

/** What writing the plan did. */
export interface AppliedWrites {
  /** Author keys added to blog/authors.yml. */
  authorsAdded: string[];
  /** The planned writes that failed: the release file and the message that says why. */
  failures: Map<string, string>;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes the plan: new authors first, to both authors files (a post naming an
 * author the authors file lacks breaks the build), then each post atomically.
 * When the authors cannot be added no post is written. On a dry run nothing is
 * written, but the authors that would be added are still reported.
 */
export async function applyWrites(
  writes: readonly PlannedWrite[],
  {siteDir, outDir, dryRun = false}: {siteDir: string; outDir: string; dryRun?: boolean},
): Promise<AppliedWrites> {
  const failures = new Map<string, string>();
  let authorsAdded: string[] = [];
  try {
    const authorsFile = path.join(outDir, 'authors.yml');
    const known = await readAuthorKeys(authorsFile);
    const missing = writes.map((write) => write.author).filter((author) => !known.has(author.key));
    if (missing.length > 0) {
      authorsAdded = await addAuthors(authorsFile, missing, dryRun);
      const enAuthors = path.join(siteDir, EN_AUTHORS_FILE);
      if (existsSync(enAuthors)) await addAuthors(enAuthors, missing, dryRun);
    }
  } catch (error) {
    for (const write of writes) failures.set(write.file, `${write.file}: could not add its author to authors.yml (${reason(error)})`);
    return {authorsAdded, failures};
  }
  if (dryRun) return {authorsAdded, failures};
  for (const write of writes) {
    try {
      writeFileAtomicSync(write.post, write.markdown);
    } catch (error) {
      failures.set(write.file, `${write.post}: could not write (${reason(error)})`);
    }
  }
  return {authorsAdded, failures};
}
