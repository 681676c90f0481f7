import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {globSync} from 'tinyglobby';
import type {z} from 'zod';

import {chapterStatusSchema} from '../../content/schemas/chapter';
import {requireFrontmatter} from '../content/frontmatter';
import {docRoute} from './docRoute';
import type {EditionSource} from './edition';
import {PdfError} from './errors';
import {localePrefix, type PdfLocale} from './locales';

/** draft, review or approved, as the chapter schema defines it. */
export type ChapterStatus = z.output<typeof chapterStatusSchema>;

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

/**
 * The chapters of one edition in one locale, in sidebar order (by `chapter`
 * number, as src/plugins/sidebar/sortByChapter.ts orders them). English text
 * comes from the translation when there is one, as on the site. Docs with
 * Docusaurus's `draft: true` are left out: production builds do not have them.
 */
export async function loadChapters(options: {siteDir: string; edition: EditionSource; locale: PdfLocale}): Promise<PdfChapter[]> {
  const {siteDir, edition, locale} = options;
  if (!existsSync(edition.sourceDir)) {
    throw new PdfError(`No master plan chapters at ${edition.sourceDir}; run the command from the site's root folder.`);
  }
  const files = globSync('**/*.{md,mdx}', {cwd: edition.sourceDir}).sort();
  const chapters: PdfChapter[] = [];
  for (const relativePath of files) {
    const translated = path.join(edition.translatedDir, relativePath);
    const file = locale !== 'id' && existsSync(translated) ? translated : path.join(edition.sourceDir, relativePath);
    const sourceFile = path.relative(siteDir, file);
    const {data, body} = requireFrontmatter(await readFile(file, 'utf8'), sourceFile);
    if (data.draft === true) continue;
    const status = chapterStatusSchema.safeParse(data.status);
    if (typeof data.title !== 'string' || typeof data.chapter !== 'number' || !status.success) {
      throw new PdfError(
        `${sourceFile}: a master plan chapter needs \`title\`, \`chapter\` (a number) and \`status\` (draft, review or approved) in its frontmatter.`,
      );
    }
    chapters.push({
      number: data.chapter,
      title: data.title,
      status: status.data,
      route: docRoute({
        relativePath,
        slug: typeof data.slug === 'string' ? data.slug : undefined,
        id: typeof data.id === 'string' ? data.id : undefined,
        versionRoute: edition.versionRoute,
      }),
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
