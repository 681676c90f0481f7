import path from 'node:path';

import logger from '@docusaurus/logger';

import {writeFileAtomic} from '../../toolkit/fs/atomicWrite';
import {downloadPath, renderMasterPlanPdf, type PdfLocale} from '../../toolkit/pdf';

/**
 * The master plan PDFs of a production build, each started as soon as its
 * locale's pages are written: the Indonesian PDF is printed while Docusaurus
 * builds the English pages (the build leaves most of a second core idle), so
 * only the last locale's PDF adds to the build's time. Docusaurus evaluates
 * the plugins afresh for each locale, so the renders live on `globalThis`.
 */
const STORE = Symbol.for('masterplan.pdfsWhileBuilding');

interface Render {
  locale: PdfLocale;
  /** Resolves to whether the PDF was written. */
  done: Promise<boolean>;
}

function renders(): Render[] {
  const holder = globalThis as typeof globalThis & {[STORE]?: Render[]};
  return (holder[STORE] ??= []);
}

/** Where one locale's PDF comes from and goes. */
export interface PdfJob {
  siteDir: string;
  /** The build's root folder (the default locale's pages); the PDF is written at `downloadPath(locale)` in it. */
  buildRoot: string;
  locale: PdfLocale;
}

async function makePdf({siteDir, buildRoot, locale}: PdfJob): Promise<void> {
  const started = Date.now();
  // Its own browser and server: the renders of different locales overlap in time and close independently.
  const result = await renderMasterPlanPdf({siteDir, buildDir: buildRoot, locale});
  const file = path.join(buildRoot, downloadPath(locale));
  await writeFileAtomic(file, result.pdf);
  for (const warning of result.warnings) logger.warn(warning);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  logger.info(`Master plan PDF (${locale}): ${path.relative(siteDir, file)}, ${result.pageCount} pages, ${result.chapters.length} chapters, in ${seconds} s.`);
}

/**
 * Starts rendering a locale's PDF and returns at once. A failure is reported
 * as soon as it happens and fails the process even if nobody waits (a build
 * of this locale alone); {@link waitForPdfs} then fails too.
 */
export function startPdf(job: PdfJob): void {
  const done = makePdf(job).then(
    () => true,
    (error: unknown) => {
      logger.error(`Master plan PDF (${job.locale}) failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 1;
      return false;
    },
  );
  renders().push({locale: job.locale, done});
}

/** Waits for every PDF started in this process and returns how long it waited; throws if any failed. */
export async function waitForPdfs(): Promise<number> {
  const started = Date.now();
  const outcomes = await Promise.all(renders().map(async (render) => ({locale: render.locale, ok: await render.done})));
  const failed = outcomes.filter((outcome) => !outcome.ok).map((outcome) => outcome.locale);
  if (failed.length > 0) throw new Error(`The master plan PDF (${failed.join(', ')}) could not be made; the error is reported above.`);
  return Date.now() - started;
}
