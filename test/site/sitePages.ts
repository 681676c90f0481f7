import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {COLLECTIONS, type Collection} from '../../src/content';
import {requireFrontmatter} from '../../src/toolkit/content/frontmatter';

export const SITE_DIR = path.resolve(__dirname, '..', '..');

export interface SitePage {
  collection: Collection;
  /** Path inside the collection folder, e.g. `pendahuluan.md` or `2016-.../index.md`. */
  relativePath: string;
  frontMatter: Record<string, unknown>;
}

/** Pages of a collection in one locale, with their frontmatter as our one reader (and so the schemas) sees it. */
export function pagesOf(collection: Collection, locale: 'id' | 'en'): SitePage[] {
  const dir = path.join(SITE_DIR, locale === 'id' ? collection.dir : collection.enDir);
  return globSync('**/*.{md,mdx}', {cwd: dir})
    .sort()
    .map((relativePath) => ({
      collection,
      relativePath,
      frontMatter: requireFrontmatter(readFileSync(path.join(dir, relativePath), 'utf8'), relativePath).data,
    }));
}

export const ALL_PAGES = COLLECTIONS.flatMap((collection) => [
  ...pagesOf(collection, 'id').map((page) => ({...page, locale: 'id' as const})),
  ...pagesOf(collection, 'en').map((page) => ({...page, locale: 'en' as const})),
]);
