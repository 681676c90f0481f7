import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {PDFDocument} from 'pdf-lib';
import type {Page} from 'playwright-core';

import {
  appendChapters,
  finishDocument,
  keepFrontMatter,
  listHeadings,
  startDocument,
  type AssembleChapter,
  type ChapterBatch,
  type DocumentFrame,
  type FinishResult,
  type FontsToLoad,
  type FrontMatter,
} from './assembleDocument';
import {chapterPageRanges, chapterStartPages} from './chapterPages';
import {builtPageFile, loadChapters, type PdfChapter} from './chapters';
import {coverHtml} from './cover';
import {resolveEdition} from './edition';
import {PageRenderError, PdfError} from './errors';
import {chapterAnchor} from './html';
import {localePrefix, type PdfLocale} from './locales';
import {destinationPages, outlineTree, readNamedDestinations, writeOutline} from './outline';
import {pagePartsForPrint} from './pagePartsForPrint';
import {PRINT_FONT_FAMILY, printFontStylesheets, servePrintFonts} from './printFonts';
import {marginBoxText, printStyles} from './printStyles';
import {replacePageContents} from './replacePageContents';
import {openPdfSession, type PdfSession} from './session';
import {PDF_STRINGS} from './strings';
import {tableOfContentsHtml} from './tableOfContents';
import {stampWatermark, watermarkHtml} from './watermark';

/** What to render. */
export interface RenderPdfOptions {
  /** The site root (chapters' frontmatter is read from here). */
  siteDir: string;
  /** The production build to render (`npm run build` output). */
  buildDir: string;
  locale: PdfLocale;
  /** A released edition (Docusaurus docs version); default: the current text. */
  edition?: string;
  /** Render only these chapter numbers (previews, tests); default: all. */
  only?: readonly number[];
  /** The date on the cover; default: now. */
  date?: Date;
  /** A running browser and server to reuse; default: one is opened and closed for this render. */
  session?: PdfSession;
  /** How long a page may take to draw its Mermaid diagrams; default 30 s. */
  diagramTimeoutMs?: number;
  /** Called as the work advances, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number, step: string) => void;
}

/** A chapter as placed in the PDF. */
export interface RenderedChapter extends PdfChapter {
  /** First and last page (1-based) of the chapter in the PDF. */
  firstPage: number;
  lastPage: number;
}

/** The finished PDF and what is in it. */
export interface RenderedPdf {
  pdf: Uint8Array;
  pageCount: number;
  chapters: RenderedChapter[];
  /** Problems that did not stop the PDF, e.g. an image that did not load. */
  warnings: string[];
}

/** How long one chapter page may take to draw its Mermaid diagrams, by default. */
const DIAGRAM_TIMEOUT_MS = 30_000;
/** Chapters handed to the print page per call: bounded, so the message size does not grow with the plan. */
const CHAPTERS_PER_BATCH = 25;
/** Progress steps after the chapters: the print of everything, then the contents' page numbers. */
const PRINT_STEPS = 2;
/** A page of the local server that only the renderer sees; the print document is built on it. */
const PRINT_PATH = '/__masterplan-pdf__/';

function checkBuild(buildDir: string, locale: PdfLocale): void {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new PdfError(`No built site at ${buildDir}. Run \`npm run build\` first, or pass --build-dir.`);
  }
  if (!existsSync(path.join(buildDir, localePrefix(locale), 'index.html'))) {
    throw new PdfError(`The build at ${buildDir} has no "${locale}" pages (${localePrefix(locale)}index.html). Run \`npm run build\`, which builds every locale.`);
  }
}

