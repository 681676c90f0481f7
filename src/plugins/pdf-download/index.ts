import type {LoadContext, Plugin} from '@docusaurus/types';

import {chooseChromium} from '../../toolkit/browser/pinnedChromium';
import {postbuildStepsFollow} from '../complete-build/buildKind';
import {isPdfLocale, pdfFileName} from '../../toolkit/pdf/locales';
import {PDF_STRINGS} from '../../toolkit/pdf/strings';
import type {PdfDownloadData} from '../../content/siteData/pdfDownload';

/**
 * Why the post-build step (scripts/postbuild/masterplanPdf.ts) would make no
 * PDF, or `null` when it makes one: it needs a browser (the pinned Chromium,
 * or CHROME_PATH), and MASTERPLAN_PDF=0 turns it off.
 */
export function pdfSkipReason(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.MASTERPLAN_PDF === '0') return 'MASTERPLAN_PDF=0';
  const chromium = chooseChromium(env);
  return chromium.kind === 'none' ? chromium.reason : null;
}

/**
 * Whether this build will make the master plan PDF: only a production build
 * whose post-build steps follow (`npm run build`), and only when
 * {@link pdfSkipReason} finds no reason against it. The post-build step asks
 * the same question, and fails the build if it then cannot make the PDF, so a
 * finished build never links to a missing file.
 */
export function buildMakesPdf(env: NodeJS.ProcessEnv = process.env): boolean {
  return postbuildStepsFollow(env) && pdfSkipReason(env) === null;
}

/**
 * Publishes, as global data, the link to the PDF for the master plan's first
 * page (src/components/MasterPlanDownload). Deciding here rather than editing
 * the built HTML keeps the link in React's tree, so it is there after
 * client-side navigation too and hydration never trips over it.
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
  };
}
