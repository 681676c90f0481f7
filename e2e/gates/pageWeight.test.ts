import {afterAll, beforeAll, expect, it} from 'vitest';

import {describeInBrowser} from '../../test/support/browser';
import {pagesInBothLocales, PAGE_TYPES} from '../../test/support/pageTypes';
import {measureScriptWeight} from '../../test/support/pageWeight';
import {openSiteBrowser, type SiteBrowser} from '../../test/support/siteBrowser';

/**
 * Issue 8's budgets for gzipped JavaScript executed on load, measured in the
 * browser over the production build (entry bundles and lazily loaded chunks;
 * `npm run bench -- page-weight` reports every page type in BENCHMARKS.md).
 */
describeInBrowser('page weight budgets', () => {
  let site: SiteBrowser;

  beforeAll(async () => {
    site = await openSiteBrowser();
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each(pagesInBothLocales(PAGE_TYPES.filter((type) => type.budgetKb !== undefined)))(
    'keeps the %s page (%s) within its JavaScript budget',
    async (_label, path, type) => {
      const weight = await measureScriptWeight(site, path);
      // The runtime, main bundle and the route's own chunk at least: an empty list would prove nothing.
      expect(weight.scripts.length).toBeGreaterThanOrEqual(3);
      expect(weight.scripts.some((script) => /\/main\.[\da-f]+\.js$/.test(script.path))).toBe(true);
      expect(weight.totalKb, weight.scripts.map((script) => `${script.path} ${script.gzipBytes} B`).join('\n')).toBeLessThanOrEqual(
        type.budgetKb ?? 0,
      );
    },
  );
});
