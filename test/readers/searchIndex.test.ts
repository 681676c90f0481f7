import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {searchIndex} from '../../scripts/postbuild/searchIndex';
import {pageForSearchIndex} from '../../src/toolkit/content/builtPages';
import {readFilesUnder} from '../../src/toolkit/fs/readFilesUnder';
import {parseDone} from '../../src/components/CurriculumProgress/store';

const FIXTURES = path.join(__dirname, 'fixtures');
const made: string[] = [];

/** A copy of a fixture site in a temporary folder, as a build output. */
function builtSite(fixture: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'masterplan-search-'));
  made.push(outDir);
  cpSync(path.join(FIXTURES, fixture), outDir, {recursive: true});
  return outDir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('the search index post-build step', () => {
  it('writes one Pagefind index per page language', async () => {
    const outDir = builtSite('two-locale-site');
    await searchIndex.run({siteDir: outDir, outDir});
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, {page_count: number}>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en-gb', 'id-id']);
    expect(entry.languages['id-id']?.page_count).toBe(1);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('indexes the pages as Pagefind indexes them whole, in path order', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'masterplan-search-'));
    made.push(outDir);
    const chapters = ['bab-03', 'bab-01', 'bab-10', 'bab-02'];
    for (const chapter of chapters) {
      mkdirSync(path.join(outDir, chapter));
      writeFileSync(path.join(outDir, chapter, 'index.html'), docsPage(chapter, chapters));
    }
    await searchIndex.run({siteDir: outDir, outDir, cacheDir: path.join(outDir, '.cache')});

    // Pagefind given every page whole, in path order (its own folder walk follows the file system's order).
    const pagefind = await import('pagefind');
    const wholeDir = path.join(outDir, '.whole');
    try {
      const {index} = await pagefind.createIndex({});
      for (const chapter of [...chapters].sort()) {
        await index!.addHTMLFile({sourcePath: `${chapter}/index.html`, content: readFileSync(path.join(outDir, chapter, 'index.html'), 'utf8')});
      }
      await index!.writeFiles({outputPath: wholeDir});
    } finally {
      await pagefind.close();
    }
    const files = async (dir: string) =>
      (await readFilesUnder(dir, '**/*.{json,pf_meta,pf_index,pf_filter,pf_fragment}')).map(({path: file, data}) => [file, Buffer.from(data).toString('base64')]);
    expect(await files(path.join(outDir, 'pagefind'))).toEqual(await files(wholeDir));
  });

  it('fails when no page marks its article for the index', async () => {
    const outDir = builtSite('site-without-articles');
    await expect(searchIndex.run({siteDir: outDir, outDir})).rejects.toThrow(/marks its article with data-pagefind-body/);
  });
});

/** A docs page as Docusaurus's classic theme writes it: navbar, the sidebar listing every chapter, the marked article. */
function docsPage(chapter: string, chapters: readonly string[]): string {
  const sidebar = chapters.map((other) => `<li class="menu__list-item"><a class="menu__link" href="/${other}/">Bab ${other} kerja sama</a></li>`).join('');
  return (
    `<!doctype html><html lang="id-ID"><head><meta charset="utf-8"><title>Bab ${chapter}</title></head><body>` +
    `<nav aria-label="Utama" class="navbar"><a href="/">Beranda</a></nav>` +
    `<nav aria-label="Bilah sisi dokumentasi" class="menu thin-scrollbar menu_SCH5"><ul class="theme-doc-sidebar-menu menu__list">${sidebar}</ul></nav>` +
    `<main><article><div data-pagefind-body="" data-pagefind-filter="collection:Rencana induk"><h1>Bab ${chapter}</h1>` +
    `<p>Pemerintah bekerja sama dalam layanan digital ${chapter}.</p></div></article></main></body></html>`
  );
}

describe('pageForSearchIndex', () => {
  const chapters = ['bab-01', 'bab-02'];

  it('drops the documentation sidebar and nothing else', () => {
    const page = docsPage('bab-01', chapters);
    const sidebarStart = page.indexOf('<nav aria-label="Bilah sisi');
    const sidebarEnd = page.indexOf('</nav>', sidebarStart) + '</nav>'.length;
    expect(pageForSearchIndex(page)).toBe(page.slice(0, sidebarStart) + page.slice(sidebarEnd));
  });

  it.each([
    ['a search marker', 'data-pagefind-meta="x"'],
    ['a heading', '<h1>Bab</h1>'],
    ['an image', '<img src="/a.png" alt="">'],
    ['a nested nav', '<nav>x</nav>'],
  ])('keeps a sidebar that holds %s', (_, inside) => {
    const page = docsPage('bab-01', chapters).replace('<ul class="theme-doc-sidebar-menu', `${inside}<ul class="theme-doc-sidebar-menu`);
    expect(pageForSearchIndex(page)).toBe(page);
  });

  it('leaves a page without a sidebar as it is', () => {
    const page = readFileSync(path.join(FIXTURES, 'two-locale-site', 'index.html'), 'utf8');
    expect(pageForSearchIndex(page)).toBe(page);
  });
});

describe('parseDone (stored curriculum progress)', () => {
  it.each([
    [null, []],
    ['', []],
    ['["dasar-e-government","integrasi-layanan"]', ['dasar-e-government', 'integrasi-layanan']],
    ['["a", 3, null]', ['a']],
    ['{"a": true}', []],
    ['not json', []],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseDone(raw)).toEqual(expected);
  });
});
