import {existsSync} from 'node:fs';

import {BUILD_DIR} from '../../e2e/support/paths';
import {LOCALE_PREFIXES, PAGE_TYPES} from '../../e2e/support/pageTypes';
import {LIGHTHOUSE_TARGETS, runLighthouse} from '../support/lighthouse';
import {serveLikeAHost} from '../support/serveLikeAHost';
import type {BenchSuite} from './index';

/** Lighthouse 12 (mobile preset) on the page types marked `lighthouse` in e2e/support/pageTypes.ts. */
export const lighthouseSuite: BenchSuite = {
  name: 'lighthouse',
  title: 'Lighthouse (mobile preset)',
  async run() {
    if (!existsSync(BUILD_DIR)) throw new Error('No build/ to audit: run `npm run build` first.');
    const server = await serveLikeAHost();
    const rows: string[] = [];
    try {
      for (const type of PAGE_TYPES.filter((candidate) => candidate.lighthouse)) {
        const urlPath = `${LOCALE_PREFIXES[0].prefix}${type.route}`;
        const scores = await runLighthouse(`${server.origin}${urlPath}`);
        rows.push(`| ${type.name} | \`${urlPath}\` | ${scores.performance} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} |`);
      }
    } finally {
      await server.close();
    }
    const t = LIGHTHOUSE_TARGETS;
    return [
      'Lighthouse 12, default mobile preset (simulated slow 4G, 4× CPU slowdown), the pinned Chromium, the production',
      'build served with gzip and long caching of hashed assets as a static host would (`bench/support/serveLikeAHost.ts`).',
      'Performance is sensitive to other load on the machine (simulated throttling scales the observed CPU time).',
      '',
      '| Page | URL | Performance | Accessibility | Best practices | SEO |',
      '| --- | --- | ---: | ---: | ---: | ---: |',
      `| **target** | | ≥ ${t.performance} | ${t.accessibility} | ≥ ${t.bestPractices} | ${t.seo} |`,
      ...rows,
    ].join('\n');
  },
};
