import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {writePrecacheLists} from '../../scripts/postbuild/offlinePrecache';
import {PRECACHE_LIST_PLACEHOLDER, precacheListIn, withPrecacheList, type PrecacheEntry} from '../../src/plugins/offline-reading/precacheList';

const FIXTURES = path.join(__dirname, 'fixtures');
/** What @docusaurus/plugin-pwa writes with our injectManifestConfig (workbox-build's stable stringify). */
const PLUGIN_WORKER = `const e=[{"revision":null,"url":"${PRECACHE_LIST_PLACEHOLDER.url}"}];self.x(e);`;

/** The list a worker's text holds. */
function listIn(workerSource: string): PrecacheEntry[] {
  const list = precacheListIn(workerSource);
  if (!list) throw new Error('no list');
  return list;
}

describe('withPrecacheList', () => {
  const entries: PrecacheEntry[] = [{url: 'kurikulum/index.html', revision: 'abc'}];

  it('puts the list where the plugin wrote its placeholder', () => {
    const worker = withPrecacheList(PLUGIN_WORKER, entries);
    expect(worker).toBe('const e=/*precache-list*/[{"url":"kurikulum/index.html","revision":"abc"}]/*end-precache-list*/;self.x(e);');
  });

  it('replaces the list of an earlier run, so a rebuilt copy gets a fresh one', () => {
    const again = withPrecacheList(withPrecacheList(PLUGIN_WORKER, entries), [{url: 'a$&b.html', revision: 'def'}]);
    expect(listIn(again)).toEqual([{url: 'a$&b.html', revision: 'def'}]);
    expect(again.match(/\/\*precache-list\*\//g)).toHaveLength(1);
  });

  it('refuses a worker without the placeholder (the plugin ran without our options)', () => {
    expect(() => withPrecacheList('const e=[{"url":"x.html","revision":"1"}];', entries)).toThrow(/no list of files to replace.*pwaOptions\.ts/);
  });

  it('refuses a worker with two places for the list', () => {
    expect(() => withPrecacheList(`${PLUGIN_WORKER}${PLUGIN_WORKER}`, entries)).toThrow('2 lists of files where one was expected');
  });
});

describe('writePrecacheLists', () => {
  let outDir: string;
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(tmpdir(), 'offline-precache-'));
    await cp(path.join(FIXTURES, 'two-locale-build'), outDir, {recursive: true});
  });
  afterEach(async () => {
    await rm(outDir, {recursive: true, force: true});
  });

  async function urls(worker: string): Promise<string[]> {
    return listIn(await readFile(path.join(outDir, worker), 'utf8')).map((entry) => entry.url).sort();
  }

  it('keeps, per language, the curricula, the master plan, their assets, the PDF and that language’s search index', async () => {
    const copies = await writePrecacheLists(outDir);
    expect(copies.map(({worker, language}) => [worker, language])).toEqual([
      ['en/sw.js', 'en-gb'],
      ['sw.js', 'id-id'],
    ]);
    expect(await urls('sw.js')).toEqual([
      'assets/css/styles.77e11787.css',
      'assets/fonts/KaTeX_Main-Regular-c2342cd8a8a3e4a9b2e1c5f4d6e7f8a9.woff2',
      'assets/js/main.8e52a62e.js',
      'img/logo.svg',
      'index.html',
      'kemajuan-belajar/index.html',
      'kurikulum/dasar-e-government/index.html',
      'kurikulum/index.html',
      'manifest.webmanifest',
      'pagefind/filter/id-id_a14.pf_filter',
      'pagefind/fragment/id-id_13d.pf_fragment',
      'pagefind/index/id-id_a3f.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind-worker.js',
      'pagefind/pagefind.id-id_c3b.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.id-id.pagefind',
      'rencana-induk/index.html',
      'unduh/rencana-induk-id.pdf',
    ]);
    // Relative to en/sw.js: the English pages, and the shared search folder one level up.
    expect(await urls('en/sw.js')).toEqual([
      '../pagefind/filter/en-gb_4d3.pf_filter',
      '../pagefind/fragment/en-gb_1d2.pf_fragment',
      '../pagefind/index/en-gb_573.pf_index',
      '../pagefind/pagefind-entry.json',
      '../pagefind/pagefind-worker.js',
      '../pagefind/pagefind.en-gb_a7b.pf_meta',
      '../pagefind/pagefind.js',
      '../pagefind/wasm.en-gb.pagefind',
      'assets/js/main.1234abcd.js',
      'index.html',
      'kurikulum/index.html',
      'manifest.webmanifest',
      'rencana-induk/index.html',
      'unduh/master-plan-en.pdf',
    ]);
  });

  it('gives every file its MD5 as revision, content-hashed names too', async () => {
    await writePrecacheLists(outDir);
    const list = listIn(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
    expect(list.every((entry) => /^[0-9a-f]{32}$/.test(entry.revision ?? ''))).toBe(true);
  });

  it('lists a changed page with a new revision when run again on a changed copy', async () => {
    await writePrecacheLists(outDir);
    const before = listIn(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
    await writeFile(path.join(outDir, 'kurikulum/index.html'), '<!doctype html><html lang="id-ID"><body>peta baru</body></html>');
    await writePrecacheLists(outDir);
    const after = listIn(await readFile(path.join(outDir, 'sw.js'), 'utf8'));
    const changed = after.filter((entry) => before.find((old) => old.url === entry.url)?.revision !== entry.revision);
    expect(changed.map((entry) => entry.url)).toEqual(['kurikulum/index.html']);
  });

  it('fails when the search index lacks a language, naming it', async () => {
    await writeFile(path.join(outDir, 'pagefind/pagefind-entry.json'), '{"languages":{"id-id":{}}}');
    await expect(writePrecacheLists(outDir)).rejects.toThrow('pagefind/pagefind-entry.json has no index for en-gb (it has id-id): the offline copy would have no search');
  });

  it('fails when the build has no worker', async () => {
    await rm(path.join(outDir, 'sw.js'));
    await rm(path.join(outDir, 'en/sw.js'));
    await expect(writePrecacheLists(outDir)).rejects.toThrow(/no sw\.js in .*: @docusaurus\/plugin-pwa did not write its worker/);
  });
});
