import type {Locator, Page} from 'playwright-core';

import {expandQuery, mergeResults, type SearchTerms} from '../../src/content/searchTerms';
import {searchTermsOf} from '../../src/plugins/readers/searchTerms';
import {loadRegistries} from '../../src/toolkit/content/registries';
import {SITE_DIR} from './paths';

/**
 * Issue 18's table: each query must find every page its preferred form finds
 * (and so at least as many), and the pages named, in both languages. Paths are
 * relative to the locale's root.
 */
export const GLOSSARY_QUERIES = [
  {query: 'kerjasama', preferred: 'kerja sama', mustFind: ['siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/', 'rencana-induk/sejarah-kerja-sama/']},
  {query: 'e-goverment', preferred: 'e-government', mustFind: ['kurikulum/dasar-e-government/', 'rencana-induk/']},
  {query: 'SPBE', preferred: 'e-government', mustFind: ['kurikulum/dasar-e-government/', 'rencana-induk/rencana-induk-dalam-kerangka-spbe/']},
  {query: 'pemerintahan berbasis elektronik', preferred: 'e-government', mustFind: ['kurikulum/dasar-e-government/', 'rencana-induk/rencana-induk-dalam-kerangka-spbe/']},
] as const;

/** The search expansions the build writes for a locale, made from the repository's glossary the same way. */
export async function siteSearchTerms(locale: 'id' | 'en'): Promise<SearchTerms> {
  return searchTermsOf((await loadRegistries(SITE_DIR)).glossary, locale);
}

/** Every result of one Pagefind search on an open page of the site (the index of the page's language), in Pagefind's order. */
export async function pagefindResults(page: Page, query: string): Promise<{id: string; url: string}[]> {
  // A string, so the test runner does not rewrite the page's dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const search = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(search.results.map(async (result) => ({id: result.id, url: (await result.data()).url})));
  })()`);
}

/** The pages a query finds as the search dialog searches it: as typed, then as the glossary expands it, merged. */
export async function expandedSearch(page: Page, query: string, terms: SearchTerms): Promise<{urls: string[]; alsoSearched: string[]}> {
  const alsoSearched = expandQuery(query, terms);
  const lists = [];
  for (const words of [query, ...alsoSearched]) lists.push(await pagefindResults(page, words));
  return {urls: mergeResults(lists).map((result) => result.url), alsoSearched};
}

/**
 * Opens the search dialog with `/`, types `query` and waits until the dialog
 * says what else it searched for. Returns the dialog.
 */
export async function searchInDialog(page: Page, query: string): Promise<Locator> {
  await page.keyboard.press('/');
  const dialog = page.getByTestId('search-dialog');
  await dialog.waitFor();
  await page.getByTestId('search-input').fill(query);
  await dialog.getByTestId('search-also-searched').waitFor();
  await dialog.getByTestId('search-results').locator('li').first().waitFor();
  return dialog;
}
