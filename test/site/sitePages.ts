import {readFileSync} from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';
import {globSync} from 'tinyglobby';

import {COLLECTIONS, type Collection} from '../../src/content';

export const SITE_DIR = path.resolve(__dirname, '..', '..');

export interface SitePage {
  collection: Collection;
  /** Path inside the collection folder, e.g. `pendahuluan.md` or `2016-.../index.md`. */
  relativePath: string;
  frontMatter: Record<string, unknown>;
}

/** Pages of a collection in one locale, with their parsed frontmatter. */
export function pagesOf(collection: Collection, locale: 'id' | 'en'): SitePage[] {
  const dir = path.join(SITE_DIR, locale === 'id' ? collection.dir : collection.enDir);
  return globSync('**/*.{md,mdx}', {cwd: dir})
    .sort()
    .map((relativePath) => ({
      collection,
      relativePath,
      frontMatter: matter(readFileSync(path.join(dir, relativePath), 'utf8')).data,
    }));
}

export const ALL_PAGES = COLLECTIONS.flatMap((collection) => [
  ...pagesOf(collection, 'id').map((page) => ({...page, locale: 'id' as const})),
  ...pagesOf(collection, 'en').map((page) => ({...page, locale: 'en' as const})),
]);
