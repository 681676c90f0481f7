import {existsSync} from 'node:fs';
import path from 'node:path';

import {assemble} from './assemble';
import {chapterPageRanges} from './chapterPages';
import {baseName, planChanges, type PdfChanges} from './changeMarks';
import {builtPageFile, loadChapters, type PdfChapter} from './chapters';
import {writeContents} from './contents';
import {resolveEdition, type EditionSource} from './edition';
import {PdfError} from './errors';
import {finishChanges} from './finishChanges';
import {layOut} from './layOut';
import {localePrefix, type PdfLocale} from './locales';
import {setMetadata} from './metadata';
import {CHUNK_HTML_CHARACTERS, planChunks} from './printChunks';
import {printFontStylesheets} from './printFonts';
import {openPrintPages, type PrintJob, type PrintPages} from './printPage';
import {openPdfSession, type PdfSession} from './session';
import {PDF_STRINGS} from './strings';
import {watermarkDrafts} from './watermark';

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
  /**
   * How much chapter HTML one print holds (characters); a longer plan is
   * printed in chunks and merged (see printChunks.ts). Default
   * `CHUNK_HTML_CHARACTERS` (2 M); tests set it low to print a small plan in chunks.
   */
  chunkHtmlCharacters?: number;
  /**
   * How many pages an earlier print of this plan took (a build's last PDF): a
   * plan printed in chunks that still takes that many is printed in one pass
   * instead of two; a wrong count costs a second print of every chunk, never
   * a wrong page. Default: none (the pages are counted first).
   */
  expectedPageCount?: number;
  /** Called as the work advances, e.g. to draw a progress bar. */
  onProgress?: (done: number, total: number, step: string) => void;
  /**
   * Changes to mark (`masterplan pdf --changes-since`):
   * a bar in the margin beside every changed block, an annex listing them, and
   * the base named on the cover. Default: none, and the PDF is as without this option.
   */
  changes?: PdfChanges;
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
  /** Problems that did not stop the PDF, e.g. an image that did not load, or a changed block no bar could be drawn beside. */
  warnings: string[];
  /** With `changes`: how many changes the annex lists, and how many of them have a bar. */
  changes?: {listed: number; marked: number};
}

/** How long one chapter page may take to draw its Mermaid diagrams, by default. */
const DIAGRAM_TIMEOUT_MS = 30_000;
/** Progress steps after the chapters: the print of everything, then the contents' page numbers. */
const PRINT_STEPS = 2;

function checkBuild(buildDir: string, locale: PdfLocale): void {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new PdfError(`No built site at ${buildDir}. Run \`npm run build\` first, or pass --build-dir.`);
  }
  if (!existsSync(path.join(buildDir, localePrefix(locale), 'index.html'))) {
    throw new PdfError(`The build at ${buildDir} has no "${locale}" pages (${localePrefix(locale)}index.html). Run \`npm run build\`, which builds every locale.`);
  }
}

/** The edition's chapters to render (all, or those `only` names), each with its built page; throws {@link PdfError} saying what is missing. */
async function chaptersToRender(options: RenderPdfOptions, buildRoot: string, edition: EditionSource): Promise<PdfChapter[]> {
  const {siteDir, locale, only} = options;
  const all = await loadChapters({siteDir, edition, locale});
  const chapters = only ? all.filter((chapter) => only.includes(chapter.number)) : all;
  if (chapters.length === 0) {
    throw new PdfError(
      all.length === 0
        ? `No master plan chapters in ${path.relative(siteDir, edition.sourceDir) || edition.sourceDir}; add one (\`npx masterplan new chapter "<Judul>"\`) or run the command from the site's root folder.`
        : `No chapter ${only!.join(', ')} in the master plan; its chapters are ${all.map((chapter) => chapter.number).join(', ')}.`,
    );
  }
  for (const chapter of chapters) {
    const file = builtPageFile(buildRoot, locale, chapter.route);
    if (!existsSync(file)) {
      throw new PdfError(`Chapter ${chapter.number} (${chapter.sourceFile}) has no built page at ${path.relative(process.cwd(), file)}. Run \`npm run build\` first.`);
    }
  }
  return chapters;
}

