import type {Page} from 'playwright-core';

import {readBuiltPagePart} from '../content/builtPages';
import {
  appendAnnex,
  appendChapters,
  finishDocument,
  packChapters,
  settleImages,
  startDocument,
  type AssembleChapter,
  type BrokenImage,
  type ChapterBatch,
  type DocumentFrame,
  type FontsToLoad,
} from './assembleDocument';
import type {BarSpan} from './changeBars';
import {barSpans} from './changeMarks';
import {ANNEX_ANCHOR, changesAnnexHtml} from './changesAnnex';
import {builtPageFile, type PdfChapter} from './chapters';
import {coverHtml} from './cover';
import type {EditionSource} from './edition';
import {PageRenderError} from './errors';
import {chapterAnchor} from './html';
import {localePrefix, type PdfLocale} from './locales';
import {locateBlocks} from './locateBlocks';
import {pagePartsForPrint} from './pagePartsForPrint';
import {planChunks} from './printChunks';
import {collectGarbage, type JobChanges, type PrintJob} from './printPage';
import {PRINT_FONT_FAMILY} from './printFonts';
import {marginBoxText, printStyles} from './printStyles';
import {tableOfContentsHtml} from './tableOfContents';

/** Chapters handed to the print page per call: bounded, so the message size does not grow with the plan. */
const CHAPTERS_PER_BATCH = 25;

/** What assembling needs beyond the job. */
export interface AssembleOptions {
  /** The PDF's title, for the document's `<title>`. */
  title: string;
  /** The edition named on the cover. */
  edition: EditionSource['name'];
  /** The date on the cover. */
  date: Date;
  /** The built site the chapter pages are read from. */
  buildRoot: string;
  /** The page that loads chapters whose diagrams the browser must draw. */
  capturer: () => Promise<Page>;
  /** How long a page may take to draw its Mermaid diagrams. */
  diagramTimeoutMs: number;
  /** How much chapter HTML one print holds (see printChunks.ts): a longer plan's chapters are packed as they come in. */
  chunkHtmlCharacters: number;
  /** Called once a chapter is in, with its path on the site. */
  onChapter: (sitePath: string) => void;
}

