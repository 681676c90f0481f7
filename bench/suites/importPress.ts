import {cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

import {importReleases, type ImportSummary} from '../../src/toolkit/press/importReleases';
import type {BenchSuite} from './index';

const SITE_DIR = path.resolve(__dirname, '..', '..');
const RELEASES = 2000;
const TARGET_MS = 2000;
/** Each measurement is repeated; the machine is shared, so the best and the median are both reported. */
const REPEATS = 5;
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const AUTHORS = ['Irvina Falah', 'Budi Santoso', 'Ani Rahmawati', 'Dewi Lestari', 'Agus Salim'];
const SENTENCES = [
  'Pemerintah Republik Indonesia dan Republik Korea memperkuat kerja sama e-government.',
  'Menteri PANRB menegaskan pentingnya reformasi birokrasi bagi pelayanan publik.',
  'Pusat Kerja Sama e-Government akan beroperasi di kantor Kementerian PANRB.',
  'Program pengamanan informasi pemerintah menjadi prioritas tahun ini.',
  '"Kami siap mendukung transformasi digital," ujar Deputi Kelembagaan dan Tata Laksana.',
  'Acara berlangsung di Jakarta, Rabu (02/03), dan dihadiri pejabat kedua negara.',
];

/** A synthetic release in one of the three layouts, deterministic in its index. */
function syntheticRelease(index: number): string {
  const day = (index % 28) + 1;
  const month = MONTHS[index % 12]!;
  const year = 2014 + (index % 6);
  const author = AUTHORS[index % AUTHORS.length]!;
  const paragraphs = Array.from({length: 6 + (index % 10)}, (_unused, n) => `${SENTENCES[(index + n) % SENTENCES.length]} ${SENTENCES[(index + n + 1) % SENTENCES.length]}`);
  paragraphs[0] = `JAKARTA - ${paragraphs[0]}`;
  paragraphs[paragraphs.length - 1] += ' (HUMASMENPAN)';
  const headline = `Siaran Pers Nomor ${index}: Kerja Sama e-Government`;
  switch (index % 3) {
    case 0:
      return `${headline}\n:\nOleh ${author}, Rabu, ${day} ${month} ${year} | 14:35 WIB - Redaktur: ${author} - ${index}\n${paragraphs.join('\n')}\n`;
    case 1:
      return `${headline}\nOleh ${author}  Dipublikasikan pada ${day} ${month} ${year}\nKategori: Berita\n\n${paragraphs.join('\n\n')}\n`;
    default:
      return `${headline}\nMenteri PANRB saat acara. (Foto: Humas MENPANRB)\n${day} ${month} ${year}\n${paragraphs.join('\n')}\n`;
  }
}

interface Timing {
  best: number;
  median: number;
  summary: ImportSummary;
}

/** Runs `work` {@link REPEATS} times after `setup`, timing only `work`. */
async function measure(setup: () => void, work: () => Promise<ImportSummary>): Promise<Timing> {
  const times: number[] = [];
  let summary: ImportSummary | null = null;
  for (let run = 0; run < REPEATS; run++) {
    setup();
    const start = performance.now();
    summary = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return {best: times[0]!, median: times[Math.floor(times.length / 2)]!, summary: summary!};
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** `npm run bench -- import-press`: 2,000 generated releases into an empty blog, then the same again. */
export const importPressSuite: BenchSuite = {
  name: 'import-press',
  title: 'Importing 2,000 press releases',
  async run() {
    const root = mkdtempSync(path.join(os.tmpdir(), 'bench-import-press-'));
    try {
      cpSync(path.join(SITE_DIR, 'data'), path.join(root, 'data'), {recursive: true});
      const inbox = path.join(root, 'inbox');
      mkdirSync(inbox);
      for (let index = 0; index < RELEASES; index++) writeFileSync(path.join(inbox, `${String(index).padStart(4, '0')}.txt`), syntheticRelease(index));
      const blog = path.join(root, 'blog');
      const emptyBlog = (): void => {
        rmSync(blog, {recursive: true, force: true});
        for (const file of ['authors.yml', 'tags.yml']) cpSync(path.join(SITE_DIR, 'blog', file), path.join(blog, file));
      };
      const options = {siteDir: root, outDir: blog};

      const dryRun = await measure(emptyBlog, () => importReleases([inbox], {...options, dryRun: true}));
      const first = await measure(emptyBlog, () => importReleases([inbox], options));
      const again = await measure(() => undefined, () => importReleases([inbox], options));
      if (first.summary.counts.imported !== RELEASES) throw new Error(`expected ${RELEASES} imports, got ${JSON.stringify(first.summary.counts)}`);
      if (again.summary.counts.unchanged !== RELEASES) throw new Error(`expected ${RELEASES} unchanged, got ${JSON.stringify(again.summary.counts)}`);
      const row = (name: string, result: string, timing: Timing) =>
        `| ${name} | ${result} | ${seconds(timing.best)} | ${seconds(timing.median)} | ${timing.best < TARGET_MS ? 'met' : '**missed**'} |`;
      return [
        `${RELEASES.toLocaleString('en')} generated releases (news-portal, cabinet-secretariat and ministry-site layouts, 6 to 15 paragraphs each) imported with \`importReleases\` into a temporary blog; target under ${TARGET_MS / 1000} s. Each row is the best and the median of ${REPEATS} runs.`,
        '',
        '| Run | Result | Best | Median | Target |',
        '| --- | --- | ---: | ---: | --- |',
        row('Dry run (read, parse, render, compare; no writes)', `${dryRun.summary.counts.imported} would be imported`, dryRun),
        row('Import into an empty blog', `${first.summary.counts.imported} imported`, first),
        row('Same releases again', `${again.summary.counts.unchanged} unchanged`, again),
        '',
        `Load average while measuring: ${os.loadavg().map((load) => load.toFixed(1)).join(', ')} on ${os.cpus().length} cores. The machine and its disk are shared; creating 2,000 post folders is what varies most between runs.`,
      ].join('\n');
    } finally {
      rmSync(root, {recursive: true, force: true});
    }
  },
};
