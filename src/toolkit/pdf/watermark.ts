import {PDFDocument} from 'pdf-lib';

import {finishDocument, layOutForPrint} from './assembleDocument';
import {escapeHtml} from './html';
import {PRINT_FONT_FAMILY} from './printFonts';
import type {PrintJob} from './printPage';

/**
 * A one-page A4 document with the watermark word set large and diagonally in
 * pale red. Chromium turns it into a PDF page (text with an embedded font, no
 * background) that {@link stampWatermark} lays over draft pages. Set in the
 * PDF's own bold face, from `fontStylesheets` (see printFonts.ts).
 */
export function watermarkHtml(word: string, fontStylesheets: readonly string[]): string {
  const links = fontStylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  return `<!doctype html><html><head><meta charset="utf-8">${links}<style>
@page { size: A4; margin: 0; }
html, body { margin: 0; height: 100%; background: transparent; }
body { display: flex; align-items: center; justify-content: center; overflow: hidden; }
span { font: 700 150pt/1 ${PRINT_FONT_FAMILY}; letter-spacing: 0.05em; color: rgb(176 0 32 / 14%); transform: rotate(-50deg); }
</style></head><body><span>${escapeHtml(word)}</span></body></html>`;
}

/**
 * Lays the watermark page over the given pages (1-based, inclusive ranges), in
 * place. Stamping after layout keeps the watermark on every page of a draft
 * chapter however the text flows.
 */
export async function stampWatermark(pdf: PDFDocument, watermarkPdf: Uint8Array, ranges: readonly {first: number; last: number}[]): Promise<number> {
  const [watermark] = await pdf.embedPdf(watermarkPdf, [0]);
  if (!watermark) return 0;
  const pages = pdf.getPages();
  let stamped = 0;
  for (const {first, last} of ranges) {
    for (let number = first; number <= last; number++) {
      const page = pages[number - 1];
      if (!page) continue;
      const {width, height} = page.getSize();
      page.drawPage(watermark, {x: 0, y: 0, width, height});
      stamped++;
    }
  }
  return stamped;
}

/**
 * Stamps the draft watermark (`DRAF`, `DRAFT`) on every page of the chapters
 * that are not approved. The watermark is printed on the job's page, so call
 * this once the print document is no longer needed.
 */
export async function watermarkDrafts(job: PrintJob, pdf: PDFDocument, chapters: readonly {status: string; firstPage: number; lastPage: number}[]): Promise<void> {
  const drafts = chapters.filter((chapter) => chapter.status !== 'approved').map(({firstPage, lastPage}) => ({first: firstPage, last: lastPage}));
  if (drafts.length === 0) return;
  const word = job.strings.draftWatermark;
  await job.page.setContent(watermarkHtml(word, job.fontStylesheets));
  await job.page.evaluate(finishDocument, {fonts: [`700 150pt ${PRINT_FONT_FAMILY}`], text: word});
  await job.page.evaluate(layOutForPrint);
  await stampWatermark(pdf, await job.page.pdf({preferCSSPageSize: true}), drafts);
}
