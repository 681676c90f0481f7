/**
 * `npm run bench -- cli`: how long a planner waits for `masterplan`, by its
 * own start (`node …/masterplan.mjs`) and as the README writes it (`npx
 * masterplan`), side by side with linters they already know, on the same
 * chapter, in the same run. Each row is the median of five cold runs: a new
 * process each time, no cache of results from an earlier run.
 */
import {spawnSync} from 'node:child_process';
import {loadavg} from 'node:os';
import path from 'node:path';

import {MASTERPLAN_BIN} from '../../test/support/cli';
import type {BenchSuite} from '.';

const REPO_DIR = path.resolve(__dirname, '..', '..');
const RUNS = 5;
const CHAPTER = 'docs/rencana-induk/keamanan-informasi.md';

/** Median wall time of `RUNS` runs, in seconds; fails loudly if the command does not run as expected. */
function medianSeconds(command: string, args: readonly string[], expectedStatus: readonly number[] = [0]): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(command, args, {cwd: REPO_DIR, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0'}});
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (!expectedStatus.includes(result.status ?? -1)) {
      throw new Error(`${command} ${args.join(' ')} exited ${result.status}:\n${`${result.stdout}\n${result.stderr}`.slice(-2000)}`);
    }
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

interface Row {
  what: string;
  args: string[];
  /** Target for the CLI's own start, in seconds. */
  target: number;
  /** Exit codes that count as a normal run (check exits 1 when it finds errors). */
  status?: number[];
}

const ROWS: Row[] = [
  {what: '`--help`', args: ['--help'], target: 0.3},
  {what: '`check` of one chapter', args: ['check', CHAPTER], target: 1},
  {what: '`status`', args: ['status'], target: 1},
  {what: '`check` of the whole repository', args: ['check'], target: 3, status: [0, 1]},
];

const seconds = (value: number): string => value.toFixed(2);

export const cliSuite: BenchSuite = {
  name: 'cli',
  title: 'Command line: start-up and everyday commands',
  async run() {
    const load = loadavg()[0]?.toFixed(1);
    const npx = (args: readonly string[]) => ['npx', ['--no-install', ...args]] as const;
    // Yardsticks first, so both columns see the same machine state.
    const tscNpx = medianSeconds(...npx(['tsc', '--version']));
    const tscBin = medianSeconds(path.join(REPO_DIR, 'node_modules', '.bin', 'tsc'), ['--version']);
    const cspell = medianSeconds(...npx(['cspell', 'lint', '--no-progress', '--no-cache', '--config', 'cspell.json', CHAPTER]), [0, 1]);
    const markdownlint = medianSeconds(...npx(['markdownlint-cli2', CHAPTER]), [0, 1]);

    const table = ['| Command | Own start (s) | `npx masterplan` (s) | Target | Met |', '| --- | ---: | ---: | ---: | :---: |'];
    let helpNpx = 0;
    for (const row of ROWS) {
      const own = medianSeconds(process.execPath, [MASTERPLAN_BIN, ...row.args], row.status);
      const viaNpx = medianSeconds(...npx(['masterplan', ...row.args]), row.status);
      if (row.args[0] === '--help') helpNpx = viaNpx;
      // `--help` has its own npx target (found fast, below); the others hold for both forms.
      const met = own <= row.target && (row.args[0] === '--help' || viaNpx <= row.target);
      table.push(`| ${row.what} | ${seconds(own)} | ${seconds(viaNpx)} | ≤ ${row.target}${row.args[0] === '--help' ? ' (own start)' : ' (both)'} | ${met ? 'yes' : '**no**'} |`);
    }
    const spelling = medianSeconds(process.execPath, [MASTERPLAN_BIN, 'check', '--rule', 'spelling', CHAPTER], [0, 1]);
    const found = helpNpx - tscNpx;
    return [
      `Median of ${RUNS} cold runs each, this repository (load average ${load} at start). The compiled CLI (\`dist/cli/\`, made by \`npm install\`) is current, as after any install.`,
      '',
      table.join('\n'),
      '',
      '| Yardstick, same run | Time (s) |',
      '| --- | ---: |',
      `| \`npx tsc --version\` | ${seconds(tscNpx)} |`,
      `| \`node_modules/.bin/tsc --version\` | ${seconds(tscBin)} |`,
      `| \`npx cspell lint\` of the same chapter | ${seconds(cspell)} |`,
      `| \`npx markdownlint-cli2\` of the same chapter | ${seconds(markdownlint)} |`,
      `| \`masterplan check --rule spelling\` of the same chapter (own start) | ${seconds(spelling)} |`,
      '',
      `Found fast: \`npx masterplan --help\` takes ${seconds(found)} s more than \`npx tsc --version\` (target: at most 0.3 s more): ${found <= 0.3 ? 'met' : '**not met**'}.`,
    ].join('\n');
  },
};
