import {afterAll, beforeAll, expect, it} from 'vitest';

import {describeInBrowser} from '../../test/support/browser';
import {LIGHTHOUSE_TARGETS, lighthousePages, runLighthouse} from '../../test/support/lighthouse';
import type {BuildServer} from '../../test/support/serveBuild';
import {serveLikeAHost} from '../../test/support/serveLikeAHost';

/**
 * Lighthouse 12 (mobile preset) on home, a chapter, a chapter with a diagram
 * and a press post; about 20 s a page. Only the categories that do not depend
 * on the machine's speed are gated here: accessibility, best practices and SEO
 * score the same on every run. Performance moves with the machine's load
 * (issue 13), so it is a benchmark: `npm run bench -- lighthouse` records the
 * best and the median of three runs per page in BENCHMARKS.md.
 */
describeInBrowser('Lighthouse scores', () => {
  let server: BuildServer;

  beforeAll(async () => {
    server = await serveLikeAHost();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(lighthousePages())(
    'meets the accessibility, best-practices and SEO targets on the %s page (%s)',
    async (_name, urlPath) => {
      const {accessibility, bestPractices, seo} = await runLighthouse(`${server.origin}${urlPath}`);
      expect(accessibility).toBe(LIGHTHOUSE_TARGETS.accessibility);
      expect(seo).toBe(LIGHTHOUSE_TARGETS.seo);
      expect(bestPractices).toBeGreaterThanOrEqual(LIGHTHOUSE_TARGETS.bestPractices);
    },
    120_000,
  );
});
