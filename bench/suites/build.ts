import {cp, writeFile} from 'node:fs/promises';
import path from 'node:path';

import {generateCorpus} from '../corpus/generateCorpus';
import {measureProcess, type ProcessMeasurement} from '../support/measureProcess';
import type {BenchSuite} from './index';

const REPO_DIR = path.resolve(__dirname, '..', '..');
/** Page counts to build; `BENCH_BUILD_PAGES=600` runs one size only. */
const SIZES = (process.env.BENCH_BUILD_PAGES ?? '600,3000').split(',').map(Number);
/** Issue 8's target: our build takes at most 35 % of the plain configuration's time. */
const TARGET_RATIO = 0.35;

/**
 * The baseline: the same content and config with everything this project
 * adds to speed and page weight turned off (webpack instead of Docusaurus
 * Faster, Mermaid drawn in the browser by @docusaurus/theme-mermaid).
 */
const PLAIN_CONFIG = `// Written by bench/suites/build.ts: the plain Docusaurus baseline.
import createConfig from './docusaurus.config';

export default async function createPlainConfig() {
  const config = await createConfig();
  return {...config, future: {...config.future, faster: false}};
}
`;

async function buildBoth(pages: number): Promise<{ours: ProcessMeasurement; plain: ProcessMeasurement}> {
  const dir = path.join(REPO_DIR, 'bench', '.corpus', `build-${pages}`);
  await generateCorpus({dir, pages});
  await cp(path.join(REPO_DIR, 'scripts'), path.join(dir, 'scripts'), {recursive: true});
  await writeFile(path.join(dir, 'docusaurus.plain.config.ts'), PLAIN_CONFIG);
  // Cold builds: no persistent cache from an earlier run helps either side.
  const env = {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', FORCE_COLOR: '0'};
  const bin = (name: string) => path.join(dir, 'node_modules', '.bin', name);
  const ours = await measureProcess(bin('tsx'), ['scripts/build.ts', '--out-dir', 'build-ours'], {cwd: dir, env});
  // No Chromium for the baseline's config: it falls back to client-side Mermaid.
  const plain = await measureProcess(
    bin('docusaurus'),
    ['build', '--config', 'docusaurus.plain.config.ts', '--out-dir', 'build-plain'],
    {cwd: dir, env: {...env, CHROME_PATH: '/nonexistent/chromium'}},
  );
  for (const [name, run] of [['ours', ours], ['plain', plain]] as const) {
    if (run.exitCode !== 0) throw new Error(`${name} build of ${pages} pages failed (exit ${run.exitCode}):\n${run.tail}`);
  }
  return {ours, plain};
}

/** Production build time and peak memory, this configuration against plain Docusaurus, on generated corpora. */
export const buildSuite: BenchSuite = {
  name: 'build',
  title: 'Production build: this configuration against plain Docusaurus',
  async run() {
    const rows: string[] = [];
    for (const pages of SIZES) {
      const {ours, plain} = await buildBoth(pages);
      const ratio = ours.seconds / plain.seconds;
      rows.push(
        `| ${pages} (+ ${pages} en) | ${ours.seconds.toFixed(1)} s | ${plain.seconds.toFixed(1)} s | **${ratio.toFixed(2)}** ${ratio <= TARGET_RATIO ? '✅' : '❌'} | ${ours.peakRssMiB} MiB | ${plain.peakRssMiB} MiB |`,
      );
    }
    return [
      'Synthetic corpus from `bench/corpus/generateCorpus.ts` (every 10th page a Mermaid diagram, every 7th math,',
      '10 % press releases), both locales, cold builds (`DOCUSAURUS_NO_PERSISTENT_CACHE`), one after the other in',
      `the same run. *Ours*: \`npm run build\` (Docusaurus Faster, diagrams drawn at build time, post-build steps).`,
      '*Plain*: the same config with `future.faster` off and Mermaid drawn in the browser. Target ratio ≤ ' +
        `${TARGET_RATIO}. Peak memory is the whole process tree's resident memory, sampled every 200 ms.`,
      'Other builds shared the two cores during the run, so absolute times are noisy; both sides saw the same load.',
      '',
      '| Pages | Ours | Plain | Ratio | Peak memory (ours) | Peak memory (plain) |',
      '| ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
    ].join('\n');
  },
};
