import {describe, expect, it} from 'vitest';

import type {PdfChapter} from '../../src/toolkit/pdf/chapters';
import {coverHtml} from '../../src/toolkit/pdf/cover';
import {cssString, escapeHtml} from '../../src/toolkit/pdf/html';
import {printStyles} from '../../src/toolkit/pdf/printStyles';
import {PDF_STRINGS, statusSummary} from '../../src/toolkit/pdf/strings';
import {PAGE_PLACEHOLDER, tableOfContentsHtml} from '../../src/toolkit/pdf/tableOfContents';

const chapter = (number: number, title: string, status: PdfChapter['status']): PdfChapter => ({
  number,
  title,
  status,
  route: `/rencana-induk/bab-${number}/`,
  sourceFile: `docs/rencana-induk/bab-${number}.md`,
  diagrams: 0,
});

const chapters = [chapter(1, 'Pendahuluan', 'approved'), chapter(2, 'Sejarah <kerja> sama', 'review'), chapter(3, 'Peta "program"', 'draft')];

describe('statusSummary', () => {
  it.each([
    {locale: 'id' as const, statuses: ['draft', 'review', 'draft'] as const, expected: '3 bab: 1 ditinjau, 2 draf'},
    {locale: 'en' as const, statuses: ['approved'] as const, expected: '1 chapter: 1 approved'},
    {locale: 'en' as const, statuses: ['draft', 'approved'] as const, expected: '2 chapters: 1 approved, 1 draft'},
  ])('$locale: $expected', ({locale, statuses, expected}) => {
    expect(statusSummary(statuses, PDF_STRINGS[locale])).toBe(expected);
  });
});

describe('cssString', () => {
  it.each(['Peta "program"', 'C:\\jalan', 'baris\nbaru', 'biasa'])('keeps %j intact inside a CSS string', (text) => {
    const literal = cssString(text);
    expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
    // No unescaped quote, backslash or newline may end the string early.
    expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])"|\n/);
  });
});

describe('tableOfContentsHtml', () => {
  it('links every chapter to its anchor and prints the page it starts on', () => {
    const html = tableOfContentsHtml(chapters, PDF_STRINGS.id, new Map([[1, 3], [2, 5], [3, 8]]));
    expect(html).toContain('href="#bab-1"');
    expect(html.match(/<span class="pdf-toc__page">(\d+)<\/span>/g)).toEqual([
      '<span class="pdf-toc__page">3</span>',
      '<span class="pdf-toc__page">5</span>',
      '<span class="pdf-toc__page">8</span>',
    ]);
  });

  it('marks chapters that are not approved and escapes titles', () => {
    const html = tableOfContentsHtml(chapters, PDF_STRINGS.en);
    expect(html).toContain('Sejarah &#60;kerja&#62; sama <span class="pdf-toc__status">(in review)</span>');
    expect(html).not.toContain('Pendahuluan <span class="pdf-toc__status">');
    expect(html.split(`>${PAGE_PLACEHOLDER}<`)).toHaveLength(chapters.length + 1);
  });
});

describe('coverHtml', () => {
  it('names the edition, the date, the status summary and both ministries', () => {
    const html = coverHtml({strings: PDF_STRINGS.en, chapters, edition: '2016-2019', date: new Date('2026-03-02T10:00:00Z')});
    expect(html).toContain('2016-2019');
    expect(html).toContain('2 March 2026');
    expect(html).toContain('3 chapters: 1 approved, 1 in review, 1 draft');
    expect(html).toContain('Kementerian PANRB');
    expect(html).toContain('Ministry of the Interior, Republic of Korea');
    expect(html).toContain('marked DRAFT');
  });

  it('has no draft warning when every chapter is approved', () => {
    const html = coverHtml({strings: PDF_STRINGS.id, chapters: [chapters[0]!], date: new Date('2026-03-02T10:00:00Z')});
    expect(html).toContain('2 Maret 2026');
    expect(html).not.toContain('pdf-cover__warning');
  });
});

describe('printStyles', () => {
  it('gives each chapter a named page with its title as running header', () => {
    const css = printStyles(chapters, PDF_STRINGS.id);
    expect(css).toContain('@page bab-2 { @top-left { content: "2. Sejarah <kerja> sama"');
    expect(css).toContain('#bab-3 { page: bab-3; }');
  });

  it('counts pages in the footer, or states the whole document’s count when the front matter is printed on its own', () => {
    expect(printStyles(chapters, PDF_STRINGS.id)).toContain('"Halaman " counter(page) " / " counter(pages)');
    const front = printStyles(chapters, PDF_STRINGS.id, {totalPages: 769});
    expect(front).toContain('"Halaman " counter(page) " / " "769"');
    expect(front).not.toContain('counter(pages)');
  });

  it('labels drafts and reviews DRAF in the header, never approved chapters', () => {
    const css = printStyles(chapters, PDF_STRINGS.id);
    const pageRule = (n: number) => css.split('\n').find((line) => line.startsWith(`@page bab-${n} `)) ?? '';
    expect(pageRule(1)).not.toContain('DRAF');
    expect(pageRule(2)).toContain('"DRAF"');
    expect(pageRule(3)).toContain('"DRAF"');
  });
});

describe('escapeHtml', () => {
  it('escapes markup and quotes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
