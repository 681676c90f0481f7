import {describe} from 'vitest';

import {chooseChromium} from '../../src/toolkit/browser/pinnedChromium';

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
