import {existsSync} from 'node:fs';
import path from 'node:path';

import type {ChapterStatus} from '../../content/status';
import {chapterFilesIn, chapterProblemPlace, readChapter, type ChapterProblem} from '../content/readChapters';
import {docRoute} from '../content/docRoute';
import type {EditionSource} from './edition';
import {PdfError} from './errors';
import {localePrefix, type PdfLocale} from './locales';

/** One chapter as the PDF needs it. */
export interface PdfChapter {
  /** Chapter number from the frontmatter; orders the sidebar and the PDF. */
  number: number;
  title: string;
  status: ChapterStatus;
  /** URL of the chapter's page, e.g. `/rencana-induk/peta-program/` (without the locale prefix). */
  route: string;
  /** The Markdown file the text comes from, relative to the site root. */
  sourceFile: string;
  /** Mermaid diagrams in the chapter; the browser must draw this many before printing. */
  diagrams: number;
}

/** A Mermaid code fence, or the theme's `<Mermaid>` component used directly in MDX. */
const MERMAID_DIAGRAM = /^ {0,3}(`{3,}|~{3,})\s*mermaid\b|<Mermaid\b/gm;

/** A chapter the PDF cannot use: `file:line:column: message` when the place is known. */
function chapterError(problem: ChapterProblem): PdfError {
  return new PdfError(`${chapterProblemPlace(problem)}: ${problem.message}`);
}

/**
 * The chapters of one edition in one locale, in sidebar order (by `chapter`
 * number, as src/plugins/sidebar/sortByChapter.ts orders them), read with the
 * one chapter reader (schema-checked). English text comes from the
 * translation when there is one, as on the site. Docs with Docusaurus's
 * `draft: true` are left out: production builds do not have them. The first
 * bad chapter stops the PDF with a {@link PdfError} naming its file.
 */
export async function loadChapters(options: {siteDir: string; edition: EditionSource; locale: PdfLocale}): Promise<PdfChapter[]> {
  const {siteDir, edition, locale} = options;
  if (!existsSync(edition.sourceDir)) {
    throw new PdfError(`No master plan chapters at ${edition.sourceDir}; run the command from the site's root folder.`);
  }
  const chapters: PdfChapter[] = [];
  for (const relativePath of chapterFilesIn(edition.sourceDir)) {
    const translated = path.join(edition.translatedDir, relativePath);
    const file = locale !== 'id' && existsSync(translated) ? translated : path.join(edition.sourceDir, relativePath);
    const sourceFile = path.relative(siteDir, file).split(path.sep).join('/');
    const {chapter, problem} = await readChapter(siteDir, sourceFile, relativePath.replace(/\.mdx?$/, ''));
    if (problem) throw chapterError(problem);
    if (!chapter) continue;
    const {frontMatter, body} = chapter;
    chapters.push({
      number: frontMatter.chapter,
      title: frontMatter.title,
      status: frontMatter.status,
      route: docRoute({relativePath, slug: frontMatter.slug, versionRoute: edition.versionRoute}),
      sourceFile,
      diagrams: body.match(MERMAID_DIAGRAM)?.length ?? 0,
    });
  }
  return chapters.sort((a, b) => a.number - b.number);
}

/** The built HTML file of a chapter, e.g. `build/en/rencana-induk/peta-program/index.html`. */
export function builtPageFile(buildDir: string, locale: PdfLocale, route: string): string {
  return path.join(buildDir, localePrefix(locale), route, 'index.html');
}
