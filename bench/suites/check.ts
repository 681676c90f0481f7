/**
 * `npm run bench -- check`: a full `masterplan check` of a 10,000-page
 * generated corpus, against cspell alone over the same files (and `check
 * --rule spelling`, the same work as cspell's) and against the Docusaurus
 * build of a 600-page corpus, all measured in one run on one machine.
 */
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';

import {generateCorpus} from '../corpus/generateCorpus';
import type {BenchSuite} from '.';
import {MASTERPLAN_BIN} from '../../test/support/cli';

const REPO_DIR = path.resolve(__dirname, '..', '..');
const CHECK_PAGES = Number(process.env.BENCH_CHECK_PAGES ?? 10_000);
const BUILD_PAGES = Number(process.env.BENCH_BUILD_PAGES ?? 600);

interface Timing {
  seconds: number;
  status: number | null;
  output: string;
}

function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Timing {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0', ...env}});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {seconds, status: result.status, output: `${result.stdout}\n${result.stderr}`};
}

function summaryOf(json: string): string {
  try {
    const report = JSON.parse(json.slice(json.indexOf('{'))) as {summary: {files: number; errors: number; warnings: number}};
    return `${report.summary.files} files, ${report.summary.errors} errors, ${report.summary.warnings} warnings`;
  } catch {
    return 'unreadable report';
  }
}

export const checkSuite: BenchSuite = {
  name: 'check',
  title: 'Content check vs cspell and the Docusaurus build',
  async run() {
    const load = loadavg()[0]?.toFixed(1);
    const work = mkdtempSync(path.join(tmpdir(), 'masterplan-bench-check-'));
    try {
      const large = path.join(work, `corpus-${CHECK_PAGES}`);
      const small = path.join(work, `site-${BUILD_PAGES}`);
      const {files: largeFiles} = await generateCorpus({dir: large, pages: CHECK_PAGES, scaffold: false});
      await generateCorpus({dir: small, pages: BUILD_PAGES});

      const check = timed(process.execPath, [MASTERPLAN_BIN, 'check', '--site-dir', large, '--format', 'json'], REPO_DIR);
      const spelling = timed(process.execPath, [MASTERPLAN_BIN, 'check', '--site-dir', large, '--format', 'json', '--rule', 'spelling'], REPO_DIR);
      const cspell = timed(
        process.execPath,
        [path.join(REPO_DIR, 'node_modules/cspell/bin.mjs'), 'lint', '--no-progress', '--no-summary', '--no-cache', '--no-must-find-files', '--config', path.join(REPO_DIR, 'cspell.json'), 'docs/**/*.md', 'blog/**/*.md', 'i18n/**/*.md'],
        large,
      );
      // The bare build: the content check plugin is skipped, so the build is not timed with the check inside it,
      // and the pages alone are built (no post-build steps; see src/plugins/complete-build).
      const build = timed(process.execPath, [path.join(REPO_DIR, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', path.join(work, 'build')], small, {MASTERPLAN_SKIP_CHECK: '1', MASTERPLAN_BUILD: 'pages-only'});
      if (build.status !== 0) throw new Error(`docusaurus build of the ${BUILD_PAGES}-page corpus failed:\n${build.output.slice(-3000)}`);

      const row = (what: string, timing: Timing, note: string) => `| ${what} | ${timing.seconds.toFixed(1)} s | ${note} |`;
      return [
        `Corpus: ${CHECK_PAGES.toLocaleString('en')} Indonesian pages plus their English counterparts (${largeFiles.toLocaleString('en')} files, \`bench/corpus/generateCorpus.ts\`, seed 1); the build corpus has ${BUILD_PAGES} pages per language. Each command runs once, from a cold process, one after another. Load average when the suite started: ${load} (the machine may be shared; the ratios compare runs made under the same conditions).`,
        '',
        '| Run | Time | Notes |',
        '| --- | ---: | --- |',
        row(`\`masterplan check\`, ${CHECK_PAGES.toLocaleString('en')} pages`, check, `exit ${check.status}; ${summaryOf(check.output)}`),
        row(`\`cspell lint\` alone, same files`, cspell, `exit ${cspell.status}; Indonesian + English dictionaries (cspell.json)`),
        row(`\`masterplan check --rule spelling\`, same files`, spelling, `exit ${spelling.status}; ${summaryOf(spelling.output)}; every rule plus cspell on the prose`),
        row(`\`docusaurus build\`, ${BUILD_PAGES} pages, both locales`, build, `exit ${build.status}; content check plugin skipped`),
        '',
        `- Check ÷ cspell: **${(check.seconds / cspell.seconds).toFixed(2)}** (below 1 means the check is faster; the target is at most 0.5).`,
        `- Check with spelling ÷ cspell: **${(spelling.seconds / cspell.seconds).toFixed(2)}** (the same spelling work plus every other rule; the target is at most 1).`,
        `- Check of ${CHECK_PAGES.toLocaleString('en')} pages ÷ build of ${BUILD_PAGES} pages: **${(check.seconds / build.seconds).toFixed(2)}**.`,
      ].join('\n');
    } finally {
      rmSync(work, {recursive: true, force: true});
    }
  },
};
