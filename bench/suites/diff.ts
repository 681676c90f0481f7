/**
 * `npm run bench -- diff`: `masterplan diff` on a temporary git repository
 * where 200 chapters of about 2,000 words each changed (a few words in
 * every fifth paragraph, a new paragraph, a status in every tenth chapter).
 * Target (issue 17): the whole command in 2 s or less.
 */
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {loadavg, tmpdir} from 'node:os';
import path from 'node:path';

import {compareVersions, formatStylish} from '../../src/toolkit/redline';
import {MASTERPLAN_BIN} from '../../test/support/cli';
import type {BenchSuite} from '.';

const CHAPTERS = 200;
const WORDS_PER_CHAPTER = 2000;
const RUNS = 3;
const TARGET_SECONDS = 2;

const VOCABULARY = (
  'pemerintah instansi layanan publik program pusat data terpadu jaringan intrapemerintah keamanan informasi pengembangan ' +
  'dikembangkan pekerjaan kerjanya penyelenggaraan kementerian daerah kabupaten kota aparatur sipil negara sistem elektronik ' +
  'anggaran jadwal sasaran indikator kerja sama Republik Indonesia Korea siaran pers peresmian tahun rencana induk bab'
).split(' ');

/** A deterministic sentence of 8–15 words (seeded, so every run compares the same text). */
function sentence(seed: number): string {
  const length = 8 + (seed % 8);
  const words = Array.from({length}, (_, index) => VOCABULARY[(seed * 31 + index * 17) % VOCABULARY.length]!);
  const text = words.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${seed % 5 === 0 ? ', sebagaimana tercantum dalam siaran pers' : ''}.`;
}

/** A chapter of about {@link WORDS_PER_CHAPTER} words: sections of paragraphs (wrapped at 80 columns) and a list. */
function chapterText(number: number): string {
  const parts: string[] = [];
  let words = 0;
  for (let paragraph = 0; words < WORDS_PER_CHAPTER; paragraph++) {
    if (paragraph % 6 === 0) parts.push(`## Bagian ${paragraph / 6 + 1}`);
    const text = Array.from({length: 5}, (_, index) => sentence(number * 1000 + paragraph * 10 + index)).join(' ');
    parts.push(text.replace(/(.{1,80})(?: |$)/g, '$1\n').trim());
    if (paragraph % 6 === 3) parts.push(`- ${sentence(paragraph)}\n- ${sentence(paragraph + 1)}`);
    words += text.split(' ').length;
  }
  return `---\ntitle: Bab ${number}\nchapter: ${number}\nstatus: draft\nowners: [panrb-perencana]\n---\n\n${parts.join('\n\n')}\n`;
}

/** The same chapter edited as a reviewer would see it: a word in every fifth paragraph, one new paragraph, sometimes a status. */
function edited(text: string, number: number): string {
  let paragraph = 0;
  const body = text.replace(/\n\n([A-Z][^\n]*)/g, (match: string, firstLine: string) => (paragraph++ % 5 === 0 ? `\n\n${firstLine.replace(/ (\p{L}+) /u, ' diperbarui ')}` : match));
  const withParagraph = `${body}\nParagraf baru bab ${number}: anggaran dan jadwal program belum bersumber.\n`;
  return number % 10 === 0 ? withParagraph.replace('status: draft', 'status: review') : withParagraph;
}

function repositoryWithChangedChapters(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'masterplan-bench-diff-'));
  const folder = path.join(dir, 'docs', 'rencana-induk');
  mkdirSync(folder, {recursive: true});
  writeFileSync(path.join(dir, 'docusaurus.config.ts'), 'export default {};\n');
  for (let number = 1; number <= CHAPTERS; number++) writeFileSync(path.join(folder, `bab-${number}.md`), chapterText(number));
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, env: {...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.go.id', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.go.id'}});
  git('init', '--quiet', '--initial-branch=main');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Chapters');
  for (let number = 1; number <= CHAPTERS; number++) {
    const file = path.join(folder, `bab-${number}.md`);
    writeFileSync(file, edited(readFileSync(file, 'utf8'), number));
  }
  return dir;
}

function medianSeconds(dir: string, args: readonly string[]): {seconds: number; stdout: string} {
  const times: number[] = [];
  let stdout = '';
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [MASTERPLAN_BIN, 'diff', ...args], {cwd: dir, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0'}});
    times.push(Number(process.hrtime.bigint() - start) / 1e9);
    if (result.status !== 0) throw new Error(`masterplan diff ${args.join(' ')} exited ${result.status}:\n${result.stderr.slice(-2000)}`);
    stdout = result.stdout;
  }
  return {seconds: times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!, stdout};
}

export const diffSuite: BenchSuite = {
  name: 'diff',
  title: 'Redline (masterplan diff)',
  async run() {
    const load = loadavg()[0]?.toFixed(1);
    const dir = repositoryWithChangedChapters();
    try {
      const words = readFileSync(path.join(dir, 'docs', 'rencana-induk', 'bab-1.md'), 'utf8').split(/\s+/).length;
      const rows = ['| Command | Time (s, median of 3) | Target | Met |', '| --- | ---: | ---: | :---: |'];
      for (const format of ['stylish', 'json', 'markdown', 'html']) {
        const {seconds, stdout} = medianSeconds(dir, ['--format', format]);
        if (format === 'json') {
          const pages = (JSON.parse(stdout) as {pages: unknown[]}).pages.length;
          if (pages !== CHAPTERS) throw new Error(`expected ${CHAPTERS} changed pages, got ${pages}`);
        }
        rows.push(`| \`masterplan diff --format ${format}\` | ${seconds.toFixed(2)} | ≤ ${TARGET_SECONDS} | ${seconds <= TARGET_SECONDS ? 'yes' : '**no**'} |`);
      }
      // CPU time of the library alone, in this process: what the machine's load does not change (the wall times above it does).
      const cpu: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const start = process.cpuUsage();
        formatStylish(await compareVersions(dir));
        const used = process.cpuUsage(start);
        cpu.push((used.user + used.system) / 1e6);
      }
      const cold = cpu[0]!;
      const warm = cpu.slice(1).sort((a, b) => a - b)[0]!;
      rows.push(`| \`compareVersions\` + stylish in one process, CPU time (first run, then best warm run) | ${cold.toFixed(2)}, ${warm.toFixed(2)} | | |`);
      return [
        `A temporary git repository with ${CHAPTERS} chapters of about ${words} words each, every one changed in the working tree (a word in every fifth paragraph, a new paragraph, the status of every tenth chapter); default base (HEAD) and head (working tree). A new process per run, the command's whole time including its start (load average ${load} at start).`,
        '',
        rows.join('\n'),
      ].join('\n');
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  },
};
