/**
 * Everything that can change the master plan PDF of one locale, as a list of
 * parts to hash: the build caches the PDF under that key (scripts/postbuild/
 * masterplanPdf.ts, issue 19) and prints it again only when one part changed.
 */
import path from 'node:path';

import {todayIso} from '../../content/today';
import {chromiumIdentity} from '../browser/pinnedChromium';
import {cacheKeyText, readBuiltPagePart} from '../content/builtPages';
import {installedPackage} from '../fs/installedPackage';
import {readFilesUnder} from '../fs/readFilesUnder';
import {printsFromBuiltHtml} from './assemble';
import {builtPageFile, loadChapters} from './chapters';
import {resolveEdition} from './edition';
import type {PdfLocale} from './locales';
import {pagePartsForPrint} from './pagePartsForPrint';

/** Raise when the entry's meaning changes without any input changing. */
const FORMAT = 'masterplan-pdf-print-inputs 1';

/** Packages whose code or files end up in the PDF: the writer, the browser driver, the print fonts. */
const PACKAGES = ['pdf-lib', 'playwright-core', '@fontsource/noto-sans', '@fontsource/noto-sans-kr', '@fontsource/noto-sans-mono'];

/**
 * Files in the build that a printed chapter can load: stylesheets (and what
 * they import), images and fonts. JavaScript is not among them: chapters are
 * printed from their built HTML, never run (see {@link printsFromBuiltHtml}).
 * The search index and the PDFs themselves are products, not inputs.
 */
const PRINTABLE_ASSETS = '**/*.{css,png,jpg,jpeg,gif,svg,webp,avif,ico,woff,woff2,ttf,otf}';
const PRODUCTS = ['pagefind/**', 'pagefind.partial-*/**'];

/** Each file as its path and content, in path order. */
async function filesWithContent(cwd: string, pattern: string, ignore: string[] = []): Promise<string[]> {
  const files = await readFilesUnder(cwd, pattern, {ignore});
  return files.flatMap((file) => [file.path, Buffer.from(file.data.buffer, file.data.byteOffset, file.data.byteLength).toString('base64')]);
}

/**
 * The parts of the key of the current edition's PDF in `locale`, printed on
 * `date`, or null when a chapter's diagrams are drawn in the browser (its print
 * text then depends on the site's JavaScript, which is not hashed): that PDF is
 * always printed anew.
 *
 * The parts: the day on the cover (the document's creation time, to the
 * second, is a timestamp of the first print); the browser; the packages above;
 * the toolkit's and the content model's sources (the renderer, its strings and
 * styles); the edition and its chapters' numbers, titles and statuses; each
 * chapter's page as printed; and the printable assets of the build.
 */
export async function pdfPrintInputs(options: {siteDir: string; buildDir: string; locale: PdfLocale; date: Date}): Promise<string[] | null> {
  const {siteDir, buildDir, locale, date} = options;
  const edition = resolveEdition({siteDir, buildDir, locale});
  const chapters = await loadChapters({siteDir, edition, locale});
  const pages: string[] = [];
  for (const chapter of chapters) {
    const printed = await readBuiltPagePart(builtPageFile(buildDir, locale, chapter.route), pagePartsForPrint);
    if (!printsFromBuiltHtml(chapter, printed)) return null;
    pages.push(cacheKeyText(printed));
  }
  return [
    FORMAT,
    locale,
    todayIso(date),
    chromiumIdentity(),
    ...PACKAGES.map((name) => installedPackage(siteDir, name)),
    ...(await filesWithContent(path.join(siteDir, 'src'), '{toolkit,content}/**/*')),
    JSON.stringify(edition, (key, value: unknown) => (key === 'sourceDir' || key === 'translatedDir' ? path.relative(siteDir, String(value)) : value)),
    JSON.stringify(chapters),
    ...pages,
    ...(await filesWithContent(buildDir, PRINTABLE_ASSETS, PRODUCTS)),
  ];
}
