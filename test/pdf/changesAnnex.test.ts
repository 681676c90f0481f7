import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';

import {comparePage} from '../../src/toolkit/redline';
import {barSpans, baseName, planChanges, unmarkedWarning, type PdfChanges} from '../../src/toolkit/pdf/changeMarks';
import {changesAnnexHtml, type AnnexData} from '../../src/toolkit/pdf/changesAnnex';
import type {PdfChapter} from '../../src/toolkit/pdf/chapters';
import {coverHtml} from '../../src/toolkit/pdf/cover';
import {pdfFileName} from '../../src/toolkit/pdf/locales';
import {PDF_STRINGS} from '../../src/toolkit/pdf/strings';
import {tableOfContentsHtml} from '../../src/toolkit/pdf/tableOfContents';

const chapter = (number: number, title: string, file: string): PdfChapter => ({number, title, status: 'draft', route: `/rencana-induk/${file}/`, sourceFile: `docs/rencana-induk/${file}.md`, diagrams: 0});
const CHAPTERS = [chapter(1, 'Pendahuluan', 'pendahuluan'), chapter(2, 'Sejarah', 'sejarah'), chapter(3, 'Peta program', 'peta-program')];

const LONG = 'Kerja sama ini mendukung program pemerintah Indonesia untuk mewujudkan pemerintahan yang lebih transparan, efektif, dan efisien bagi seluruh warga.';
const PAGES = {
  pendahuluan: {
    before: `---\ntitle: Pendahuluan\nchapter: 1\nstatus: draft\n---\n\n## Visi\n\n${LONG}\n\nParagraf yang dihapus.\n\n## Lingkup\n\nSatu dua.\n`,
    after: `---\ntitle: Pendahuluan\nchapter: 1\nstatus: review\n---\n\n## Visi\n\n${LONG.replace('efektif', 'cepat')}\n\n## Lingkup\n\nSatu dua.\n\nParagraf baru.\n`,
  },
  peta: {before: '---\ntitle: Peta program\nchapter: 3\n---\n\nSatu.\n\nHilang di akhir.\n', after: '---\ntitle: Peta program\nchapter: 3\n---\n\nSatu.\n'},
};

function changesOf(): PdfChanges {
  return {
    base: {ref: 'main', commit: '1a2b3c4'},
    chapters: new Map([
      ['docs/rencana-induk/pendahuluan.md', {added: false, comparison: comparePage({...PAGES.pendahuluan, kind: 'md'})}],
      ['docs/rencana-induk/peta-program.md', {added: false, comparison: comparePage({...PAGES.peta, kind: 'md'})}],
    ]),
    removedChapters: [{title: 'Bab lama', sourceFile: 'docs/rencana-induk/bab-lama.md'}],
    warnings: [],
  };
}

