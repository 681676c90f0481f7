import {cp, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {generateCorpus} from '../corpus/generateCorpus';
import {generatePlainSite} from '../corpus/plainSite';
import {measureProcess, type ProcessMeasurement} from '../../test/support/measureProcess';
import type {BenchSuite} from './index';

const REPO_DIR = path.resolve(__dirname, '..', '..');
/** Page counts to build; `BENCH_BUILD_PAGES=600` runs one size only. */
const SIZES = (process.env.BENCH_BUILD_PAGES ?? '600,3000').split(',').map(Number);
/** Issue 8's target: our build takes at most 35 % of the plain configuration's time. */
const TARGET_RATIO = 0.35;

/** The plain site with Docusaurus Faster switched on and nothing else: what Faster alone gives. */
const PLAIN_FASTER_CONFIG = `// Written by bench/suites/build.ts: the plain baseline with Docusaurus Faster only.
import config from './docusaurus.config';

export default {...config, future: {v4: true, faster: true}};
`;

interface BuildRuns {
  ours: ProcessMeasurement;
  plain: ProcessMeasurement;
  plainFaster: ProcessMeasurement;
  /** Our build's own summary line: where the time went. */
  breakdown: string;
}

async function buildAll(pages: number): Promise<BuildRuns> {
  const oursDir = path.join(REPO_DIR, 'bench', '.corpus', `build-${pages}`);
  const plainDir = path.join(REPO_DIR, 'bench', '.corpus', `plain-${pages}`);
  await generateCorpus({dir: oursDir, pages});
  await cp(path.join(REPO_DIR, 'scripts'), path.join(oursDir, 'scripts'), {recursive: true});
  await generatePlainSite({dir: plainDir, pages});
  await writeFile(path.join(plainDir, 'docusaurus.faster.config.ts'), PLAIN_FASTER_CONFIG);

  // Cold builds: no persistent cache from an earlier run helps any side.
  const env = {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', FORCE_COLOR: '0'};
  const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name);
  const ours = await measureProcess(bin(oursDir, 'tsx'), ['scripts/build.ts', '--out-dir', 'build-ours'], {cwd: oursDir, env});
  const plain = await measureProcess(bin(plainDir, 'docusaurus'), ['build', '--out-dir', 'build-plain'], {cwd: plainDir, env});
  const plainFaster = await measureProcess(
    bin(plainDir, 'docusaurus'),
    ['build', '--config', 'docusaurus.faster.config.ts', '--out-dir', 'build-faster'],
    {cwd: plainDir, env},
  );
  for (const [name, run] of [['ours', ours], ['plain', plain], ['plain with Faster', plainFaster]] as const) {
    if (run.exitCode !== 0) throw new Error(`${name} build of ${pages} pages failed (exit ${run.exitCode}):\n${run.tail}`);
  }
  const breakdown = /\[INFO\] Build finished in [^:]+: (.*)\.$/m.exec(ours.tail)?.[1] ?? 'not reported';
  return {ours, plain, plainFaster, breakdown};
}

const ratioCell = (ratio: number) => `**${ratio.toFixed(2)}** ${ratio <= TARGET_RATIO ? '✅' : '❌'}`;

/** Production build time and peak memory, this configuration against plain Docusaurus, on generated corpora. */
export const buildSuite: BenchSuite = {
  name: 'build',
  title: 'Production build: this configuration against plain Docusaurus',
  async run() {
    const rows: string[] = [];
    const breakdowns: string[] = [];
    for (const pages of SIZES) {
      let runs: BuildRuns;
      try {
        runs = await buildAll(pages);
      } catch (error) {
        // One size failing must not lose the others' figures.
        rows.push(`| ${pages} (+ ${pages} en) | failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} | | | | | | |`);
        continue;
      }
      const {ours, plain, plainFaster, breakdown} = runs;
      // The Docusaurus step alone (this site's configuration and plugins, before the post-build steps).
      const docusaurusSeconds = Number(/^Docusaurus ([\d.]+) s/.exec(breakdown)?.[1] ?? NaN);
      const docusaurusCell = Number.isNaN(docusaurusSeconds) ? 'not reported' : `${docusaurusSeconds.toFixed(1)} s (${(docusaurusSeconds / plain.seconds).toFixed(2)})`;
      rows.push(
        `| ${pages} (+ ${pages} en) | ${ours.seconds.toFixed(1)} s | ${plain.seconds.toFixed(1)} s | ${ratioCell(ours.seconds / plain.seconds)} | ${docusaurusCell} | ` +
          `${plainFaster.seconds.toFixed(1)} s (${(plainFaster.seconds / plain.seconds).toFixed(2)}) | ${ours.peakRssMiB} MiB | ${plain.peakRssMiB} MiB |`,
      );
      breakdowns.push(`- ${pages} pages, where our build's time went: ${breakdown}.`);
    }
    return [
      'Synthetic corpus from `bench/corpus/generateCorpus.ts` (every 10th page a Mermaid diagram, every 7th math,',
      '10 % press releases, 63 % master plan chapters), both locales, cold builds (`DOCUSAURUS_NO_PERSISTENT_CACHE`),',
      'one after the other in the same run.',
      '',
      '- *Ours*: `npm run build` — Docusaurus Faster, every plugin of this site (content check, status board,',
      '  readers, typedoc API pages, PDF link), diagrams drawn at build time, then the post-build steps',
      '  (Pagefind search index, the master plan PDF in both locales, Content-Security-Policy).',
      '- *Plain*: the same pages built by a plain Docusaurus configuration (`bench/corpus/plainSite.ts`: classic',
      '  preset, webpack, Mermaid drawn in the browser, KaTeX, a Markdown home page, no plugins of ours).',
      '- *Plain + Faster*: the plain site with `future.faster` on, nothing else: what Faster alone gives.',
      '- *Docusaurus step only*: our build until Docusaurus exits (every plugin, the content check, diagrams),',
      '  without the post-build steps; from the build\'s own summary line.',
      '',
      `Target ratio ≤ ${TARGET_RATIO}. Peak memory is the whole process tree's resident memory, sampled every 200 ms.`,
      '',
      '| Pages | Ours | Plain | Ratio | Ours, Docusaurus step only (ratio) | Plain + Faster (ratio) | Peak memory (ours) | Peak memory (plain) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      ...breakdowns,
    ].join('\n');
  },
};
