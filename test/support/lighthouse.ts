import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';

import {CHROMIUM_ARGS} from '../../src/toolkit/browser/launchChromium';
import {chromiumExecutable} from '../../src/toolkit/browser/pinnedChromium';
import {LOCALE_PREFIXES, PAGE_TYPES} from './pageTypes';

/** Lighthouse category scores, 0 to 100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** One Lighthouse run: its scores and the browser that ran it (`HeadlessChrome/153.0.8010.0`). */
export interface LighthouseReport extends LighthouseScores {
  browser: string;
}

/**
 * Issue 8's thresholds. Accessibility, best practices and SEO do not depend on
 * the machine's speed: `e2e/gates/lighthouse.test.ts` enforces them. Performance
 * under simulated throttling scales with the CPU time Lighthouse observes, so it
 * moves with the machine's load (issue 13: 90, 92 and 93 on one run, 96 on the
 * next): it is measured by `npm run bench -- lighthouse`, not tested.
 */
export const LIGHTHOUSE_TARGETS: LighthouseScores = {performance: 95, accessibility: 100, bestPractices: 95, seo: 100};

/** The pages Lighthouse audits: the page types marked `lighthouse`, in the first locale (`[name, URL path]`). */
export function lighthousePages(): Array<[name: string, urlPath: string]> {
  return PAGE_TYPES.filter((type) => type.lighthouse).map((type) => [type.name, `${LOCALE_PREFIXES[0].prefix}${type.route}`]);
}

const LIGHTHOUSE_CLI = path.resolve(__dirname, '..', '..', 'node_modules', 'lighthouse', 'cli', 'index.js');

/**
 * Audits a URL with Lighthouse 12's default mobile preset (simulated slow 4G
 * and a mid-range phone) in the pinned Chromium. Lighthouse runs as its own
 * Node process: under tsx, the functions it sends into the page carry
 * esbuild's `__name` helper and fail there. Shared by the gate
 * (e2e/gates/lighthouse.test.ts) and the benchmark (bench/suites/lighthouse.ts).
 */
export async function runLighthouse(url: string): Promise<LighthouseReport> {
  const chromePath = await chromiumExecutable();
  const {stdout} = await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
    ],
    {env: {...process.env, CHROME_PATH: chromePath}, maxBuffer: 64 * 1024 * 1024},
  );
  const report = JSON.parse(stdout) as {
    categories: Record<string, {score: number | null}>;
    environment?: {hostUserAgent?: string};
  };
  const score = (id: string) => Math.round((report.categories[id]?.score ?? 0) * 100);
  return {
    browser: /(?:Headless)?Chrome\/[\d.]+/.exec(report.environment?.hostUserAgent ?? '')?.[0] ?? 'unknown browser',
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
