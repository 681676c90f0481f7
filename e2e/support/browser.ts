import {describe} from 'vitest';

import {findChromium, INSTALL_CHROMIUM_HINT} from '../../src/toolkit/browser/findChromium';

const chromiumPath = findChromium();
const inCI = process.env.CI === 'true' || process.env.CI === '1';

if (!chromiumPath && !inCI) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! Browser tests SKIPPED: no Chromium found.\n!! ${INSTALL_CHROMIUM_HINT}\n${'!'.repeat(78)}\n`,
  );
}

/**
 * `describe` for tests that drive Chromium. Outside CI a missing browser skips
 * them (loudly); in CI they run and fail, since CI must install Chromium.
 */
export const describeInBrowser = chromiumPath || inCI ? describe : describe.skip;
