import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

import {collectStatus} from '../../src/toolkit/status';
import type {BenchSuite} from './index';

const REPO_DIR = path.resolve(__dirname, '..', '..');
const SIZES = [100, 500, 2000];

/** A site of `count` chapters in both languages, committed in one git commit. */
function syntheticSite(count: number): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'masterplan-bench-status-'));
  cpSync(path.join(REPO_DIR, 'data'), path.join(dir, 'data'), {recursive: true});
  const [idDir, enDir] = ['docs/rencana-induk', 'i18n/en/docusaurus-plugin-content-docs/current'].map((folder) => path.join(dir, folder));
  mkdirSync(idDir!, {recursive: true});
  mkdirSync(enDir!, {recursive: true});
  const paragraph = 'Program ini bertujuan melindungi informasi dan sistem elektronik milik instansi pemerintah. '.repeat(20);
  for (let n = 1; n <= count; n++) {
    const front = `---\ntitle: Bab ${n}\nchapter: ${n}\nstatus: ${n % 3 === 0 ? 'review' : 'draft'}\nowners: [rini]\nreview_by: 2016-0${(n % 9) + 1}-01\n---\n`;
    writeFileSync(path.join(idDir!, `bab-${n}.md`), `${front}\n## Ringkasan\n\n${paragraph}\n\n## Sumber\n\n- Siaran pers, 2 Maret 2016.\n`);
    writeFileSync(path.join(enDir!, `bab-${n}.md`), `${front.replace(`Bab ${n}`, `Chapter ${n}`)}\n## Summary\n\nText.\n`);
  }
  const git = (...args: string[]) => execFileSync('git', args, {cwd: dir, env: {...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'b@example.go.id', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'b@example.go.id'}});
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '--message', 'Synthetic chapters');
  return dir;
}

/** `masterplan status` (and the status board's build step) on sites of growing size. */
export const statusSuite: BenchSuite = {
  name: 'status',
  title: 'Chapter status report (masterplan status, status board)',
  async run() {
    const rows = ['| Chapters | Report (ms, median of 3) | Per chapter (ms) |', '| ---: | ---: | ---: |'];
    for (const size of SIZES) {
      const dir = syntheticSite(size);
      try {
        const times: number[] = [];
        for (let run = 0; run < 3; run++) {
          const start = performance.now();
          const report = await collectStatus(dir, '2016-06-01');
          times.push(performance.now() - start);
          if (report.chapters.length !== size) throw new Error(`expected ${size} chapters, got ${report.chapters.length}`);
        }
        const median = times.sort((a, b) => a - b)[1]!;
        rows.push(`| ${size} | ${median.toFixed(0)} | ${(median / size).toFixed(2)} |`);
      } finally {
        rmSync(dir, {recursive: true, force: true});
      }
    }
    return `${rows.join('\n')}\n\nIn-process \`collectStatus\` (frontmatter, word counts, one \`git log\`, translation states) on synthetic chapters of ~280 words each; the command adds its start-up (see the cli suite).`;
  },
};
