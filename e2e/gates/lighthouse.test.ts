import {afterAll, beforeAll, expect, it} from 'vitest';

import {LIGHTHOUSE_TARGETS, runLighthouse} from '../../bench/support/lighthouse';
import {serveLikeAHost} from '../../bench/support/serveLikeAHost';
import {describeInBrowser} from '../support/browser';
import {LOCALE_PREFIXES, PAGE_TYPES} from '../support/pageTypes';
import type {BuildServer} from '../support/serveBuild';

/**
 * Lighthouse 12 (mobile preset) on home, a chapter, a chapter with a diagram
 * and a press post; about 20 s a page. Accessibility, best practices and SEO
 * are deterministic. Performance under simulated throttling moves by a few
 * points from run to run (and drops when something else loads the CPU), so
 * a page passes when one of up to {@link PERFORMANCE_ATTEMPTS} runs reaches
 * the target, as Lighthouse's own guidance on variability suggests. Set
 * LIGHTHOUSE_PERFORMANCE=0 to skip the performance target on a busy laptop.
 */
const GATE_PERFORMANCE = process.env.LIGHTHOUSE_PERFORMANCE !== '0';
const PERFORMANCE_ATTEMPTS = 3;

describeInBrowser('Lighthouse scores', () => {
  let server: BuildServer;

  beforeAll(async () => {
    server = await serveLikeAHost();
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(PAGE_TYPES.filter((type) => type.lighthouse).map((type) => [type.name, `${LOCALE_PREFIXES[0].prefix}${type.route}`]))(
    'meets the targets on the %s page (%s)',
    async (_name, urlPath) => {
      const scores = await runLighthouse(`${server.origin}${urlPath}`);
      expect(scores.accessibility).toBe(LIGHTHOUSE_TARGETS.accessibility);
      expect(scores.seo).toBe(LIGHTHOUSE_TARGETS.seo);
      expect(scores.bestPractices).toBeGreaterThanOrEqual(LIGHTHOUSE_TARGETS.bestPractices);
      if (!GATE_PERFORMANCE) return;
      const performance = [scores.performance];
      while (Math.max(...performance) < LIGHTHOUSE_TARGETS.performance && performance.length < PERFORMANCE_ATTEMPTS) {
        performance.push((await runLighthouse(`${server.origin}${urlPath}`)).performance);
      }
      expect(Math.max(...performance), `performance scores of ${performance.length} runs: ${performance.join(', ')}`).toBeGreaterThanOrEqual(LIGHTHOUSE_TARGETS.performance);
    },
    240_000,
  );
});