/** Diagrams drawn at build time: each is one light variant (the dark one is hidden in print). */
function countBuildTimeDiagrams(html: string): number {
  return html.match(/class="?mermaid-diagram__light\b/g)?.length ?? 0;
}

async function capturePage(openPage: () => Promise<Page>, url: string, chapter: PdfChapter, buildDir: string, locale: PdfLocale, timeout: number): Promise<string> {
  // Pages without diagrams, or whose diagrams were drawn at build time (inline
  // SVG, see src/plugins/build-time-mermaid), are complete in the built HTML;
  // diagrams drawn in the browser need the site's JavaScript to run first.
  const built = await readFile(builtPageFile(buildDir, locale, chapter.route), 'utf8');
  if (chapter.diagrams === 0 || countBuildTimeDiagrams(built) >= chapter.diagrams) return pagePartsForPrint(built);
  const page = await openPage();
  const response = await page.goto(url, {waitUntil: 'load'});
  if (!response?.ok()) throw new PageRenderError(url, `the server answered ${response?.status() ?? 'nothing'}`);
  try {
    await page.waitForFunction(
      (count) => document.querySelectorAll('.docusaurus-mermaid-container svg').length >= count,
      chapter.diagrams,
      {timeout},
    );
  } catch {
    const drawn = await page.locator('.docusaurus-mermaid-container svg').count();
    throw new PageRenderError(
      url,
      `${drawn} of its ${chapter.diagrams} Mermaid diagram(s) were drawn within ${timeout / 1000} s; open the page in a browser to see the diagram's error.`,
    );
  }
  return pagePartsForPrint(await page.content());
}

async function printPdf(page: Page): Promise<PDFDocument> {
  // No `outline`: Chromium's bookmarks take their titles from the laid-out text (doubled by Chromium 156);
  // the outline is written afterwards from the headings (see outline.ts).
  // updateMetadata: false keeps Chromium's producer ("Skia/PDF m153"): the PDF says which browser printed it.
  return PDFDocument.load(await page.pdf({preferCSSPageSize: true, printBackground: true, tagged: true}), {updateMetadata: false});
}

/**
 * Renders one edition of the master plan in one locale as a single PDF from
 * the built site: cover, table of contents with the pages chapters really
 * start on, then every chapter on new pages with its title as running header,
 * page numbers, bookmarks, and a DRAF/DRAFT watermark on every page of a
 * chapter that is not approved. Throws {@link PdfError} (or
 * {@link PageRenderError} naming the page) when it cannot.
 */
export async function renderMasterPlanPdf(options: RenderPdfOptions): Promise<RenderedPdf> {
  const {siteDir, buildDir, locale, onProgress} = options;
  const buildRoot = path.resolve(buildDir);
  checkBuild(buildRoot, locale);
  const strings = PDF_STRINGS[locale];
  const edition = resolveEdition({siteDir, buildDir: buildRoot, locale, edition: options.edition});
  const all = await loadChapters({siteDir, edition, locale});
  const chapters = options.only ? all.filter((chapter) => options.only!.includes(chapter.number)) : all;
  if (chapters.length === 0) {
    throw new PdfError(
      all.length === 0
        ? `No master plan chapters in ${path.relative(siteDir, edition.sourceDir) || edition.sourceDir}; add one (\`npx masterplan new chapter "<Judul>"\`) or run the command from the site's root folder.`
        : `No chapter ${options.only!.join(', ')} in the master plan; its chapters are ${all.map((chapter) => chapter.number).join(', ')}.`,
    );
  }
  for (const chapter of chapters) {
    const file = builtPageFile(buildRoot, locale, chapter.route);
    if (!existsSync(file)) {
      throw new PdfError(`Chapter ${chapter.number} (${chapter.sourceFile}) has no built page at ${path.relative(process.cwd(), file)}. Run \`npm run build\` first.`);
    }
  }

  const total = chapters.length + PRINT_STEPS;
  let done = 0;
  const advance = (step: string) => {
    done++;
    onProgress?.(done, total, step);
  };
  const session = options.session ?? (await openPdfSession(buildRoot));
  // One page holds the print document; another, opened only when needed, loads chapter pages whose
  // diagrams the browser must draw (a build without build-time diagrams).
  const page = await session.context.newPage();
  let capturer: Promise<Page> | undefined;
  const openCapturer = (): Promise<Page> =>
    (capturer ??= session.context.newPage().then(async (opened) => {
      await opened.emulateMedia({colorScheme: 'light'});
      return opened;
    }));
  // Paper is light whatever the reader's desktop prefers; the site follows prefers-color-scheme.
  await page.emulateMedia({colorScheme: 'light'});
  try {
    const urlOf = (chapter: PdfChapter) => `${session.origin}/${localePrefix(locale)}${chapter.route.replace(/^\//, '')}`;
    await page.route(`${session.origin}${PRINT_PATH}`, (route) =>
      route.fulfill({contentType: 'text/html; charset=utf-8', body: '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>'}),
    );
    await servePrintFonts(page, session.origin);
    const fontStylesheets = printFontStylesheets(session.origin);
    await page.goto(`${session.origin}${PRINT_PATH}`);
    const date = options.date ?? new Date();
    const title = `${strings.documentTitle} (${strings.editionTitle(edition.name)})`;
    await page.evaluate(startDocument, {
      lang: locale,
      title,
      styles: printStyles(chapters, strings),
      fontStylesheets,
      coverHtml: coverHtml({strings, chapters, edition: edition.name, date}),
      tocHtml: tableOfContentsHtml(chapters, strings),
    } satisfies DocumentFrame);

    const anchorsByPath = Object.fromEntries(chapters.map((chapter) => [new URL(urlOf(chapter)).pathname, chapterAnchor(chapter.number)]));
    const assembled = {missingContent: [] as string[], brokenImages: [] as FinishResult['brokenImages']};
    let batch: AssembleChapter[] = [];
    const appendBatch = async () => {
      if (batch.length === 0) return;
      const appended = await page.evaluate(appendChapters, {chapters: batch, anchorsByPath} satisfies ChapterBatch);
      assembled.missingContent.push(...appended.missingContent);
      batch = [];
    };
    for (const chapter of chapters) {
      const sitePath = `/${localePrefix(locale)}${chapter.route.replace(/^\//, '')}`;
      let html: string;
      try {
        html = await capturePage(openCapturer, urlOf(chapter), chapter, buildRoot, locale, options.diagramTimeoutMs ?? DIAGRAM_TIMEOUT_MS);
      } catch (error) {
        const reason = error instanceof PageRenderError ? error.reason : error instanceof Error ? error.message : String(error);
        throw new PageRenderError(`${sitePath} (${chapter.sourceFile})`, reason);
      }
      batch.push({anchor: chapterAnchor(chapter.number), title: chapter.title, url: urlOf(chapter), html});
      if (batch.length >= CHAPTERS_PER_BATCH) await appendBatch();
      advance(sitePath);
    }
    await appendBatch();
    const marginFonts: FontsToLoad = {fonts: ['400', '700'].map((weight) => `${weight} 10pt ${PRINT_FONT_FAMILY}`), text: marginBoxText(chapters, strings)};
    assembled.brokenImages = (await page.evaluate(finishDocument, marginFonts)).brokenImages;
    const [missing] = assembled.missingContent;
    if (missing) throw new PageRenderError(new URL(missing).pathname, 'it has no `.theme-doc-markdown` content; is it a Docusaurus doc page?');
    const warnings = assembled.brokenImages.map(({anchor, src}) => {
      const chapter = chapters.find((candidate) => chapterAnchor(candidate.number) === anchor);
      return `${chapter?.sourceFile ?? anchor}: image ${src} did not load; its alt text is printed instead.`;
    });

    // The chapters are laid out and printed once, with placeholder page numbers
    // in the table of contents (as wide as real ones); the named destinations of
    // the chapters' anchors (which the contents link to) then say where chapters
    // start, and only the cover and contents are printed again, with those
    // numbers, and drawn over the first pages.
    const headings = await page.evaluate(listHeadings);
    const pdf = await printPdf(page);
    advance('layout');
    const destinations = readNamedDestinations(pdf);
    const pageOf = destinationPages(pdf);
    const startPages = chapterStartPages(chapters, (name) => {
      const destination = destinations.get(name);
      return destination && pageOf(destination);
    });
    const frontPages = startPages[0]! - 1;
    const pages = new Map(chapters.map((chapter, index) => [chapter.number, startPages[index]!]));
    await page.evaluate(keepFrontMatter, {
      tocHtml: tableOfContentsHtml(chapters, strings, pages),
      styles: printStyles(chapters, strings, {totalPages: pdf.getPageCount()}),
    } satisfies FrontMatter);
    const front = await printPdf(page);
    if (front.getPageCount() !== frontPages) {
      throw new PdfError(
        `The cover and contents took ${front.getPageCount()} pages on their own but ${frontPages} before chapter ${chapters[0]!.number} (${chapters[0]!.sourceFile}), ` +
          'so the table of contents cannot be trusted. The front matter must not depend on what follows it: check the cover and contents styles in src/toolkit/pdf/printStyles.ts.',
      );
    }
    await replacePageContents(pdf, front, frontPages);
    advance('table of contents');

    writeOutline(pdf, outlineTree(headings, destinations));
    const pageCount = pdf.getPageCount();
    const ranges = chapterPageRanges(startPages, pageCount);
    const rendered = chapters.map((chapter, index) => ({...chapter, firstPage: ranges[index]!.first, lastPage: ranges[index]!.last}));
    const drafts = rendered.filter((chapter) => chapter.status !== 'approved').map(({firstPage, lastPage}) => ({first: firstPage, last: lastPage}));
    if (drafts.length > 0) {
      await page.setContent(watermarkHtml(strings.draftWatermark, fontStylesheets));
      await page.evaluate(finishDocument, {fonts: [`700 150pt ${PRINT_FONT_FAMILY}`], text: strings.draftWatermark});
      await stampWatermark(pdf, await page.pdf({preferCSSPageSize: true}), drafts);
    }
    pdf.setTitle(title, {showInWindowTitleBar: true});
    pdf.setAuthor(strings.ministries.join('; '));
    pdf.setSubject(strings.subtitle);
    pdf.setLanguage(locale === 'id' ? 'id-ID' : 'en-GB');
    pdf.setCreator('masterplan pdf');
    pdf.setCreationDate(date);
    pdf.setModificationDate(date);
    return {pdf: await pdf.save(), pageCount, chapters: rendered, warnings};
  } finally {
    await page.close();
    await capturer?.then((opened) => opened.close(), () => undefined);
    if (!options.session) await session.close();
  }
}
