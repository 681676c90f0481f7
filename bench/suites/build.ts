import {cp, rm, writeFile} from 'node:fs/promises';
import {availableParallelism} from 'node:os';
import path from 'node:path';

import {changeOneSentence, clearBuildCaches, generateCorpus} from '../corpus/generateCorpus';
import {generatePlainSite} from '../corpus/plainSite';
import {differingFiles} from '../../test/support/builtFiles';
import {measureProcess, type ProcessMeasurement} from '../../test/support/measureProcess';
import type {BenchSuite} from './index';

const REPO_DIR = path.resolve(__dirname, '..', '..');
/** Page counts to build; `BENCH_BUILD_PAGES=600` runs one size only. */
const SIZES = (process.env.BENCH_BUILD_PAGES ?? '600,3000').split(',').map(Number);
/** Issue 8's target: our build takes at most 35 % of the plain configuration's time. */
const TARGET_RATIO = 0.35;
/** `BENCH_BUILD_WEBPACK=0` leaves out the plain webpack build (issue 8's baseline; 15 min at 3,000 pages). */
const WITH_WEBPACK = process.env.BENCH_BUILD_WEBPACK !== '0';
/** Page counts whose warm build is measured (issue 19's target is at 600); `BENCH_BUILD_WARM=600,3000`. */
const WARM_SIZES = (process.env.BENCH_BUILD_WARM ?? '600').split(',').map(Number);

/** Which part of a build a process is, for the peak memory's breakdown. */
function processKind(commandLine: string): string {
  if (/chrom(e|ium)/.test(commandLine)) return commandLine.includes('--type=renderer') ? 'Chromium pages (renderers)' : 'Chromium (browser, GPU, network)';
  if (commandLine.includes('pagefind')) return 'Pagefind';
  if (commandLine.includes('masterplan.mjs')) return 'content check';
  if (commandLine.includes('docusaurus')) return 'Docusaurus (bundler, page generation)';
  if (commandLine.includes('scripts/build.ts')) return 'post-build steps (Node)';
  return 'other';
}

/** The plain site with Docusaurus Faster switched on and nothing else: what Faster alone gives. */
const PLAIN_FASTER_CONFIG = `// Written by bench/suites/build.ts: the plain baseline with Docusaurus Faster only.
import config from './docusaurus.config';

export default {...config, future: {v4: true, faster: true}};
`;

interface BuildRuns {
  ours: ProcessMeasurement;
  /** Ours again, after one sentence of one chapter changed, with the caches the cold build left (only for WARM_SIZES). */
  warm?: ProcessMeasurement;
  plain?: ProcessMeasurement;
  plainFaster: ProcessMeasurement;
  /** Our build's own summary line: where the time went. */
  breakdown: string;
  warmBreakdown: string;
  /** Docusaurus's own timings of the cold build (`DOCUSAURUS_PERF_LOGGER`): plugins' loading, bundling, page generation. */
  docusaurusPerf: string[];
  /** Files of the warm build that differ from a cold build of the same sources (PDFs: by page count and text). */
  warmDiffers: string[];
}


const PERF_LINE = /\[PERF\].*/g;

