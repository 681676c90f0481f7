import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {loadChapters} from '../../src/toolkit/pdf/chapters';
import {resolveEdition} from '../../src/toolkit/pdf/edition';
import {PdfError} from '../../src/toolkit/pdf/errors';
import {renderMasterPlanPdf} from '../../src/toolkit/pdf/renderMasterPlanPdf';

const fixture = (name: string) => path.join(__dirname, 'fixtures', name);

async function chaptersOf(name: string, locale: 'id' | 'en', edition?: string) {
  const siteDir = fixture(name);
  return loadChapters({siteDir, locale, edition: resolveEdition({siteDir, buildDir: path.join(siteDir, 'built-site'), locale, edition})});
}

describe('loadChapters', () => {
  it('names the file, line and column of malformed frontmatter instead of a parser stack trace', async () => {
    const error = await chaptersOf('site-chapter-malformed-yaml', 'id').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toMatch(/^docs\/rencana-induk\/pendahuluan\.md:6:\d+: Malformed YAML: /);
  });

  it('orders chapters by their number, as the sidebar does, and leaves out Docusaurus drafts', async () => {
    const chapters = await chaptersOf('site-chapters-out-of-order', 'id');
    expect(chapters.map(({number, title, route}) => [number, title, route])).toEqual([
      [1, 'Pendahuluan', '/rencana-induk/'],
      [2, 'Sejarah kerja sama', '/rencana-induk/sejarah/'],
      [10, 'Peta program', '/rencana-induk/peta/'],
    ]);
  });

  it('counts Mermaid fences and <Mermaid> elements, not code blocks that mention mermaid', async () => {
    const chapters = await chaptersOf('site-chapters-out-of-order', 'id');
    expect(chapters.map((chapter) => chapter.diagrams)).toEqual([0, 0, 3]);
  });

  it('takes English text from the translation and falls back to Indonesian like the site', async () => {
    const chapters = await chaptersOf('site-chapters-out-of-order', 'en');
    expect(chapters.map((chapter) => [chapter.title, chapter.sourceFile])).toEqual([
      ['Introduction', 'i18n/en/docusaurus-plugin-content-docs/current/pendahuluan.md'],
      ['Sejarah kerja sama', 'docs/rencana-induk/02-sejarah.md'],
      ['Peta program', 'docs/rencana-induk/peta.md'],
    ]);
  });

  it('names the file, the missing field and its allowed values when a chapter has no status', async () => {
    const error = await chaptersOf('site-chapter-missing-status', 'id').catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toBe('docs/rencana-induk/tanpa-status.md: status is required (one of draft, review, approved)');
  });
});

describe('resolveEdition', () => {
  const siteDir = fixture('site-with-editions');
  const buildDir = path.join(siteDir, 'built-site');

  it('reads a released edition from versioned_docs and serves it under its name', async () => {
    const edition = resolveEdition({siteDir, buildDir, locale: 'id', edition: '2016-2019'});
    expect(edition.versionRoute).toBe('/rencana-induk/2016-2019/');
    const chapters = await loadChapters({siteDir, locale: 'id', edition});
    expect(chapters.map((chapter) => [chapter.title, chapter.route])).toEqual([['Pendahuluan (edisi 2016–2019)', '/rencana-induk/2016-2019/']]);
  });

  it('lists the known editions when asked for another', () => {
    expect(() => resolveEdition({siteDir, buildDir, locale: 'id', edition: '2030'})).toThrow('No edition "2030" of the master plan. Known editions: 2016-2019.');
  });

  it('says the site has no editions when there is no versions.json', () => {
    const plain = fixture('site-chapters-out-of-order');
    expect(() => resolveEdition({siteDir: plain, buildDir, locale: 'id', edition: '2016-2019'})).toThrow(/has no editions yet/);
  });

  it('asks for a build when the edition was never built', () => {
    expect(() => resolveEdition({siteDir, buildDir, locale: 'en', edition: '2016-2019'})).toThrow(/no pages for edition "2016-2019".*npm run build/);
  });
});

describe('renderMasterPlanPdf without a build', () => {
  it('says to run the build first, before looking for a browser', async () => {
    const siteDir = fixture('site-chapters-out-of-order');
    const error = await renderMasterPlanPdf({siteDir, buildDir: path.join(siteDir, 'no-build-here'), locale: 'id'}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toMatch(/No built site at .*no-build-here\. Run `npm run build` first/);
  });
});
