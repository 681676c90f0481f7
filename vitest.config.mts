import {defineConfig} from 'vitest/config';

// Vitest 5's reporter calls Map.groupBy, which Node 20 lacks (Node 21+): without
// this, any failing test crashes the reporter instead of being reported.
if (typeof (Map as {groupBy?: unknown}).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> {
      const groups = new Map<K, V[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

/**
 * Two projects: `unit` (fast, no build) and `site` (tests over the production
 * build in build/, made once by e2e/support/buildSite.ts, and browser tests).
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
          globalSetup: ['e2e/support/buildSite.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // One browser-heavy file at a time: CI machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