async function buildAll(pages: number): Promise<BuildRuns> {
  const oursDir = path.join(REPO_DIR, 'bench', '.corpus', `build-${pages}`);
  const plainDir = path.join(REPO_DIR, 'bench', '.corpus', `plain-${pages}`);
  await generateCorpus({dir: oursDir, pages});
  await cp(path.join(REPO_DIR, 'scripts'), path.join(oursDir, 'scripts'), {recursive: true});
  await generatePlainSite({dir: plainDir, pages});
  await writeFile(path.join(plainDir, 'docusaurus.faster.config.ts'), PLAIN_FASTER_CONFIG);

  // Cold builds: no persistent cache from an earlier run helps any side. Ours starts as after `npm run clear`
  // (clearBuildCaches: Rspack's persistent cache and the product cache) and writes its
  // caches, as a first build does; the warm build after it uses them.
  const env = {...process.env, DOCUSAURUS_NO_PERSISTENT_CACHE: 'true', FORCE_COLOR: '0'};
  const oursEnv: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0', DOCUSAURUS_PERF_LOGGER: 'true'};
  delete oursEnv.DOCUSAURUS_NO_PERSISTENT_CACHE;
  await clearBuildCaches(oursDir);
  await rm(path.join(oursDir, 'build-ours'), {recursive: true, force: true});
  const bin = (dir: string, name: string) => path.join(dir, 'node_modules', '.bin', name);
  const ours = await measureProcess(bin(oursDir, 'tsx'), ['scripts/build.ts', '--out-dir', 'build-ours'], {cwd: oursDir, env: oursEnv, collect: PERF_LINE, kindOf: processKind});
  let warm: ProcessMeasurement | undefined;
  let warmDiffers: string[] = [];
  if (WARM_SIZES.includes(pages)) {
    await changeOneSentence(oursDir);
    warm = await measureProcess(bin(oursDir, 'tsx'), ['scripts/build.ts', '--out-dir', 'build-ours'], {cwd: oursDir, env: oursEnv});
    // The same sources built cold, to compare with the warm build (not timed).
    await rm(path.join(oursDir, 'build-ours-cold'), {recursive: true, force: true});
    await clearBuildCaches(oursDir);
    const coldAgain = await measureProcess(bin(oursDir, 'tsx'), ['scripts/build.ts', '--out-dir', 'build-ours-cold'], {cwd: oursDir, env: oursEnv});
    warmDiffers = coldAgain.exitCode === 0 ? await differingFiles(path.join(oursDir, 'build-ours'), path.join(oursDir, 'build-ours-cold')) : ['(the cold build of the same sources failed)'];
  }
  const plain = WITH_WEBPACK ? await measureProcess(bin(plainDir, 'docusaurus'), ['build', '--out-dir', 'build-plain'], {cwd: plainDir, env}) : undefined;
  const plainFaster = await measureProcess(
    bin(plainDir, 'docusaurus'),
    ['build', '--config', 'docusaurus.faster.config.ts', '--out-dir', 'build-faster'],
    {cwd: plainDir, env, kindOf: processKind},
  );
  for (const [name, run] of [['ours', ours], ['ours, warm', warm], ['plain', plain], ['plain with Faster', plainFaster]] as const) {
    if (run && run.exitCode !== 0) throw new Error(`${name} build of ${pages} pages failed (exit ${run.exitCode}):\n${run.tail}`);
  }
  const summary = (run: ProcessMeasurement | undefined) => (run && /\[INFO\] Build finished in [^:]+: (.*)\.$/m.exec(run.tail)?.[1]) ?? 'not reported';
  return {ours, warm, plain, plainFaster, breakdown: summary(ours), warmBreakdown: summary(warm), docusaurusPerf: ours.collected ?? [], warmDiffers};
}

/** Issue 19's targets: our cold build against plain + Faster, and a warm build against the cold one. */
const FASTER_TARGETS: Readonly<Record<number, number>> = {600: 1.25, 3000: 1.5};
const WARM_TARGET = 0.4;
/** Issue 19's memory targets: at most 1.25 × plain + Faster's peak, and under 6 GiB (a 7 GiB CI runner). */
const MEMORY_RATIO_TARGET = 1.25;
const MEMORY_CAP_MIB = 6 * 1024;
const fasterRatioCell = (pages: number, ratio: number) => {
  const target = FASTER_TARGETS[pages];
  return `**${ratio.toFixed(2)}**${target === undefined ? '' : ratio <= target ? ' ✅' : ' ❌'}`;
};
const warmRatioCell = (ratio: number) => `**${ratio.toFixed(2)}** ${ratio <= WARM_TARGET ? '✅' : '❌'}`;

