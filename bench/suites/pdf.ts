/**
 * `npm run bench -- pdf`: how long `masterplan pdf` takes for a 50-chapter
 * master plan (target: under a minute). The plan is the site's own chapters
 * plus generated ones (text, a table, code, math, and a Mermaid diagram in
 * every fifth), built once into a temporary copy of the site.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import type {BenchSuite} from '.';
import {MASTERPLAN_BIN} from '../../test/support/cli';

const SITE_DIR = path.resolve(__dirname, '..', '..');
const CHAPTERS = 50;
const TARGET_SECONDS = 60;
/** Not copied into the temporary site: dependencies are linked, outputs are rebuilt. */
const SKIP = new Set(['node_modules', 'build', '.docusaurus', '.git', 'bench', 'test', 'e2e', 'coverage']);

function generatedChapter(number: number): string {
  const diagram = number % 5 === 0
    ? `\n\`\`\`mermaid\nflowchart LR\n  a${number}["Masukan ${number}"] --> b${number}["Proses ${number}"] --> c${number}["Keluaran ${number}"]\n\`\`\`\n`
    : '';
  const paragraph = `Paragraf uji bab ${number}: rencana induk ini menguraikan sasaran, kegiatan, dan ukuran keberhasilan program secara bertahap agar setiap instansi dapat menyelaraskan rencananya. `.repeat(4);
  return `---
title: Bab uji ${number}
chapter: ${number}
status: ${number % 3 === 0 ? 'review' : 'draft'}
owners: [rini]
---

${paragraph}

## Sasaran

${paragraph}
${diagram}
| Kegiatan | Tahun | Keterangan |
| --- | --- | --- |
${Array.from({length: 8}, (_, i) => `| Kegiatan ${number}.${i + 1} | ${2016 + i} | ${'uraian '.repeat(6)}|`).join('\n')}

## Perhitungan

$$
I_{${number}} = \\sum_{i=1}^{n} w_i L_i
$$

\`\`\`yaml
program: uji-${number}
tahap: [persiapan, pelaksanaan, evaluasi]
\`\`\`

${paragraph}
`;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): {seconds: number; stdout: string} {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {cwd, encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0', ...env}, maxBuffer: 64 * 1024 * 1024});
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return {seconds, stdout: result.stdout};
}

export const pdfSuite: BenchSuite = {
  name: 'pdf',
  title: `Master plan PDF: ${CHAPTERS} chapters`,
  async run() {
    const work = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-bench-'));
    try {
      const site = path.join(work, 'site');
      mkdirSync(site);
      for (const entry of readdirSync(SITE_DIR)) {
        if (!SKIP.has(entry)) cpSync(path.join(SITE_DIR, entry), path.join(site, entry), {recursive: true});
      }
      symlinkSync(path.join(SITE_DIR, 'node_modules'), path.join(site, 'node_modules'));
      const chaptersDir = path.join(site, 'docs', 'rencana-induk');
      const existing = readdirSync(chaptersDir).filter((file) => /\.mdx?$/.test(file)).length;
      for (let number = existing + 1; number <= CHAPTERS; number++) {
        writeFileSync(path.join(chaptersDir, `uji-${number}.md`), generatedChapter(number));
      }
      // Docusaurus reads each page's last update from Git, so the copy is a repository.
      const git = ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid'];
      run('git', ['init', '-q'], site);
      run('git', ['add', '-A'], site);
      run('git', [...git, 'commit', '-q', '-m', 'bench site'], site);
      // Indonesian only, and without the post-build PDF, so only `masterplan pdf` is timed. Without the
      // content check too: the generated chapters have no English pages, which the check calls an error.
      const build = run('npm', ['run', 'build', '--', '--locale', 'id'], site, {MASTERPLAN_PDF: '0', MASTERPLAN_SKIP_CHECK: '1'});
      const out = path.join(work, 'plan.pdf');
      const pdf = run(process.execPath, [MASTERPLAN_BIN, 'pdf', '--out', out], site);
      const pages = /: (\d+) pages, (\d+) chapters/.exec(pdf.stdout);
      const megabytes = statSync(out).size / 1024 / 1024;
      const verdict = pdf.seconds < TARGET_SECONDS ? 'yes' : '**no**';
      return [
        '| Chapters | Pages | PDF size | `masterplan pdf` | Under a minute | (site build, id only) |',
        '| --- | --- | --- | --- | --- | --- |',
        `| ${pages?.[2] ?? '?'} | ${pages?.[1] ?? '?'} | ${megabytes.toFixed(1)} MB | ${pdf.seconds.toFixed(1)} s | ${verdict} | ${build.seconds.toFixed(0)} s |`,
        '',
        `Wall-clock time of \`npx masterplan pdf\` (Chromium start, ${CHAPTERS} chapters, one layout of the chapters, the contents printed again, watermark), one run.`,
      ].join('\n');
    } finally {
      rmSync(work, {recursive: true, force: true});
    }
  },
};
