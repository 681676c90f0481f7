import {existsSync} from 'node:fs';
import os from 'node:os';

import {BUILD_DIR} from '../../test/support/paths';
import {LIGHTHOUSE_TARGETS, lighthousePages, runLighthouse, type LighthouseReport, type LighthouseScores} from '../../test/support/lighthouse';
import {serveLikeAHost} from '../../test/support/serveLikeAHost';
import type {BenchSuite} from './index';

/** Runs per page: performance moves by a few points from run to run, so the best and the median are reported. */
const RUNS = 3;

/** The best and the median of the runs' scores for one category. */
function bestAndMedian(runs: LighthouseReport[], category: keyof LighthouseScores): {best: number; median: number; all: number[]} {
  const all = runs.map((run) => run[category]);
  const sorted = [...all].sort((a, b) => b - a);
  return {best: sorted[0]!, median: sorted[Math.floor(sorted.length / 2)]!, all};
}

/**
 * Lighthouse 12 (mobile preset) on the page types marked `lighthouse` in
 * test/support/pageTypes.ts, {@link RUNS} runs each. Performance is measured
 * here only: it depends on the machine's load, so it is no test. The other
 * categories are gated by e2e/gates/lighthouse.test.ts.
 */
export const lighthouseSuite: BenchSuite = {
  name: 'lighthouse',
  title: 'Lighthouse (mobile preset)',
  async run() {
    if (!existsSync(BUILD_DIR)) throw new Error('No build/ to audit: run `npm run build` first.');
    const server = await serveLikeAHost();
    const rows: string[] = [];
    const browsers = new Set<string>();
    const loadBefore = os.loadavg()[0]!;
    try {
      for (const [name, urlPath] of lighthousePages()) {
        const runs: LighthouseReport[] = [];
        // One page's runs one after another, so the best and the median compare like with like.
        for (let run = 0; run < RUNS; run += 1) runs.push(await runLighthouse(`${server.origin}${urlPath}`));
        for (const run of runs) browsers.add(run.browser);
        const performance = bestAndMedian(runs, 'performance');
        const lowest = (category: 'accessibility' | 'bestPractices' | 'seo') => Math.min(...runs.map((run) => run[category]));
        rows.push(
          `| ${name} | \`${urlPath}\` | **${performance.best}** | ${performance.median} | ${performance.all.join(', ')} | ${lowest('accessibility')} | ${lowest('bestPractices')} | ${lowest('seo')} |`,
        );
      }
    } finally {
      await server.close();
    }
    const t = LIGHTHOUSE_TARGETS;
    const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
    return [
      '**A benchmark, not a test**: performance under simulated throttling scales with the CPU time Lighthouse',
      'observes, so it moves with the machine and its load. `npm test` gates only the categories that do not move',
      `(accessibility ${t.accessibility}, best practices ≥ ${t.bestPractices}, SEO ${t.seo}: \`e2e/gates/lighthouse.test.ts\`); the performance target`,
      `(≥ ${t.performance}) is read from this table.`,
      '',
      `Lighthouse 12, default mobile preset (simulated slow 4G, 4× CPU slowdown), ${[...browsers].join(', ')} (the pinned`,
      'Chromium), the production build served with gzip and long caching of hashed assets as a static host would',
      `(\`test/support/serveLikeAHost.ts\`). ${RUNS} runs per page, one after another; accessibility, best practices and SEO`,
      'show the lowest of the runs.',
      '',
      `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}, ${os.platform()} ${os.release()};`,
      `load average ${loadBefore.toFixed(1)} when the suite started, ${os.loadavg()[0]!.toFixed(1)} when it ended.`,
      '',
      '| Page | URL | Performance, best | Median | Runs | Accessibility | Best practices | SEO |',
      '| --- | --- | ---: | ---: | --- | ---: | ---: | ---: |',
      `| **target** | | ≥ ${t.performance} | | | ${t.accessibility} | ≥ ${t.bestPractices} | ${t.seo} |`,
      ...rows,
    ].join('\n');
  },
};