/** Each chapter with the pages it ended up on; the last runs to `lastChapterPage`. */
function placeChapters(chapters: readonly PdfChapter[], startPages: readonly number[], lastChapterPage: number): RenderedChapter[] {
  const ranges = chapterPageRanges(startPages, lastChapterPage);
  return chapters.map((chapter, index) => ({...chapter, firstPage: ranges[index]!.first, lastPage: ranges[index]!.last}));
}

/**
 * Renders one edition of the master plan in one locale as a single PDF from
 * the built site, in steps: {@link assemble} the print document (cover,
 * contents, every chapter on new pages with its title as running header and
 * page numbers), {@link layOut} and print it (a long plan in chunks, merged), {@link writeContents} (the pages
 * chapters really start on, and bookmarks), {@link watermarkDrafts} (DRAF or
 * DRAFT on every page of a chapter that is not approved), {@link setMetadata}.
 * With `changes`, the annex of changes follows the chapters and
 * {@link finishChanges} draws the change bars. Throws {@link PdfError} (or `PageRenderError` naming the page) when it cannot.
 */
export async function renderMasterPlanPdf(options: RenderPdfOptions): Promise<RenderedPdf> {
  const {siteDir, locale, onProgress} = options;
  const buildRoot = path.resolve(options.buildDir);
  checkBuild(buildRoot, locale);
  const strings = PDF_STRINGS[locale];
  const edition = resolveEdition({siteDir, buildDir: buildRoot, locale, edition: options.edition});
  const chapters = await chaptersToRender(options, buildRoot, edition);
  const title = `${strings.documentTitle} (${strings.editionTitle(edition.name)})`;
  const chunkHtmlCharacters = options.chunkHtmlCharacters ?? CHUNK_HTML_CHARACTERS;
  const date = options.date ?? new Date();

  const total = chapters.length + PRINT_STEPS;
  let done = 0;
  const advance = (step: string) => onProgress?.(++done, total, step);

  const session = options.session ?? (await openPdfSession(buildRoot));
  let pages: PrintPages | undefined;
  try {
    pages = await openPrintPages(session);
    const job: PrintJob = {page: pages.page, origin: session.origin, locale, strings, chapters, fontStylesheets: printFontStylesheets(session.origin)};
    if (options.changes) job.changes = {changes: options.changes, plan: planChanges(chapters, options.changes), baseName: baseName(options.changes.base, strings)};
    const {warnings, spans, chapterCharacters} = await assemble(job, {
      title,
      edition: edition.name,
      date,
      buildRoot,
      capturer: pages.capturer,
      diagramTimeoutMs: options.diagramTimeoutMs ?? DIAGRAM_TIMEOUT_MS,
      chunkHtmlCharacters,
      onChapter: advance,
    });
    const layout = await layOut(job, planChunks(chapterCharacters, chunkHtmlCharacters), options.expectedPageCount);
    advance('layout');
    await writeContents(job, layout);
    const changeWarnings = (await finishChanges(job, layout, spans)).warnings;
    advance('table of contents');
    const {pdf} = layout;
    const pageCount = pdf.getPageCount();
    // The annex of changes, when there is one, follows the last chapter.
    const rendered = placeChapters(chapters, layout.startPages, (layout.annexStartPage ?? pageCount + 1) - 1);
    await watermarkDrafts(job, pdf, rendered);
    setMetadata(pdf, {title, strings, locale, date});
    const marked = job.changes && {listed: spans.length, marked: spans.length - changeWarnings.length};
    return {pdf: await pdf.save(), pageCount, chapters: rendered, warnings: [...(options.changes?.warnings ?? []), ...warnings, ...changeWarnings], ...(marked ? {changes: marked} : {})};
  } finally {
    await pages?.close();
    if (!options.session) await session.close();
  }
}