describe('planChanges', () => {
  it('marks added and modified blocks where they are printed, and a removed one at the block after it, or before it at the end', () => {
    const plan = planChanges(CHAPTERS, changesOf());
    expect(plan.changes.map(({chapter: {number}, block, place}) => [number, block.change, block.kind, place])).toEqual([
      [1, 'modified', 'paragraph', {printed: 1, at: 'block'}],
      [1, 'removed', 'paragraph', {printed: 2, at: 'before'}],
      [1, 'added', 'paragraph', {printed: 4, at: 'block'}],
      [3, 'removed', 'paragraph', {printed: 0, at: 'after'}],
    ]);
    // Every printed block goes to the browser (the unchanged ones tell alike blocks apart); only the marked ones are wanted.
    expect(plan.toLocate.map(({anchor, blocks, wanted}) => [anchor, blocks.map((block) => block.text), wanted])).toEqual([
      ['bab-1', ['Visi', LONG.replace('efektif', 'cepat'), 'Lingkup', 'Satu dua.', 'Paragraf baru.'], [1, 2, 4]],
      ['bab-3', ['Satu.'], [0]],
    ]);
  });

  it('marks an admonition by its title, and never a change at its closing fence, which prints nothing', () => {
    // The redline reads an admonition's opening fence as one block (its title) and its closing fence as none.
    const planOf = (before: string, after: string) => {
      const frontmatter = '---\ntitle: Peta program\nchapter: 3\n---\n\n';
      const comparison = comparePage({before: frontmatter + before, after: frontmatter + after, kind: 'md'});
      const changes: PdfChanges = {...changesOf(), chapters: new Map([['docs/rencana-induk/peta-program.md', {added: false, comparison}]])};
      return planChanges(CHAPTERS, changes).changes.map(({block, place}) => [block.change, block.kind, (block.after ?? block.before)?.text, place]);
    };
    expect(planOf(':::note[Catatan]\n\nSatu.\n\n:::\n\nDua.\n', 'Satu.\n\nDua.\n')).toEqual([['removed', 'admonition', 'Catatan', {printed: 0, at: 'before'}]]);
    expect(planOf('Satu.\n\n:::\n\nDua.\n', 'Satu.\n\n:::\n')).toEqual([['removed', 'paragraph', 'Dua.', {printed: 0, at: 'after'}]]);
    expect(planOf(':::note[Catatan]\n\nSatu.\n\n:::\n', ':::warning[Catatan baru]\n\nSatu.\n\n:::\n')).toEqual([['modified', 'admonition', 'Catatan baru', {printed: 0, at: 'block'}]]);
  });

  it('turns the places found into bars, and warns with file and line for a change that was not found', () => {
    const plan = planChanges(CHAPTERS, changesOf());
    const spans = barSpans(plan, [
      {anchor: 'bab-1', located: [{block: 1, start: 's1', end: 'e1'}, {block: 2, start: 's2', end: 'e2'}], notFound: [4]},
      {anchor: 'bab-3', located: [{block: 0, start: 's0', end: 'e0'}], notFound: []},
    ]);
    expect(spans).toEqual([{kind: 'block', start: 's1', end: 'e1'}, {kind: 'removal', at: 's2'}, undefined, {kind: 'removal', at: 'e0'}]);
    expect(unmarkedWarning(plan.changes[2]!)).toBe(
      'docs/rencana-induk/pendahuluan.md:15: added paragraph not found in the printed page, so it has no change bar; the annex lists it.',
    );
    expect(unmarkedWarning(plan.changes[3]!)).toBe(
      'docs/rencana-induk/peta-program.md: the place of the paragraph removed from line 8 of the base not found in the printed page, so it has no change bar; the annex lists it.',
    );
  });
});

