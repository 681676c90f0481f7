/**
 * Post-build step: the latest master plan PDF in each locale, written where the
 * first chapter's download link points (`unduh/rencana-induk-id.pdf`,
 * `en/unduh/master-plan-en.pdf`). One Chromium renders both locales. Without a
 * browser (no pinned Chromium for this platform and no CHROME_PATH) the build goes
 * on without the PDF (and the site shows no link). A locale whose printed pages,
 * assets, fonts, browser and renderer did not change since the last build is
 * copied from the cache (src/toolkit/pdf/printInputs.ts says what its key holds).
 */
import path from 'node:path';

import {pdfSkipReason} from '../../src/plugins/pdf-download';
import {writeFileAtomic} from '../../src/toolkit/fs/atomicWrite';
import {downloadPath, openPdfSession, PdfError, PDF_LOCALES, renderMasterPlanPdf, type PdfLocale, type RenderedPdf} from '../../src/toolkit/pdf';
import {pdfPrintInputs} from '../../src/toolkit/pdf/printInputs';
import type {PostbuildStep} from '.';
import {productCacheDir, productKey, readCachedProduct, writeCachedProduct} from '../../src/plugins/productCache';

export const masterplanPdfStep: PostbuildStep = {
  name: 'master plan PDF',
  hint:
    'fix the chapter the message names; `npx masterplan pdf` prints the PDF again from build/ without rebuilding the site. ' +
    'Or build without the PDF: `MASTERPLAN_PDF=0 npm run build` (the site then shows no download link).',
  async run({siteDir, outDir, cacheDir = productCacheDir(siteDir)}) {
    // The question the download link's plugin asked while Docusaurus built the pages (there, `buildMakesPdf`).
    const skipReason = pdfSkipReason();
    if (skipReason !== null) {
      console.log(`[INFO] No master plan PDF in this build: ${skipReason}.`);
      return;
    }
    const started = Date.now();
    // One moment for the key and the print: the cover shows its day.
    const date = new Date();
    const cached = await Promise.all(PDF_LOCALES.map((locale) => cachedPdf({siteDir, outDir, cacheDir, locale, date})));
    const toPrint = PDF_LOCALES.filter((_locale, index) => cached[index]!.pdf === null);
    const printed = toPrint.length === 0 ? [] : await printPdfs({siteDir, outDir, cacheDir, locales: toPrint, date});
    // Written only once every locale is made, so a chapter that fails in one locale leaves no PDF of the other behind either.
    for (const [index, locale] of PDF_LOCALES.entries()) {
      const file = path.join(outDir, downloadPath(locale));
      const fromCache = cached[index]!.pdf;
      if (fromCache) {
        await writeFileAtomic(file, fromCache);
        console.log(`[INFO] Wrote ${path.relative(siteDir, file)} from the cache: no page it prints changed.`);
        continue;
      }
      const result = printed[toPrint.indexOf(locale)]!;
      await writeFileAtomic(file, result.pdf);
      const {key} = cached[index]!;
      // A PDF with warnings is printed again next time, so the warnings are not lost from later builds' output.
      if (key && result.warnings.length === 0) await writeCachedProduct(cacheDir, `master-plan-pdf-${locale}`, key, result.pdf);
      await writeCachedProduct(cacheDir, pageCountEntry(locale), LAST_PAGE_COUNT, new TextEncoder().encode(String(result.pageCount)));
      for (const warning of result.warnings) console.log(`[WARNING] ${warning}`);
      console.log(`[INFO] Wrote ${path.relative(siteDir, file)}: ${result.pageCount} pages, ${result.chapters.length} chapters.`);
    }
    console.log(`[INFO] Master plan PDFs made in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
};

/** The locale's PDF from the cache when its inputs are unchanged; its key (null: not cacheable) either way. */
async function cachedPdf(options: {siteDir: string; outDir: string; cacheDir: string; locale: PdfLocale; date: Date}): Promise<{key: string | null; pdf: Uint8Array | null}> {
  const {siteDir, outDir, cacheDir, locale, date} = options;
  const inputs = await pdfPrintInputs({siteDir, buildDir: outDir, locale, date}).catch(() => null);
  // Inputs that cannot be read (a broken chapter) are the renderer's to report, with its own message.
  if (!inputs) return {key: null, pdf: null};
  const key = productKey(inputs);
  return {key, pdf: await readCachedProduct(cacheDir, `master-plan-pdf-${locale}`, key)};
}

/**
 * The page count of the locale's last printed PDF, kept beside it in the
 * cache whatever its key: a hint that spares a long plan one of its two print
 * passes when a small edit left its page count as it was (see
 * `expectedPageCount` in renderMasterPlanPdf.ts). A wrong hint costs time, never a page.
 */
const pageCountEntry = (locale: PdfLocale) => `master-plan-pdf-${locale}-pages`;
const LAST_PAGE_COUNT = 'last print';

async function lastPageCount(cacheDir: string, locale: PdfLocale): Promise<number | undefined> {
  const entry = await readCachedProduct(cacheDir, pageCountEntry(locale), LAST_PAGE_COUNT);
  const count = entry && Number(new TextDecoder().decode(entry));
  return count && Number.isInteger(count) && count > 0 ? count : undefined;
}

/** Prints the locales' PDFs with one Chromium, all at once: each waits on the browser much of the time. */
async function printPdfs(options: {siteDir: string; outDir: string; cacheDir: string; locales: PdfLocale[]; date: Date}): Promise<RenderedPdf[]> {
  const {siteDir, outDir, cacheDir, locales, date} = options;
  const session = await openPdfSession(outDir);
  try {
    return await Promise.all(
      locales.map(async (locale) =>
        renderMasterPlanPdf({siteDir, buildDir: outDir, locale, session, date, expectedPageCount: await lastPageCount(cacheDir, locale)}).catch((error: unknown) => {
          // The build runner adds the step's name and hint; the locale is ours to say.
          if (!(error instanceof PdfError)) throw error;
          throw new PdfError(`(${locale}) ${error.message}`);
        }),
      ),
    );
  } finally {
    await session.close();
  }
}