/** The perf logger's lines, slowest first: `<label> - <duration>`. */
function slowestPerf(lines: readonly string[], count = 25): string[] {
  const milliseconds = (line: string) => {
    // The logger writes `12.34 ms`, or `1.23 seconds!` past its red threshold.
    const match = / - ([\d.]+) (ms|seconds)/.exec(line);
    return match ? Number(match[1]) * (match[2] === 'seconds' ? 1000 : 1) : 0;
  };
  return [...new Set(lines.map((line) => line.replace(/\x1b\[[\d;]*m/g, '').replace(/^\[PERF\]\s*/, '').trim()))]
    .sort((a, b) => milliseconds(b) - milliseconds(a))
    .slice(0, count);
}

/** How many of the machine's cores exist to share the build. */
const CORES = availableParallelism();

/**
 * The CPU time both builds took (the whole machine's, so Chromium's processes
 * count) and what the time target leaves: at `target` × plain + Faster's time,
 * every core busy all along gives at most that many CPU seconds.
 */
function cpuSentence(ours: ProcessMeasurement, plainFaster: ProcessMeasurement, target: number | undefined): string {
  const cores = (run: ProcessMeasurement) => (run.machineCpuSeconds / run.seconds).toFixed(2);
  const budget = target === undefined ? '' : `; at ${target} × plain + Faster's time, ${CORES} cores give at most ${(CORES * target * plainFaster.seconds).toFixed(0)} s`;
  return (
    `CPU time (whole machine, /proc/stat): ours ${ours.machineCpuSeconds.toFixed(0)} s (${cores(ours)} cores busy on average), ` +
    `plain + Faster ${plainFaster.machineCpuSeconds.toFixed(0)} s (${cores(plainFaster)} cores)${budget}.`
  );
}

const ratioCell = (ratio: number) => `**${ratio.toFixed(2)}** ${ratio <= TARGET_RATIO ? '✅' : '❌'}`;

/** Production build time and peak memory, this configuration against plain Docusaurus, on generated corpora. */
export const buildSuite: BenchSuite = {
  name: 'build',
  title: 'Production build: this configuration against plain Docusaurus',
  async run() {
    const rows: string[] = [];
    const webpackRows: string[] = [];
    const breakdowns: string[] = [];
    for (const pages of SIZES) {
      let runs: BuildRuns;
      try {
        runs = await buildAll(pages);
      } catch (error) {
        // One size failing must not lose the others' figures.
        rows.push(`| ${pages} (+ ${pages} en) | failed: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} | | | | | | | | |`);
        continue;
      }
      const {ours, warm, plain, plainFaster, breakdown, warmBreakdown, docusaurusPerf, warmDiffers} = runs;
      // The Docusaurus step alone (this site's configuration and plugins, before the post-build steps).
      const docusaurusSeconds = Number(/^Docusaurus ([\d.]+) s/.exec(breakdown)?.[1] ?? NaN);
      const docusaurusCell = Number.isNaN(docusaurusSeconds) ? 'not reported' : `${docusaurusSeconds.toFixed(1)} s (${(docusaurusSeconds / plainFaster.seconds).toFixed(2)})`;
      const memoryRatio = ours.peakRssMiB / plainFaster.peakRssMiB;
      const memoryMet = memoryRatio <= MEMORY_RATIO_TARGET && ours.peakRssMiB < MEMORY_CAP_MIB;
      rows.push(
        `| ${pages} (+ ${pages} en) | ${ours.seconds.toFixed(1)} s | ${plainFaster.seconds.toFixed(1)} s | ${fasterRatioCell(pages, ours.seconds / plainFaster.seconds)} | ${docusaurusCell} | ` +
          `${ours.peakRssMiB} MiB | ${plainFaster.peakRssMiB} MiB | **${memoryRatio.toFixed(2)}** ${memoryMet ? '✅' : '❌'} | ` +
          (warm ? `${warm.seconds.toFixed(1)} s | ${warmRatioCell(warm.seconds / ours.seconds)} |` : 'not run | |'),
      );
      if (plain) {
        webpackRows.push(
          `| ${pages} (+ ${pages} en) | ${ours.seconds.toFixed(1)} s | ${plain.seconds.toFixed(1)} s | ${ratioCell(ours.seconds / plain.seconds)} | ${(plainFaster.seconds / plain.seconds).toFixed(2)} | ${plain.peakRssMiB} MiB |`,
        );
      }
      const byKind = (run: ProcessMeasurement) => Object.entries(run.peakByKindMiB ?? {}).map(([kind, mib]) => `${kind} ${mib} MiB`).join(', ');
      breakdowns.push(`- ${pages} pages, where our build's time went: ${breakdown}.`);
      breakdowns.push(`- ${pages} pages, what held memory at our peak: ${byKind(ours)}; at plain + Faster's: ${byKind(plainFaster)}.`);
      breakdowns.push(`- ${pages} pages, ${cpuSentence(ours, plainFaster, FASTER_TARGETS[pages])}`);
      if (warm) {
        breakdowns.push(`- ${pages} pages, warm build after one changed sentence: ${warmBreakdown}.`);
        breakdowns.push(
          `- ${pages} pages, warm build against a cold build of the same sources: ` +
            (warmDiffers.length === 0 ? 'every file the same (PDFs: pages and text).' : `${warmDiffers.length} files differ: ${warmDiffers.slice(0, 20).join(', ')}.`),
        );
      }
      breakdowns.push(`- ${pages} pages, Docusaurus's own timings of our cold build (\`DOCUSAURUS_PERF_LOGGER\`, slowest first):`);
      breakdowns.push(...slowestPerf(docusaurusPerf).map((line) => `  - ${line}`));
    }
    return [
      'Synthetic corpus from `bench/corpus/generateCorpus.ts` (every 10th page a Mermaid diagram, every 7th math,',
      '10 % press releases, 63 % master plan chapters), both locales, built one after the other in the same run.',
      '',
      '- *Ours*: `npm run build` — Docusaurus Faster, every plugin of this site (content check, status board,',
      '  readers, typedoc API pages, PDF link), diagrams drawn at build time, then the post-build steps',
      '  (Pagefind search index, the master plan PDF in both locales, Content-Security-Policy, offline copy).',
      '  It starts as after `npm run clear` (no `.docusaurus`, no `node_modules/.cache`) and writes its caches.',
      '- *Plain + Faster*: the same pages built by a plain Docusaurus configuration (`bench/corpus/plainSite.ts`:',
      '  classic preset, Mermaid drawn in the browser, KaTeX, a Markdown home page, no plugins of ours) with',
      '  `future.faster` on, cold (`DOCUSAURUS_NO_PERSISTENT_CACHE`).',
      '- *Docusaurus step*: our build until the last Docusaurus process exits, without the post-build steps.',
      '- *Warm*: a second `npm run build` after one sentence of one chapter changed, with the caches the cold',
      '  build wrote (Rspack\'s persistent cache, the post-build cache); its output is compared with a cold build',
      '  of the same sources.',
      '',
      `Targets (issue 19): ours ≤ ${FASTER_TARGETS[600]} × plain + Faster at 600 pages and ≤ ${FASTER_TARGETS[3000]} × at 3,000; peak memory of the`,
      `whole process tree (sampled every 200 ms) ≤ ${MEMORY_RATIO_TARGET} × plain + Faster's and under ${MEMORY_CAP_MIB / 1024} GiB; warm ≤ ${WARM_TARGET} × cold.`,
      '',
      '| Pages | Ours (cold) | Plain + Faster | Ours ÷ plain + Faster | Docusaurus step (÷ plain + Faster) | Peak memory, ours | Peak memory, plain + Faster | Memory ratio | Warm | Warm ÷ cold |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows,
      '',
      ...breakdowns,
      ...(webpackRows.length === 0
        ? []
        : [
            '',
            `Issue 8's baseline, plain Docusaurus with webpack (\`BENCH_BUILD_WEBPACK=0\` leaves it out); target ratio ≤ ${TARGET_RATIO}:`,
            '',
            '| Pages | Ours | Plain (webpack) | Ratio | Plain + Faster ÷ plain | Peak memory (plain) |',
            '| ---: | ---: | ---: | ---: | ---: | ---: |',
            ...webpackRows,
          ]),
    ].join('\n');
  },
};
