import {keepAnnex} from './assembleDocument';
import {destinationPoints, drawBars, placeBars, type BarSpan} from './changeBars';
import {unmarkedWarning} from './changeMarks';
import {ANNEX_ORIGIN, changesAnnexHtml} from './changesAnnex';
import {PdfError} from './errors';
import type {Layout} from './layOut';
import {destinationPages} from './outline';
import {printPdf, type PrintJob} from './printPage';
import {printStyles} from './printStyles';
import {replacePageContents} from './replacePageContents';

/**
 * Once the PDF is laid out: places each change's bar from the named
 * destinations of its block, prints the annex again on its own with the
 * pages of the changes and draws it over its first print (as the contents
 * are; see contents.ts), then draws the bars. Call it after
 * {@link writeContents}, which leaves the print document to the front matter.
 * Returns a warning for each change that has no bar.
 */
export async function finishChanges(job: PrintJob, layout: Layout, spans: readonly (BarSpan | undefined)[]): Promise<{warnings: string[]}> {
  const {changes, chapters, strings, locale} = job;
  const {pdf, destinations, annexStartPage} = layout;
  if (!changes || annexStartPage === undefined) return {warnings: []};
  const pointOf = destinationPoints(destinations, destinationPages(pdf));
  const origin = pointOf(ANNEX_ORIGIN);
  if (!origin) {
    throw new PdfError('The printed PDF has no named destination at the top of the annex of changes, so the change bars cannot be placed. Print with the pinned Chromium (unset CHROME_PATH).');
  }
  const placed = placeBars(spans, pointOf, origin, pdf.getPage(origin.page).getHeight());

  const pageCount = pdf.getPageCount();
  const annexPages = pageCount - annexStartPage + 1;
  await job.page.evaluate(keepAnnex, {
    html: changesAnnexHtml({chapters, changes: changes.changes, plan: changes.plan, spans, placed, strings, locale}),
    styles: printStyles(chapters, strings, {totalPages: pageCount, firstPageNumber: annexStartPage, withChanges: true}),
  });
  const annex = await printPdf(job.page);
  if (annex.getPageCount() !== annexPages) {
    throw new PdfError(
      `The annex of changes took ${annex.getPageCount()} pages on its own but ${annexPages} after the chapters, so the pages it lists cannot be trusted. ` +
        'Its layout must not depend on the page numbers: check the annex styles in src/toolkit/pdf/printStyles.ts.',
    );
  }
  await replacePageContents(pdf, annex, annexPages, annexStartPage - 1);
  drawBars(pdf, placed.flatMap((bar) => bar?.segments ?? []));
  return {warnings: changes.plan.changes.filter((_, index) => placed[index] === undefined).map(unmarkedWarning)};
}
