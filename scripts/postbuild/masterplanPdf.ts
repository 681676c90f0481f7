/**
 * Post-build step: the latest master plan PDF in each locale, written where the
 * first chapter's download link points (`unduh/rencana-induk-id.pdf`,
 * `en/unduh/master-plan-en.pdf`). One Chromium renders both locales. Without a
 * browser (no pinned Chromium for this platform and no CHROME_PATH) the build goes
 * on without the PDF (and the site shows no link).
 */
import path from 'node:path';

import {buildMakesPdf} from '../../src/plugins/pdf-download';
import {chooseChromium} from '../../src/toolkit/browser/pinnedChromium';
import {writeFileAtomic} from '../../src/toolkit/fs/atomicWrite';
import {downloadPath, openPdfSession, PdfError, PDF_LOCALES, renderMasterPlanPdf} from '../../src/toolkit/pdf';
import type {PostbuildStep} from '.';

export const masterplanPdfStep: PostbuildStep = {
  name: 'master plan PDF',
  async run({siteDir, outDir}) {
    // The same question the download link's plugin asked while Docusaurus built the pages.
    if (!buildMakesPdf({...process.env, NODE_ENV: 'production'})) {
      const choice = chooseChromium();
      const reason = process.env.MASTERPLAN_PDF === '0' ? 'MASTERPLAN_PDF=0' : choice.kind === 'none' ? choice.reason : 'not a production build';
      console.log(`[INFO] No master plan PDF in this build: ${reason}.`);
      return;
    }
    const started = Date.now();
    const session = await openPdfSession(outDir);
    try {
      // Both locales at once: each waits on Chromium much of the time.
      await Promise.all(
        PDF_LOCALES.map(async (locale) => {
          const result = await renderMasterPlanPdf({siteDir, buildDir: outDir, locale, session}).catch((error: unknown) => {
            // The build's log shows only the message: say which step and locale, and how to build without the PDF.
            if (!(error instanceof PdfError)) throw error;
            throw new PdfError(`Post-build step "master plan PDF" (${locale}): ${error.message} To build the site without the PDF meanwhile, set MASTERPLAN_PDF=0.`);
          });
          const file = path.join(outDir, downloadPath(locale));
          await writeFileAtomic(file, result.pdf);
          for (const warning of result.warnings) console.log(`[WARNING] ${warning}`);
          console.log(`[INFO] Wrote ${path.relative(siteDir, file)}: ${result.pageCount} pages, ${result.chapters.length} chapters.`);
        }),
      );
    } finally {
      await session.close();
    }
    console.log(`[INFO] Master plan PDFs made in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  },
};
