import {defineConfig} from 'vitest/config';

/**
 * Two projects: `unit` (fast, no build) and `site` (tests over the production
 * build in build/, made once by test/support/buildSite.ts, and browser tests).
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['e2e/**/*.test.ts'],
          globalSetup: ['test/support/buildSite.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One browser-heavy file at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
