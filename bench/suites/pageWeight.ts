import {existsSync} from 'node:fs';

import {BUILD_DIR} from '../../test/support/paths';
import {pagesInBothLocales} from '../../test/support/pageTypes';
import {measureScriptWeight} from '../../test/support/pageWeight';
import {openSiteBrowser} from '../../test/support/siteBrowser';
import type {BenchSuite} from './index';

/** Gzipped JavaScript executed on load, for every page type in both locales. */
export const pageWeightSuite: BenchSuite = {
  name: 'page-weight',
  title: 'Page weight (gzipped JavaScript executed on load)',
  async run() {
    if (!existsSync(BUILD_DIR)) throw new Error('No build/ to measure: run `npm run build` first.');
    const site = await openSiteBrowser();
    const rows: string[] = [];
    try {
      for (const [label, urlPath, type] of pagesInBothLocales()) {
        const weight = await measureScriptWeight(site, urlPath);
        const budget = type.budgetKb === undefined ? '—' : `${type.budgetKb} KB`;
        rows.push(`| ${label} | \`${urlPath}\` | ${weight.scripts.length} | ${weight.totalKb.toFixed(1)} KB | ${budget} |`);
      }
    } finally {
      await site.close();
    }
    return [
      'Every script the page loads in headless Chromium until the network is idle (entry bundles and lazily',
      'loaded chunks; link prefetches of other pages are not run and not counted), each gzipped at level 6.',
      'Budgets are enforced by `e2e/gates/pageWeight.test.ts`.',
      '',
      '| Page type | URL | Scripts | Gzipped JS | Budget |',
      '| --- | --- | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
  },
};
