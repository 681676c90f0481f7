import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {chapterPageRanges, chapterStartPages} from '../../src/toolkit/pdf/chapterPages';

describe('chapterStartPages', () => {
  const outline = [
    {title: 'Daftar isi', pageIndex: 1},
    {title: 'Pendahuluan', pageIndex: 2},
    {title: 'Pengamanan informasipemerintah', pageIndex: 4},
    {title: 'Pendahuluan', pageIndex: 9},
  ];

  it('takes the page of the next bookmark with the heading, 1-based', () => {
    const found = chapterStartPages(['Pendahuluan', 'Pengamanan informasi pemerintah'], outline);
    expect(found.pages).toEqual([3, 5]);
    expect(found.bookmarks).toEqual([outline[1], outline[2]]);
    expect(found.missing).toEqual([]);
  });

  it('matches repeated titles in document order', () => {
    expect(chapterStartPages(['Pendahuluan', 'Pendahuluan'], outline).pages).toEqual([3, 10]);
  });

  it('reports headings without a bookmark instead of guessing', () => {
    expect(chapterStartPages(['Pendahuluan', 'Peta program'], outline)).toMatchObject({pages: [3], missing: ['Peta program']});
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
