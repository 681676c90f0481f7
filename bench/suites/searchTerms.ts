import {existsSync} from 'node:fs';

import {BUILD_DIR} from '../../test/support/paths';
import {LOCALE_PREFIXES} from '../../test/support/pageTypes';
import {expandedSearch, GLOSSARY_QUERIES, pagefindResults, siteSearchTerms} from '../../test/support/search';
import {openSiteBrowser} from '../../test/support/siteBrowser';
import type {BenchSuite} from './index';

/** Issue 18's queries and their preferred forms, each once, in the issue's order. */
const QUERIES = [...new Set(GLOSSARY_QUERIES.flatMap(({query, preferred}) => [preferred, query]))];

/**
 * Pages found per query on the built site (issue 18's table): as typed, which
 * is what Pagefind alone finds, and as the search dialog searches it, expanded
 * with the glossary. Counts, not times, so it needs build/ but no quiet machine.
 */
export const searchTermsSuite: BenchSuite = {
  name: 'search-terms',
  title: 'Search: results per query, as typed and expanded with the glossary',
  async run() {
    if (!existsSync(BUILD_DIR)) throw new Error('No build/ to measure: run `npm run build` first.');
    const site = await openSiteBrowser();
    const rows: string[] = [];
    try {
      const counts = new Map<string, string[]>(QUERIES.map((query) => [query, []]));
      const searched = new Map<string, string[]>(QUERIES.map((query) => [query, []]));
      for (const {locale, prefix} of LOCALE_PREFIXES) {
        const terms = await siteSearchTerms(locale);
        const {page} = await site.visit(prefix);
        for (const query of QUERIES) {
          const typed = await pagefindResults(page, query);
          const {urls, alsoSearched} = await expandedSearch(page, query, terms);
          counts.get(query)!.push(`${typed.length}`, `${urls.length}`);
          searched.get(query)!.push(alsoSearched.length === 0 ? '—' : alsoSearched.map((words) => `\`${words}\``).join(', '));
        }
      }
      for (const query of QUERIES) {
        const [idTyped, idExpanded, enTyped, enExpanded] = counts.get(query)!;
        const [idAlso, enAlso] = searched.get(query)!;
        rows.push(`| \`${query}\` | ${idTyped} | ${idExpanded} | ${enTyped} | ${enExpanded} | ${idAlso} | ${enAlso} |`);
      }
    } finally {
      await site.close();
    }
    return [
      'Pages found in the built site with Pagefind in headless Chromium: as typed (Pagefind alone), and as the',
      'search dialog searches it, adding the queries the glossary expands it to (`data/glossary.yml`; merged,',
      'each page once). `/` is the Indonesian site, `/en/` the English one. `e2e/searchTerms.test.ts` asserts that',
      'each query finds every page its preferred form finds.',
      '',
      '| Query | `/` typed | `/` expanded | `/en/` typed | `/en/` expanded | Also searched on `/` | Also searched on `/en/` |',
      '| --- | ---: | ---: | ---: | ---: | --- | --- |',
      ...rows,
    ].join('\n');
  },
};
