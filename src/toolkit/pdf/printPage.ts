import {PDFDocument} from 'pdf-lib';
import type {Page} from 'playwright-core';

import type {ChangePlan, PdfChanges} from './changeMarks';
import type {PdfChapter} from './chapters';
import type {PdfLocale} from './locales';
import {servePrintFonts} from './printFonts';
import type {PdfSession} from './session';
import type {PdfStrings} from './strings';

/** A page of the local server that only the renderer sees; the print document is built on it. */
const PRINT_PATH = '/__masterplan-pdf__/';

/** One render: the page the print document is built on, and what every step reads. */
export interface PrintJob {
  /** The page the print document is built on and printed from. */
  page: Page;
  /** Origin of the local server over the build. */
  origin: string;
  locale: PdfLocale;
  strings: PdfStrings;
  chapters: readonly PdfChapter[];
  /** The print fonts' stylesheets, served to the page (see printFonts.ts). */
  fontStylesheets: string[];
  /** What to mark with change bars and list in the annex (`--changes-since`); undefined for a PDF without them. */
  changes?: JobChanges;
}

/** The changes one render marks. */
export interface JobChanges {
  changes: PdfChanges;
  plan: ChangePlan;
  /** The base as the cover and the annex name it. */
  baseName: string;
}

/** The pages one render uses, closed together. */
export interface PrintPages {
  /** The page the print document is built on. */
  page: Page;
  /**
   * A second page, opened on first use, that loads chapter pages whose
   * diagrams the browser must draw (a build without build-time diagrams).
   */
  capturer: () => Promise<Page>;
  close(): Promise<void>;
}

async function lightPage(session: PdfSession): Promise<Page> {
  const page = await session.context.newPage();
  // Paper is light whatever the reader's desktop prefers; the site follows prefers-color-scheme.
  await page.emulateMedia({colorScheme: 'light'});
  return page;
}

/** Opens the print page on an empty document of the local server, with the print fonts served to it. */
export async function openPrintPages(session: PdfSession): Promise<PrintPages> {
  const page = await lightPage(session);
  let capturer: Promise<Page> | undefined;
  const pages: PrintPages = {
    page,
    capturer: () => (capturer ??= lightPage(session)),
    async close() {
      await page.close();
      await capturer?.then((opened) => opened.close(), () => undefined);
    },
  };
  try {
    await page.route(`${session.origin}${PRINT_PATH}`, (route) =>
      route.fulfill({contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'}),
    );
    await servePrintFonts(page, session.origin);
    await page.goto(`${session.origin}${PRINT_PATH}`);
    return pages;
  } catch (error) {
    await pages.close();
    throw error;
  }
}

/**
 * Prints the page as it is now, tagged (structure tree, language) unless
 * `tagged` is false: a print made only to count pages need not pay for the tags
 * (about a third of the time, measured on 2,400 chapters).
 */
export async function printPdf(page: Page, {tagged = true}: {tagged?: boolean} = {}): Promise<PDFDocument> {
  // No `outline`: Chromium's bookmarks take their titles from the laid-out text (doubled by Chromium 156);
  // the outline is written afterwards from the headings (see outline.ts).
  // updateMetadata: false keeps Chromium's producer ("Skia/PDF m153"): the PDF says which browser printed it.
  return PDFDocument.load(await page.pdf({preferCSSPageSize: true, printBackground: true, tagged}), {updateMetadata: false});
}

/**
 * Has the page's renderer collect its garbage now. It collects lazily, and
 * while a plan is assembled and printed in chunks the garbage piles up: the
 * chapters' pages as passed in and parsed, and above all what each print
 * leaves. On the 600-page plan the two locales' renderers peaked at 1.9 GB
 * together, 1.0 GB when collected after each print and each chunk's worth of
 * chapters (about 0.25 s a collection: 2 s more for the two PDFs); on the
 * 3,000-page plan, 6.6 GB before (with the chapters not printed kept as
 * elements), 1.1 GB.
 */
export async function collectGarbage(page: Page): Promise<void> {
  const devtools = await page.context().newCDPSession(page);
  try {
    await devtools.send('HeapProfiler.collectGarbage');
  } finally {
    await devtools.detach();
  }
}