describe('changesAnnexHtml', () => {
  const data = (overrides: Partial<AnnexData> = {}): AnnexData => {
    const changes = changesOf();
    const plan = planChanges(CHAPTERS, changes);
    return {chapters: CHAPTERS, changes, plan, spans: [{kind: 'block', start: 's1', end: 'e1'}, {kind: 'removal', at: 's2'}, undefined, {kind: 'removal', at: 'e0'}], strings: PDF_STRINGS.id, locale: 'id', ...overrides};
  };
  const rows = (html: string) =>
    load(html)('tbody tr')
      .map((_index, row) => [
        load(row)('td')
          .map((_i, cell) => load(cell).text())
          .get(),
      ])
      .get() as string[][];

  it('lists each changed chapter with its frontmatter changes and a row per change, placeholder pages first', () => {
    const html = changesAnnexHtml(data());
    const $ = load(html);
    expect($('section.pdf-annex > h1').text()).toBe('Lampiran: Perubahan sejak main (komit 1a2b3c4)');
    expect($('h2').map((_i, heading) => $(heading).text()).get()).toEqual(['1. Pendahuluan', '3. Peta program', 'Bab yang dihapus']);
    expect($('h2').first().nextAll('ul').first().text()).toBe('Status: draf → ditinjau');
    expect(rows(html)).toEqual([
      ['999', 'Paragraf diubah', '+1 −1', '§ Visi — … untuk mewujudkan pemerintahan yang lebih transparan, efektif cepat, dan efisien bagi seluruh warga.'],
      ['999', 'Paragraf dihapus', '+0 −3', '§ Visi — Paragraf yang dihapus.'],
      ['—', 'Paragraf ditambahkan', '+2 −0', '§ Lingkup — Paragraf baru.'],
      ['999', 'Paragraf dihapus', '+0 −3', 'Hilang di akhir.'],
    ]);
    expect($('del').first().text()).toBe(' efektif');
    expect($('ins').first().text()).toBe(' cepat');
    // The page links to the change; a change without a bar says so under the legend.
    expect($('tbody a').first().attr('href')).toBe('#s1');
    expect(html).toContain('Perubahan dengan tanda — di kolom halaman tidak ditemukan');
    expect($('p').text()).toContain('2 bab berubah; 3 kata ditambahkan, 7 kata dihapus. Bab lain tidak berubah.');
    expect($('#lampiran-perubahan > .pdf-block-end:first-child').attr('id')).toBe('lampiran-perubahan-awal');
  });

  it('prints the pages of the bars once they are known, a range for a block over pages', () => {
    const placed = [{first: 4, last: 5, segments: []}, {first: 5, last: 5, segments: []}, undefined, undefined];
    expect(rows(changesAnnexHtml(data({placed}))).map(([pages]) => pages)).toEqual(['4–5', '5', '—', '—']);
  });

  it('says so when nothing changed', () => {
    const changes: PdfChanges = {base: {edition: '2030-2034'}, chapters: new Map(), removedChapters: [], warnings: []};
    const $ = load(changesAnnexHtml({chapters: CHAPTERS, changes, plan: planChanges(CHAPTERS, changes), spans: [], strings: PDF_STRINGS.en, locale: 'en'}));
    expect($('h1').text()).toBe('Annex: Changes since Edition 2030-2034');
    expect($('p').last().text()).toBe('No chapter has changed since Edition 2030-2034.');
    expect($('table')).toHaveLength(0);
  });
});

describe('baseName', () => {
  it.each([
    [{edition: '2030-2034'}, 'Edisi 2030-2034'],
    [{ref: 'origin/main', commit: '1a2b3c4'}, 'origin/main (komit 1a2b3c4)'],
    [{ref: '1a2b3c4d5e', commit: '1a2b3c4'}, 'komit 1a2b3c4'],
    [{ref: '1a2b', commit: '1a2b3c4'}, 'komit 1a2b3c4'],
  ] as const)('names %o as %s', (base, name) => {
    expect(baseName(base, PDF_STRINGS.id)).toBe(name);
  });
});

describe('the front matter of a PDF with change bars', () => {
  it('names the base on the cover, and only there', () => {
    const cover = (changesBase?: string) => load(coverHtml({strings: PDF_STRINGS.en, chapters: CHAPTERS, date: new Date('2026-11-30'), ...(changesBase ? {changesBase} : {})}));
    expect(cover('main (commit 1a2b3c4)')('dt').last().text()).toBe('Changes marked against');
    expect(cover('main (commit 1a2b3c4)')('dd').last().text()).toBe('main (commit 1a2b3c4)');
    expect(cover()('dt').last().text()).toBe('Status');
  });

  it('lists the annex after the chapters in the contents', () => {
    const $ = load(tableOfContentsHtml(CHAPTERS, PDF_STRINGS.id, new Map([[1, 3]]), {anchor: 'lampiran-perubahan', page: 12}));
    expect($('li').last().text()).toBe('Lampiran: Perubahan12');
    expect($('li a').last().attr('href')).toBe('#lampiran-perubahan');
    expect(tableOfContentsHtml(CHAPTERS, PDF_STRINGS.id)).not.toContain('Lampiran');
  });

  it.each([
    ['id', undefined, 'rencana-induk-id-perubahan.pdf'],
    ['en', '2030-2034', 'master-plan-en-2030-2034-changes.pdf'],
  ] as const)('names the %s file with its changes apart from the plain one', (locale, edition, name) => {
    expect(pdfFileName(locale, edition, {withChanges: true})).toBe(name);
    expect(pdfFileName(locale, edition)).not.toContain('chang');
  });
});
