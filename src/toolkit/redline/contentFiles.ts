/**
 * Which files the redline compares: the pages of the master plan, the
 * curricula and the consultation notes, in Indonesian and in English (press
 * releases have their own review, and are not versioned text).
 */
import {COLLECTIONS, type Collection, type CollectionId} from '../../content/collections';

/** The collections a redline covers. */
export type RedlineCollectionId = Exclude<CollectionId, 'siaran-pers'>;

export const REDLINE_COLLECTIONS: readonly (Collection & {id: RedlineCollectionId})[] = COLLECTIONS.filter(
  (collection): collection is Collection & {id: RedlineCollectionId} => collection.id !== 'siaran-pers',
);

/** The language of a page: Indonesian source or English translation. */
export type PageLocale = 'id' | 'en';

/** Where a content file belongs. */
export interface ContentPlace {
  collection: RedlineCollectionId;
  locale: PageLocale;
  /** Path inside the collection's folder without extension (`pendahuluan`); the same for both languages. */
  id: string;
}

const PAGE = /\.mdx?$/;

/** The collection, language and id of a site-relative path, or `undefined` when it is not a page the redline covers. */
export function contentPlaceOf(file: string): ContentPlace | undefined {
  if (!PAGE.test(file)) return undefined;
  for (const collection of REDLINE_COLLECTIONS) {
    for (const [dir, locale] of [
      [collection.dir, 'id'],
      [collection.enDir, 'en'],
    ] as const) {
      if (file.startsWith(`${dir}/`)) return {collection: collection.id, locale, id: file.slice(dir.length + 1).replace(PAGE, '')};
    }
  }
  return undefined;
}

/** The folders (site-relative) that hold the pages of `collections`, both languages: git pathspecs. */
export function contentFolders(collections: readonly RedlineCollectionId[]): string[] {
  return REDLINE_COLLECTIONS.filter((collection) => collections.includes(collection.id)).flatMap((collection) => [collection.dir, collection.enDir]);
}
