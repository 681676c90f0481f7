import {readFile} from 'node:fs/promises';

import {readFrontmatter} from '../../toolkit/content/frontmatter';
import {sourceFile} from '../loadedDocs';

/**
 * The `date` of a press post's frontmatter exactly as written, offset included
 * (`2016-03-02T14:35:00+07:00`). Docusaurus turns it into a UTC `Date` and the
 * offset is lost, but the NewsArticle markup must keep the zone the ministry
 * published in. Our frontmatter reader keeps timestamps as written. (Not
 * gray-matter: it caches by file text, and the English build, reading the
 * same Indonesian fallback again, got a cached result without `matter`.)
 */
export function writtenDate(fileText: string): string | undefined {
  const date = readFrontmatter(fileText).data?.date;
  return typeof date === 'string' ? date : undefined;
}


/** Press post permalink -> written publication instant, for posts that have one. */
export async function gatherPressDates(
  siteDir: string,
  posts: readonly {permalink: string; source: string}[],
): Promise<Record<string, string>> {
  const entries = await Promise.all(
    posts.map(async (post) => [post.permalink, writtenDate(await readFile(sourceFile(siteDir, post.source), 'utf8'))] as const),
  );
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== undefined));
}
