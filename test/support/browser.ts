import {afterAll, beforeAll, describe} from 'vitest';

import {launchChromium, type LaunchedChromium} from '../../src/toolkit/browser/launchChromium';
import {chooseChromium} from '../../src/toolkit/browser/pinnedChromium';
import {serveBuild, type BuildServer} from './serveBuild';

const choice = chooseChromium();
const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (choice.kind === 'none' && !inCI) {
  console.warn(`\n${'!'.repeat(78)}\n!! Browser tests SKIPPED: ${choice.reason}\n${'!'.repeat(78)}\n`);
}

/**
 * `describe` for tests that drive Chromium (the pinned one, or CHROME_PATH).
 * Outside CI a platform without a browser skips them (loudly); in CI they run
 * and fail.
 */
export const describeInBrowser = choice.kind !== 'none' || inCI ? describe : describe.skip;

/** The built site served locally and a headless Chromium to open it, for one suite. */
export interface ServedSite {
  readonly server: BuildServer;
  readonly chromium: LaunchedChromium;
}

/**
 * Serves build/ and launches Chromium before the suite's tests, and closes
 * both after them. Call it inside a `describeInBrowser` body.
 */
export function servedSiteInBrowser(): ServedSite {
  let server: BuildServer | undefined;
  let chromium: LaunchedChromium | undefined;
  beforeAll(async () => {
    server = await serveBuild();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get chromium() {
      return chromium!;
    },
  };
}
