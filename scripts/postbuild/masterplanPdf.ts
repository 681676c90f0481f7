/**
 * Post-build step: the latest master plan PDF in each locale, written where the
 * first chapter's download link points (`unduh/rencana-induk-id.pdf`,
 * `en/unduh/master-plan-en.pdf`). One Chromium renders both locales. Without a
 * browser (no pinned Chromium for this platform and no CHROME_PATH) the build goes
 * on without the PDF (and the site shows no link).
 */
import path from 'node:path';

import {pdfSkipReason} from '../../src/plugins/pdf-download';
import {writeFileAtomic} from '../../src/toolkit/fs/atomicWrite';
import {downloadPath, openPdfSession, PdfError, PDF_LOCALES, renderMasterPlanPdf} from '../../src/toolkit/pdf';
import type {PostbuildStep} from '.';

export const masterplanPdfStep: PostbuildStep = {
  name: 'master plan PDF',
  hint:
    'fix the chapter the message names; `npx masterplan pdf` prints the PDF again from build/ without rebuilding the site. ' +
    'Or build without the PDF: `MASTERPLAN_PDF=0 npm run build` (the site then shows no download link).',
  async run({siteDir, outDir}) {
    // The question the download link's plugin asked while Docusaurus built the pages (there, `buildMakesPdf`).
    const skipReason = pdfSkipReason();
    if (skipReason !== null) {
      console.log(`[INFO] No master plan PDF in this build: ${skipReason}.`);
      return;
    }
    const started = Date.now();
    const session = await openPdfSession(outDir);
    try {
      // Both locales at once: each waits on Chromium much of the time. Written only once both are
      // made, so a chapter that fails in one locale leaves no PDF of the other behind either.
      const results = await Promise.all(
        PDF_LOCALES.map((locale) =>
          renderMasterPlanPdf({siteDir, buildDir: outDir, locale, session}).catch((error: unknown) => {
            // The build runner adds the step's name and hint; the locale is ours to say.
            if (!(error instanceof PdfError)) throw error;
            throw new PdfError(`(${locale}) ${error.message}`);
          }),
        ),
      );
      for (const [index, result] of results.entries()) {
        const file = path.join(outDir, downloadPath(PDF_LOCALES[index]!));
        await writeFileAtomic(file, result.pdf);
        for (const warning of result.warnings) console.log(`[WARNING] ${warning}`);
        console.log(`[INFO] Wrote ${path.relative(siteDir, file)}: ${result.pageCount} pages, ${result.chapters.length} chapters.`);
      }
    } finally {
      await session.close();
    }
    console.log(`[INFO] Master plan PDFs made in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
};
