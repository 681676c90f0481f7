import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';

import {CHROMIUM_ARGS} from '../../src/toolkit/browser/launchChromium';
import {chromiumExecutable} from '../../src/toolkit/browser/pinnedChromium';

/** Lighthouse category scores, 0 to 100. */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

/** Issue 8's thresholds. */
export const LIGHTHOUSE_TARGETS: LighthouseScores = {performance: 95, accessibility: 100, bestPractices: 95, seo: 100};

const LIGHTHOUSE_CLI = path.resolve(__dirname, '..', '..', 'node_modules', 'lighthouse', 'cli', 'index.js');

/**
 * Audits a URL with Lighthouse 12's default mobile preset (simulated slow 4G
 * and a mid-range phone) in the pinned Chromium. Lighthouse runs as its own
 * Node process: under tsx, the functions it sends into the page carry
 * esbuild's `__name` helper and fail there.
 */
export async function runLighthouse(url: string): Promise<LighthouseScores> {
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
  const categories = (JSON.parse(stdout) as {categories: Record<string, {score: number | null}>}).categories;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}
