import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {chapterPageRanges, chapterStartPages} from '../../src/toolkit/pdf/chapterPages';
import type {PdfChapter} from '../../src/toolkit/pdf/chapters';
import {PdfError} from '../../src/toolkit/pdf/errors';

const chapter = (number: number, title: string): PdfChapter => ({
  number,
  title,
  status: 'draft',
  route: `/rencana-induk/bab-${number}/`,
  sourceFile: `docs/rencana-induk/0${number}-bab.md`,
  diagrams: 0,
});

describe('chapterStartPages', () => {
  const chapters = [chapter(1, 'Pendahuluan'), chapter(2, 'Sejarah kerja sama'), chapter(4, 'Pengamanan informasi pemerintah')];

  it('takes each chapter anchor’s named destination, 1-based, whatever the bookmarks say', () => {
    const pages = new Map([['bab-1', 2], ['bab-2', 4], ['bab-4', 9], ['bab-3', 7]]);
    expect(chapterStartPages(chapters, (name) => pages.get(name))).toEqual([3, 5, 10]);
  });

  it('names every chapter without a destination, its source file and what to do, instead of guessing', () => {
    const pages = new Map([['bab-1', 2]]);
    const error = (() => {
      try {
        chapterStartPages(chapters, (name) => pages.get(name));
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(PdfError);
    expect((error as Error).message).toMatchInlineSnapshot(
      `"The printed PDF has no named destination for chapter 2 "Sejarah kerja sama" (docs/rencana-induk/02-bab.md, #bab-2), chapter 4 "Pengamanan informasi pemerintah" (docs/rencana-induk/04-bab.md, #bab-4), so the page they start on is unknown. Chromium writes one for each chapter the contents link to; a browser that does not (CHROME_PATH set to another browser) cannot print the master plan. Unset CHROME_PATH to print with the pinned Chromium, or render the chapter alone (\`npx masterplan pdf --chapters N\`) to see whether its page prints at all."`,
    );
  });

  it('refuses start pages that go backwards', () => {
    const pages = new Map([['bab-1', 2], ['bab-2', 6], ['bab-4', 5]]);
    expect(() => chapterStartPages(chapters, (name) => pages.get(name))).toThrow(
      'Chapter 4 (docs/rencana-induk/04-bab.md) starts on page 6, before chapter 2 on page 7',
    );
  });
});

describe('chapterPageRanges', () => {
  it('runs each chapter until the next one starts, the last to the end', () => {
    expect(chapterPageRanges([3, 5, 8], 9)).toEqual([
      {first: 3, last: 4},
      {first: 5, last: 7},
      {first: 8, last: 9},
    ]);
  });

  it('covers every page from the first chapter to the end exactly once', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({min: 1, max: 200}), {minLength: 1}), fc.integer({min: 0, max: 20}), (starts, extra) => {
        const sorted = [...starts].sort((a, b) => a - b);
        const pageCount = sorted.at(-1)! + extra;
        const ranges = chapterPageRanges(sorted, pageCount);
        const covered = ranges.flatMap(({first, last}) => Array.from({length: last - first + 1}, (_, i) => first + i));
        expect(covered).toEqual(Array.from({length: pageCount - sorted[0]! + 1}, (_, i) => sorted[0]! + i));
      }),
    );
  });
});
