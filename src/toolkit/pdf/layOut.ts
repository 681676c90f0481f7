import type {PDFArray, PDFDocument} from 'pdf-lib';

import {listHeadings} from './assembleDocument';
import {chapterStartPages} from './chapterPages';
import {ANNEX_ANCHOR} from './changesAnnex';
import {PdfError} from './errors';
import {destinationPages, readNamedDestinations, type OutlineHeading} from './outline';
import {printPdf, type PrintJob} from './printPage';

/** The assembled document printed once, and where its chapters landed. */
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
 * Lays out and prints the assembled document once, with placeholder page
 * numbers in the table of contents (as wide as real ones). The named
 * destinations of the chapters' anchors, which the contents link to, then say
 * where each chapter starts (and the annex of changes, when there is one).
 */
export async function layOut(job: PrintJob): Promise<Layout> {
  const headings = await job.page.evaluate(listHeadings);
  const pdf = await printPdf(job.page);
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
