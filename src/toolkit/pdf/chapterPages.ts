import type {OutlineEntry} from './outline';

/** Chromium's outline drops the line breaks of wrapped headings, so titles are compared without spaces. */
function comparable(title: string): string {
  return title.replace(/\s+/g, '').toLowerCase();
}

/**
 * The first page (1-based) of each chapter: for each chapter heading, in
 * order, the next top-level bookmark with that text. Returns the headings that
 * have no bookmark in `missing` rather than guessing their page; `bookmarks`
 * are the matched bookmarks, in chapter order.
 */
export function chapterStartPages(
  headings: readonly string[],
  outline: readonly OutlineEntry[],
): {pages: number[]; bookmarks: OutlineEntry[]; missing: string[]} {
  const pages: number[] = [];
  const bookmarks: OutlineEntry[] = [];
  const missing: string[] = [];
  let next = 0;
  for (const heading of headings) {
    const wanted = comparable(heading);
    const found = outline.findIndex((entry, index) => index >= next && comparable(entry.title) === wanted);
    if (found < 0) {
      missing.push(heading);
      continue;
    }
    pages.push(outline[found]!.pageIndex + 1);
    bookmarks.push(outline[found]!);
    next = found + 1;
  }
  return {pages, bookmarks, missing};
}

/**
 * The pages of each chapter (1-based, inclusive) from the chapters' first
 * pages and the document's page count: a chapter runs until the next starts.
 */
export function chapterPageRanges(startPages: readonly number[], pageCount: number): {first: number; last: number}[] {
  return startPages.map((first, index) => ({first, last: (startPages[index + 1] ?? pageCount + 1) - 1}));
}
