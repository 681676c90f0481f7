import type {PDFArray, PDFDocument} from 'pdf-lib';

import {assignChunks, layOutForPrint, listHeadings, showChunk, type ChunkView} from './assembleDocument';
import {chapterStartPages} from './chapterPages';
import {ANNEX_ANCHOR} from './changesAnnex';
import {PdfError} from './errors';
import {chapterAnchor} from './html';
import {appendPdf} from './mergePdf';
import {destinationPages, readNamedDestinations, type OutlineHeading} from './outline';
import {collectGarbage, printPdf, type PrintJob} from './printPage';
import {printStyles} from './printStyles';

/** The assembled document printed, and where its chapters landed. */
export interface Layout {
  pdf: PDFDocument;
  /** The headings the bookmarks are made from, in document order. */
  headings: OutlineHeading[];
  /** Chromium's named destinations: each heading's anchor and where it is. */
  destinations: Map<string, PDFArray>;
  /** The page (1-based) each chapter starts on, in the job's order. */
  startPages: number[];
  /** The page (1-based) the annex of changes starts on, when the job has one. */
  annexStartPage?: number;
}

/**
 * Lays out and prints the assembled document, with placeholder page numbers
 * in the table of contents (as wide as real ones). `chunkStarts` holds the
 * index of each chunk's first chapter (printChunks.ts): one chunk is printed
 * at once, several by {@link printInChunks} (which `expectedPageCount` may
 * spare a pass). The named destinations of the
 * chapters' anchors, which the contents link to, then say where each chapter
 * starts (and the annex of changes, when there is one).
 */
export async function layOut(job: PrintJob, chunkStarts: readonly number[] = [0], expectedPageCount?: number): Promise<Layout> {
  const {pdf, headings} = chunkStarts.length > 1 ? await printInChunks(job, chunkStarts, expectedPageCount) : await printAtOnce(job);
  const destinations = readNamedDestinations(pdf);
  const pageOf = destinationPages(pdf);
  const startPages = chapterStartPages(job.chapters, (name) => {
    const destination = destinations.get(name);
    return destination && pageOf(destination);
  });
  const annex = job.changes && destinations.get(ANNEX_ANCHOR);
  const annexIndex = annex && pageOf(annex);
  if (job.changes && annexIndex === undefined) {
    throw new PdfError('The printed PDF has no named destination for the annex of changes, so its page is unknown. Print with the pinned Chromium (unset CHROME_PATH).');
  }
  return {pdf, headings, destinations, startPages, ...(annexIndex === undefined ? {} : {annexStartPage: annexIndex + 1})};
}

async function printAtOnce(job: PrintJob): Promise<{pdf: PDFDocument; headings: OutlineHeading[]}> {
  await job.page.evaluate(layOutForPrint);
  const headings = await job.page.evaluate(listHeadings);
  return {pdf: await printPdf(job.page), headings};
}

/**
 * Prints the document a chunk at a time, the others out of the document
 * (see showChunk), and merges the chunks into one PDF (mergePdf.ts). Every
 * page states its number in the whole document and the document's page
 * count, so a first pass counts each chunk's pages (untagged, nothing
 * painted); the second prints each chunk numbered from its first page,
 * tagged, and appends it. Throws {@link PdfError} when a chunk takes another
 * number of pages the second time.
 *
 * With `expectedPageCount` (what an earlier print of the plan took), the
 * first pass prints each chunk as the second would if the plan still takes
 * that many pages: when it does (a warm build after a small edit), that
 * print is the PDF and there is no second pass; when not, its page counts
 * serve the second pass.
 */
async function printInChunks(job: PrintJob, chunkStarts: readonly number[], expectedPageCount?: number): Promise<{pdf: PDFDocument; headings: OutlineHeading[]}> {
  const {page, chapters, strings, changes} = job;
  const stylesFor = (pages: {totalPages: number; firstPageNumber: number}) => printStyles(chapters, strings, {...pages, withChanges: changes !== undefined});
  await page.evaluate(assignChunks, chunkStarts.map((index) => chapterAnchor(chapters[index]!.number)));
  const headings: OutlineHeading[] = [];
  const pageCounts: number[] = [];
  const pagesBefore = () => pageCounts.reduce((sum, count) => sum + count, 0);
  let merged: PDFDocument | undefined;
  for (let chunk = 0; chunk < chunkStarts.length; chunk++) {
    const expected = expectedPageCount === undefined ? {} : {styles: stylesFor({totalPages: expectedPageCount, firstPageNumber: pagesBefore() + 1})};
    await page.evaluate(showChunk, {chunk, ...expected} satisfies ChunkView);
    await page.evaluate(layOutForPrint);
    // Each chunk's headings while it is shown: they are listed (and linked for a destination) only where they are laid out,
    // and read before the text is hidden (`innerText` leaves out what is not visible).
    headings.push(...(await page.evaluate(listHeadings)));
    if (expectedPageCount === undefined) {
      await page.evaluate(showChunk, {chunk, paint: false} satisfies ChunkView);
      pageCounts.push((await printPdf(page, {tagged: false})).getPageCount());
    } else {
      const printed = await printPdf(page);
      pageCounts.push(printed.getPageCount());
      if (merged) appendPdf(merged, printed);
      else merged = printed;
    }
    await collectGarbage(page);
  }

  const totalPages = pagesBefore();
  if (totalPages !== expectedPageCount) {
    merged = undefined;
    let firstPageNumber = 1;
    for (let chunk = 0; chunk < chunkStarts.length; chunk++) {
      // Its fonts are in: the first pass laid out the same text.
      await page.evaluate(showChunk, {chunk, styles: stylesFor({totalPages, firstPageNumber})} satisfies ChunkView);
      const printed = await printPdf(page);
      await collectGarbage(page);
      if (printed.getPageCount() !== pageCounts[chunk]) {
        const first = chapters[chunkStarts[chunk]!]!;
        throw new PdfError(
          `The chapters from chapter ${first.number} (${first.sourceFile}) took ${printed.getPageCount()} pages, but ${pageCounts[chunk]} when their pages were counted, ` +
            'so the page numbers would be wrong. Their layout must not depend on the page numbers: check the page styles in src/toolkit/pdf/printStyles.ts.',
        );
      }
      if (merged) appendPdf(merged, printed);
      else merged = printed;
      firstPageNumber += pageCounts[chunk]!;
    }
  }
  // The steps after this one print the contents again (the first chunk holds them; the annex is printed from its HTML),
  // none of it laid out yet; the other chunks stay packed.
  await page.evaluate(showChunk, {chunk: 0, styles: printStyles(chapters, strings, {withChanges: changes !== undefined})} satisfies ChunkView);
  return {pdf: merged!, headings};
}
