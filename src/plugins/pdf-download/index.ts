import path from 'node:path';

import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {findChromium} from '../../toolkit/browser/findChromium';
import {INSTALL_CHROMIUM_HINT} from '../../toolkit/browser/findChromium';
import {isPdfLocale, localePrefix, pdfFileName} from '../../toolkit/pdf/locales';
import {PDF_STRINGS} from '../../toolkit/pdf/strings';
import {startPdf, waitForPdfs} from './pdfsWhileBuilding';

/** What the master plan's first page needs to offer the PDF; `null` when the build makes none. */
export interface PdfDownloadData {
  download: {
    /** URL of the PDF relative to the locale's base URL, e.g. `/unduh/rencana-induk-id.pdf`. */
    href: string;
    label: string;
  } | null;
}

/**
 * Whether this build will make the master plan PDF: only production builds,
 * only when a system Chromium exists, and not when MASTERPLAN_PDF=0. The
 * plugin below links the PDF and makes it on the same answer, and the build
 * fails if it then cannot make it, so a finished build never links to a
 * missing file.
 */
export function buildMakesPdf(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production' && env.MASTERPLAN_PDF !== '0' && findChromium(env) !== null;
}

/** The locale Docusaurus builds last: the default locale first, then the others in configured order. */
function lastLocaleBuilt({defaultLocale, locales}: LoadContext['i18n']): string {
  return locales.filter((locale) => locale !== defaultLocale).at(-1) ?? defaultLocale;
}

/**
 * Publishes, as global data, the link to the PDF for the master plan's first
 * page (src/components/MasterPlanDownload), and makes that PDF once the
 * locale's pages are built. Deciding here rather than editing the built HTML
 * keeps the link in React's tree, so it is there after client-side
 * navigation too and hydration never trips over it.
 */
export default function pluginPdfDownload(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale;
  return {
    name: 'masterplan-pdf-download',
    async contentLoaded({actions}) {
      const download = buildMakesPdf() && isPdfLocale(locale)
        ? {href: `/unduh/${pdfFileName(locale)}`, label: PDF_STRINGS[locale].downloadLink}
        : null;
      actions.setGlobalData({download} satisfies PdfDownloadData);
    },
    async postBuild({outDir}) {
      if (!isPdfLocale(locale)) return;
      if (!buildMakesPdf()) {
        if (locale === context.i18n.defaultLocale) {
          const reason = process.env.MASTERPLAN_PDF === '0' ? 'MASTERPLAN_PDF=0' : `no Chromium found (${INSTALL_CHROMIUM_HINT})`;
          logger.info(`No master plan PDF in this build: ${reason}.`);
        }
        return;
      }
      // outDir is the locale's folder (build/en for English); the renderer wants the build's root.
      const buildRoot = localePrefix(locale) ? path.dirname(outDir) : outDir;
      startPdf({siteDir: context.siteDir, buildRoot, locale});
      // The earlier locales' PDFs were printed while this locale built; only the last locale's adds to the build.
      if (locale !== lastLocaleBuilt(context.i18n)) return;
      const waited = await waitForPdfs();
      logger.info(`The build waited ${(waited / 1000).toFixed(1)} s for the master plan PDFs.`);
    },
  };
}
