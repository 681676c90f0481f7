import {mkdtemp, mkdir, readdir, rm, stat, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';

import {searchIndex} from '../../scripts/postbuild/searchIndex';
import type {BenchSuite} from './index';

/** Sizes of the synthetic site: pages per language. */
const PAGE_COUNTS = [50, 500];

const WORDS_ID = 'kerja sama pemerintah layanan publik pekerjaan bekerja pengamanan informasi jaringan data terpadu perizinan portal kementerian reformasi birokrasi pelatihan modul'.split(' ');
const WORDS_EN = 'cooperation government public service work information security network data licensing portal ministry reform training module'.split(' ');

/** A deterministic page of about 600 words, so runs compare. */
function page(lang: 'id-ID' | 'en-GB', index: number): string {
  const words = lang === 'id-ID' ? WORDS_ID : WORDS_EN;
  const text = Array.from({length: 600}, (_unused, i) => words[(index * 7 + i * 13) % words.length]).join(' ');
  return `<!doctype html><html lang="${lang}"><head><title>Page ${index}</title></head><body><nav>menu</nav><div data-pagefind-body data-pagefind-filter="collection:Bench"><h1>Page ${index}</h1><p>${text}</p></div></body></html>`;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Time and size of the Pagefind post-build step over synthetic two-language sites. */
export const searchSuite: BenchSuite = {
  name: 'search',
  title: 'Search index (Pagefind post-build step)',
  async run() {
    const rows = ['| Pages (id + en) | Indexing time | Index size on disk |', '| ---: | ---: | ---: |'];
    for (const count of PAGE_COUNTS) {
      const outDir = await mkdtemp(path.join(tmpdir(), 'masterplan-bench-search-'));
      try {
        for (let i = 0; i < count; i++) {
          await mkdir(path.join(outDir, `p${i}`), {recursive: true});
          await mkdir(path.join(outDir, 'en', `p${i}`), {recursive: true});
          await writeFile(path.join(outDir, `p${i}`, 'index.html'), page('id-ID', i));
          await writeFile(path.join(outDir, 'en', `p${i}`, 'index.html'), page('en-GB', i));
        }
        const start = performance.now();
        await searchIndex.run({siteDir: outDir, outDir});
        const seconds = (performance.now() - start) / 1000;
        const bytes = await folderBytes(path.join(outDir, 'pagefind'));
        rows.push(`| ${count} + ${count} | ${seconds.toFixed(2)} s | ${(bytes / 1024).toFixed(0)} KiB |`);
      } finally {
        await rm(outDir, {recursive: true, force: true});
      }
    }
    return rows.join('\n');
  },
};
