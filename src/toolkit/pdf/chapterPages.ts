import type {PdfChapter} from './chapters';
import {PdfError} from './errors';
import {chapterAnchor} from './html';

/**
 * The first page (1-based) of each chapter, from where the PDF's named
 * destination for the chapter's anchor (`bab-3`, the target of its line in
 * the table of contents) points. `pageOfDestination` gives the 0-based page of
 * a named destination, or undefined when the PDF has none by that name.
 *
 * Throws {@link PdfError} naming every chapter without a destination, or
 * whose pages would come before the previous chapter's: no page is guessed.
 */
export function chapterStartPages(chapters: readonly PdfChapter[], pageOfDestination: (name: string) => number | undefined): number[] {
  const missing: PdfChapter[] = [];
  const pages = chapters.map((chapter) => {
    const index = pageOfDestination(chapterAnchor(chapter.number));
    if (index === undefined) missing.push(chapter);
    return (index ?? -1) + 1;
  });
  if (missing.length > 0) {
    const named = missing.map((chapter) => `chapter ${chapter.number} "${chapter.title}" (${chapter.sourceFile}, #${chapterAnchor(chapter.number)})`);
    throw new PdfError(
      `The printed PDF has no named destination for ${named.join(', ')}, so the page ${missing.length === 1 ? 'it starts' : 'they start'} on is unknown. ` +
        'Chromium writes one for each chapter the contents link to; a browser that does not (CHROME_PATH set to another browser) cannot print the master plan. ' +
        'Unset CHROME_PATH to print with the pinned Chromium, or render the chapter alone (`npx masterplan pdf --chapters N`) to see whether its page prints at all.',
    );
  }
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page < previous) {
      const chapter = chapters[index]!;
      throw new PdfError(
        `Chapter ${chapter.number} (${chapter.sourceFile}) starts on page ${page}, before chapter ${chapters[index - 1]!.number} on page ${previous}, ` +
          'so the named destinations of the printed PDF cannot be trusted. Print with the pinned Chromium (unset CHROME_PATH).',
      );
    }
  });
  return pages;
}

/**
 * The pages of each chapter (1-based, inclusive) from the chapters' first
 * pages and the document's page count: a chapter runs until the next starts.
 */
export function chapterPageRanges(startPages: readonly number[], pageCount: number): {first: number; last: number}[] {
  return startPages.map((first, index) => ({first, last: (startPages[index + 1] ?? pageCount + 1) - 1}));
}
