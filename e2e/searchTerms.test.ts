import type {Page} from 'playwright-core';
import {afterAll, beforeAll, expect, it} from 'vitest';

import type {SearchTerms} from '../src/content/searchTerms';
import {describeInBrowser} from '../test/support/browser';
import {LOCALE_PREFIXES} from '../test/support/pageTypes';
import {expandedSearch, GLOSSARY_QUERIES, pagefindResults, searchInDialog, siteSearchTerms} from '../test/support/search';
import {NO_PROBLEMS, openSiteBrowser, problemsOf, type SiteBrowser} from '../test/support/siteBrowser';

describeInBrowser('search that knows the glossary’s words (issue 18), on Pagefind’s real index', () => {
  let site: SiteBrowser;
  const terms: Partial<Record<'id' | 'en', SearchTerms>> = {};

  beforeAll(async () => {
    site = await openSiteBrowser();
    for (const {locale} of LOCALE_PREFIXES) terms[locale] = await siteSearchTerms(locale);
  });
  afterAll(async () => {
    await site?.close();
  });

  async function open(route: string): Promise<Page> {
    await site.visit(route);
    return site.page;
  }

  it.each(LOCALE_PREFIXES.flatMap(({locale, prefix}) => GLOSSARY_QUERIES.map((row) => ({locale, root: prefix, ...row}))))(
    '$root: $query finds every page $preferred finds, and $mustFind',
    async ({locale, root, query, preferred, mustFind}) => {
      const page = await open(root);
      const typedOnly = (await pagefindResults(page, query)).map((result) => result.url);
      const preferredFinds = (await pagefindResults(page, preferred)).map((result) => result.url);
      const {urls, alsoSearched} = await expandedSearch(page, query, terms[locale]!);
      expect(alsoSearched.length).toBeGreaterThan(0);
      expect(urls).toEqual(expect.arrayContaining(preferredFinds));
      expect(urls.length).toBeGreaterThanOrEqual(preferredFinds.length);
      expect(urls).toEqual(expect.arrayContaining(mustFind.map((path) => `${root}${path}`)));
      // The pages found as typed come first, in Pagefind's order.
      expect(urls.slice(0, typedOnly.length)).toEqual(typedOnly);
      expect(new Set(urls).size).toBe(urls.length);
      expect(urls.every((url) => url.startsWith(root) && (root !== '/' || !url.startsWith('/en/')))).toBe(true);
    },
  );

  it.each([
    {
      locale: 'id',
      root: '/',
      query: 'kerjasama',
      said: 'Juga mencari: kerja sama',
      first: '/siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/',
      count: (shown: number, total: number) => `Menampilkan ${shown} dari ${total} hasil`,
    },
    {
      locale: 'en',
      root: '/en/',
      query: 'SPBE',
      said: 'Also searched for: Electronic-Based Government System, e-government',
      first: undefined,
      count: (shown: number, total: number) => `Showing ${shown} of ${total} results`,
    },
  ] as const)('$root: the dialog searches $query for more, says $said and how many pages it found in its polite status, and requests nothing outside the site', async ({locale, root, query, said, first, count}) => {
    const visit = await site.visit(root);
    const page = visit.page;
    const dialog = await searchInDialog(page, query);
    const status = dialog.getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe('polite');
    await expect.poll(() => status.getByTestId('search-also-searched').textContent()).toBe(said);
    const links = await dialog.getByTestId('search-results').locator('li a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    // More than the typed words alone find (one page for `kerjasama`, three for `SPBE`).
    expect(links.length).toBeGreaterThan(3);
    if (first) expect(links[0]).toBe(first);
    // The count is of every page found, not only of those listed: both queries find more pages than the dialog lists.
    const {urls} = await expandedSearch(page, query, terms[locale]!);
    expect(links).toEqual(urls.slice(0, links.length));
    expect(urls.length).toBeGreaterThan(links.length);
    expect(await status.textContent()).toBe(`${count(links.length, urls.length)} ${said}`);
    // Keyboard: the field keeps focus while results come in, and Tab moves on to the collection filter.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-filter');
    // A query with no glossary phrase says nothing more.
    await page.getByTestId('search-input').fill('pelatihan');
    await expect.poll(() => dialog.getByTestId('search-also-searched').count()).toBe(0);
    await page.keyboard.press('Escape');
    expect(problemsOf(visit)).toEqual(NO_PROBLEMS);
  });
});
