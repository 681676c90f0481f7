/**
 * The master plan chapters of one locale that changed in the draft since the
 * last published edition (issue 17): redline-core compares the edition's
 * files (`versioned_docs/version-<name>/`, and the English ones) with the
 * working tree, following renames; added and removed chapters are listed too.
 */
import {contentPlaceOf, type PageRedline, type RedlineLocale} from '../../toolkit/redline';
import type {ChapterRedlineData} from '../../content/siteData/redline';
import {sitePath, type DocPage} from '../loadedDocs';
import {redlineOf} from './redlineData';
import {redlinePageStrings} from './strings';

/** Where the chapters are now and were in the edition, and where their redline pages go. */
export interface EditionPages {
  edition: string;
  /** The draft's pages (this locale). */
  draft: readonly DocPage[];
  /** The edition's pages (this locale). */
  published: readonly DocPage[];
  redlinePermalinkOf: (id: string) => string;
  changesPermalink: string;
}

/**
 * The chapters of `pages` (a whole-site redline report's pages) in this
 * locale's master plan, as redline pages, in chapter order. A chapter removed
 * since the edition links to its page in the edition.
 */
export function chaptersChangedSinceEdition(pages: readonly PageRedline[], locale: RedlineLocale, where: EditionPages): ChapterRedlineData[] {
  const draftByPath = new Map(where.draft.map((page) => [sitePath(page.source), page]));
  const publishedById = new Map(where.published.map((page) => [page.id, page]));
  return pages
    .filter((page) => page.collection === 'rencana-induk' && page.locale === locale && page.chapter !== undefined)
    .map((page): ChapterRedlineData => {
      const now = page.change === 'removed' ? undefined : draftByPath.get(page.path);
      // A chapter renamed since the edition had its old id there.
      const then = publishedById.get((page.previousPath === undefined ? undefined : contentPlaceOf(page.previousPath)?.id) ?? page.id);
      const editionPermalink = then?.permalink;
      const chapter = {
        id: page.id,
        chapter: page.chapter!,
        title: now?.title ?? then?.title ?? page.title ?? page.id,
        permalink: now?.permalink ?? editionPermalink ?? where.changesPermalink,
        redlinePermalink: where.redlinePermalinkOf(page.id),
        changesPermalink: where.changesPermalink,
        basis: {kind: 'edition' as const, edition: where.edition, ...(editionPermalink === undefined ? {} : {editionPermalink})},
      };
      return {...chapter, strings: redlinePageStrings(locale, chapter), ...redlineOf(page.comparison, locale)};
    })
    .sort((a, b) => a.chapter - b.chapter);
}