/** Diagrams drawn at build time: each is one light variant (the dark one is hidden in print). */
function countBuildTimeDiagrams(html: string): number {
  return html.match(/class="?mermaid-diagram__light\b/g)?.length ?? 0;
}

/**
 * Whether a chapter's print text is its built HTML as written (no diagrams, or
 * all drawn at build time, see src/plugins/build-time-mermaid), rather than the
 * page after the site's JavaScript drew its diagrams in the browser.
 */
export function printsFromBuiltHtml(chapter: PdfChapter, built: string): boolean {
  return chapter.diagrams === 0 || countBuildTimeDiagrams(built) >= chapter.diagrams;
}

/** A chapter's path on the site, e.g. `/en/rencana-induk/pendahuluan/`. */
function sitePathOf(chapter: PdfChapter, locale: PdfLocale): string {
  return `/${localePrefix(locale)}${chapter.route.replace(/^\//, '')}`;
}

async function capturePage(openPage: () => Promise<Page>, url: string, chapter: PdfChapter, buildRoot: string, locale: PdfLocale, timeout: number): Promise<string> {
  // Pages without diagrams, or whose diagrams were drawn at build time (inline
  // SVG, see src/plugins/build-time-mermaid), are complete in the built HTML;
  // diagrams drawn in the browser need the site's JavaScript to run first.
  const printed = await readBuiltPagePart(builtPageFile(buildRoot, locale, chapter.route), pagePartsForPrint);
  if (printsFromBuiltHtml(chapter, printed)) return printed;
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

/** The print document built: what {@link assemble} reports. */
export interface Assembled {
  /** Problems that do not stop the PDF (images that did not load). */
  warnings: string[];
  /** The bar of each planned change, `undefined` where its block was not found. */
  spans: (BarSpan | undefined)[];
  /** The size of each chapter's page as sent to the browser (characters of HTML), in the job's order: how the print is split into chunks. */
  chapterCharacters: number[];
}

/**
 * Builds the whole print document on the job's page: cover, table of
 * contents with placeholder page numbers, then every chapter's built page, a
 * batch at a time (packed as they come in when the plan is printed in
 * chunks), and, when the job marks changes, the annex of changes;
 * then waits until its images and margin fonts are in (the text's fonts load
 * as it is laid out for print: layOutForPrint in assembleDocument.ts). Returns the
 * {@link Assembled} report; throws {@link PageRenderError} naming the page that could not be
 * captured.
 */
export async function assemble(job: PrintJob, options: AssembleOptions): Promise<Assembled> {
  const {page, origin, locale, strings, chapters, changes} = job;
  await page.evaluate(startDocument, {
    lang: locale,
    title: options.title,
    styles: printStyles(chapters, strings, {withChanges: changes !== undefined}),
    fontStylesheets: job.fontStylesheets,
    coverHtml: coverHtml({strings, chapters, edition: options.edition, date: options.date, ...(changes ? {changesBase: changes.baseName} : {})}),
    tocHtml: tableOfContentsHtml(chapters, strings, undefined, changes ? {anchor: ANNEX_ANCHOR} : undefined),
  } satisfies DocumentFrame);

  const urlOf = (chapter: PdfChapter) => `${origin}${sitePathOf(chapter, locale)}`;
  const anchorsByPath = Object.fromEntries(chapters.map((chapter) => [new URL(urlOf(chapter)).pathname, chapterAnchor(chapter.number)]));
  const missingContent: string[] = [];
  const brokenImages: BrokenImage[] = [];
  const chapterCharacters: number[] = [];
  let batch: AssembleChapter[] = [];
  let uncollectedCharacters = 0;
  const appendBatch = async () => {
    if (batch.length === 0) return;
    const appended = await page.evaluate(appendChapters, {chapters: batch, anchorsByPath} satisfies ChapterBatch);
    missingContent.push(...appended.missingContent);
    uncollectedCharacters += batch.reduce((sum, chapter) => sum + chapter.html.length, 0);
    batch = [];
    // A plan printed in chunks keeps its chapters out of the page as they come in (packChapters), once their images
    // are settled. Not when marking changes: their blocks are found in the whole document first (markChanges).
    if (!changes && planChunks(chapterCharacters, options.chunkHtmlCharacters).length > 1) {
      brokenImages.push(...(await page.evaluate(settleImages)));
      await page.evaluate(packChapters);
    }
    // The pages passed in are garbage once appended: collected once a chunk's worth of them piled up.
    if (uncollectedCharacters >= options.chunkHtmlCharacters) {
      await collectGarbage(page);
      uncollectedCharacters = 0;
    }
  };
  for (const chapter of chapters) {
    const sitePath = sitePathOf(chapter, locale);
    let html: string;
    try {
      html = await capturePage(options.capturer, urlOf(chapter), chapter, options.buildRoot, locale, options.diagramTimeoutMs);
    } catch (error) {
      const reason = error instanceof PageRenderError ? error.reason : error instanceof Error ? error.message : String(error);
      throw new PageRenderError(`${sitePath} (${chapter.sourceFile})`, reason);
    }
    chapterCharacters.push(html.length);
    batch.push({anchor: chapterAnchor(chapter.number), title: chapter.title, url: urlOf(chapter), html});
    if (batch.length >= CHAPTERS_PER_BATCH) await appendBatch();
    options.onChapter(sitePath);
  }
  await appendBatch();
  const spans = changes ? await markChanges(job, changes) : [];

  const marginFonts: FontsToLoad = {
    fonts: ['400', '700'].map((weight) => `${weight} 10pt ${PRINT_FONT_FAMILY}`),
    text: marginBoxText(chapters, strings, {withChanges: changes !== undefined}),
  };
  brokenImages.push(...(await page.evaluate(settleImages)));
  await page.evaluate(finishDocument, marginFonts);
  const [missing] = missingContent;
  if (missing) throw new PageRenderError(new URL(missing).pathname, 'it has no `.theme-doc-markdown` content; is it a Docusaurus doc page?');
  const warnings = brokenImages.map(({anchor, src}) => {
    const chapter = chapters.find((candidate) => chapterAnchor(candidate.number) === anchor);
    return `${chapter?.sourceFile ?? anchor}: image ${src} did not load; its alt text is printed instead.`;
  });
  return {warnings, spans, chapterCharacters};
}

/**
 * Finds the changed blocks in the chapters just appended (locateBlocks.ts)
 * and appends the annex listing the changes, with placeholder pages. Returns
 * each planned change's bar, `undefined` where its block was not found.
 */
async function markChanges(job: PrintJob, changes: JobChanges): Promise<(BarSpan | undefined)[]> {
  const locations = await job.page.evaluate(locateBlocks, changes.plan.toLocate);
  const spans = barSpans(changes.plan, locations);
  await job.page.evaluate(
    appendAnnex,
    changesAnnexHtml({chapters: job.chapters, changes: changes.changes, plan: changes.plan, spans, strings: job.strings, locale: job.locale}),
  );
  return spans;
}
