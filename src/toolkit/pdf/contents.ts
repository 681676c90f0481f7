import {keepFrontMatter, type FrontMatter} from './assembleDocument';
import {ANNEX_ANCHOR} from './changesAnnex';
import {PdfError} from './errors';
import type {Layout} from './layOut';
import {outlineTree, writeOutline} from './outline';
import {printPdf, type PrintJob} from './printPage';
import {printStyles} from './printStyles';
import {replacePageContents} from './replacePageContents';
import {tableOfContentsHtml} from './tableOfContents';

/**
 * Puts the real page numbers in the table of contents and writes the PDF's
 * bookmarks, in place. Only the cover and contents are printed again, with
 * those numbers, and drawn over the first pages: the chapters are not laid out
 * twice. Throws {@link PdfError} when the front matter alone takes another
 * number of pages, since the numbers would then be wrong.
 */
export async function writeContents(job: PrintJob, {pdf, headings, destinations, startPages, annexStartPage}: Layout): Promise<void> {
  const {page, chapters, strings, changes} = job;
  const frontPages = startPages[0]! - 1;
  const pages = new Map(chapters.map((chapter, index) => [chapter.number, startPages[index]!]));
  await page.evaluate(keepFrontMatter, {
    tocHtml: tableOfContentsHtml(chapters, strings, pages, changes ? {anchor: ANNEX_ANCHOR, page: annexStartPage} : undefined),
    styles: printStyles(chapters, strings, {totalPages: pdf.getPageCount(), withChanges: changes !== undefined}),
  } satisfies FrontMatter);
  const front = await printPdf(page);
  if (front.getPageCount() !== frontPages) {
    throw new PdfError(
      `The cover and contents took ${front.getPageCount()} pages on their own but ${frontPages} before chapter ${chapters[0]!.number} (${chapters[0]!.sourceFile}), ` +
        'so the table of contents cannot be trusted. The front matter must not depend on what follows it: check the cover and contents styles in src/toolkit/pdf/printStyles.ts.',
    );
  }
  await replacePageContents(pdf, front, frontPages);
  writeOutline(pdf, outlineTree(headings, destinations));
}
