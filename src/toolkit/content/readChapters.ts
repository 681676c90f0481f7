import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {chapterSchema, COLLECTIONS, formatIssues, type Chapter} from '../../content';
import {readFrontmatter} from './frontmatter';

/** The master plan collection (`docs/rencana-induk/`). */
export const MASTER_PLAN = COLLECTIONS.find((collection) => collection.id === 'rencana-induk')!;

/** One chapter page read from disk, its frontmatter checked against the chapter schema. */
export interface ChapterPage {
  /** Path relative to the site root, `/`-separated (`docs/rencana-induk/pendahuluan.md`). */
  path: string;
  /** Document id: the path inside its folder without extension (`pendahuluan`). */
  id: string;
  frontMatter: Chapter;
  /** The whole file, frontmatter included (what a translation's source hash is taken of). */
  text: string;
  /** The Markdown after the frontmatter. */
  body: string;
}

/** A master plan chapter as read from disk, with its English counterpart if there is one. */
export interface ChapterFile extends ChapterPage {
  /** The English translation, when its file exists; `frontMatter` is `{}` when malformed (the content check names the file). */
  en?: {path: string; title: string; body: string; frontMatter: Record<string, unknown>};
}

/** A chapter file whose frontmatter cannot be read or does not pass the chapter schema. */
export interface ChapterProblem {
  path: string;
  /** What is wrong and what to do; several schema issues are joined with `; `. */
  message: string;
  /** Where, for malformed YAML (1-based). */
  line?: number;
  column?: number;
}

/** Where a problem is: `docs/rencana-induk/x.md`, or `docs/rencana-induk/x.md:6:3` when its line is known. */
export function chapterProblemPlace({path: file, line, column}: ChapterProblem): string {
  return line === undefined ? file : `${file}:${line}:${column ?? 1}`;
}

/**
 * What one file of a chapter folder holds: a chapter, a problem, or neither
 * (an overview page without a `chapter` number, or a Docusaurus `draft: true`
 * page, which production builds leave out).
 */
export type ChapterRead = {chapter: ChapterPage; problem?: undefined} | {chapter?: undefined; problem: ChapterProblem} | {chapter?: undefined; problem?: undefined};

/** The Markdown files of a chapter folder, relative to it, in a stable order. */
export function chapterFilesIn(dir: string): string[] {
  return globSync('**/*.{md,mdx}', {cwd: dir}).sort();
}

/**
 * A page's text. Synchronous, as the checker reads (src/toolkit/check/parseFile.ts).
 * In a build, each awaited read waits for the other plugins' turns of the
 * event loop: with a neighbour doing 10 ms of work per turn, the status report
 * of the 3,000-page corpus (1,890 chapters) took 84 s reading one file at a
 * time, 5.4 s reading synchronously (issue 19). Alone, the reads took
 * 300-640 ms awaited one by one, 160-220 ms with 16 in flight, 25 ms synchronous.
 */
function readPage(siteDir: string, relativePath: string): string {
  return readFileSync(path.join(siteDir, relativePath), 'utf8');
}

/**
 * Reads one chapter file (`relativePath` from the site root; `id` its path
 * inside its folder) and checks its frontmatter against the chapter schema.
 * The one chapter reader: the status report, CODEOWNERS and the PDF all read
 * chapters through it. Never throws for bad content; the problem says what is
 * wrong, where, and what to do.
 */
export async function readChapter(siteDir: string, relativePath: string, id: string): Promise<ChapterRead> {
  const text = readPage(siteDir, relativePath);
  const page = readFrontmatter(text);
  if (!page.data) {
    // readFrontmatter gives a problem whenever it gives no data.
    const {message, hint, line, column} = page.problems[0]!;
    return {problem: {path: relativePath, message: `${message}. ${hint}`, line, column}};
  }
  if (page.data.chapter === undefined || page.data.draft === true) return {};
  const parsed = chapterSchema.safeParse(page.data);
  if (!parsed.success) return {problem: {path: relativePath, message: formatIssues(chapterSchema, page.data, parsed.error.issues).join('; ')}};
  return {chapter: {path: relativePath, id, frontMatter: parsed.data, text, body: page.body}};
}

/**
 * Reads every chapter of the master plan (the Indonesian folder), sorted by chapter number. Files with invalid
 * frontmatter are left out and listed as problems; a broken translation keeps
 * its chapter (the content check names the file).
 */
export async function readChapters(siteDir: string): Promise<{chapters: ChapterFile[]; problems: ChapterProblem[]}> {
  const chapters: ChapterFile[] = [];
  const problems: ChapterProblem[] = [];
  for (const file of chapterFilesIn(path.join(siteDir, MASTER_PLAN.dir))) {
    const read = await readChapter(siteDir, `${MASTER_PLAN.dir}/${file}`, file.replace(/\.mdx?$/, ''));
    if (read.problem) problems.push(read.problem);
    if (!read.chapter) continue;
    const enPath = `${MASTER_PLAN.enDir}/${file}`;
    let en: ChapterFile['en'];
    if (existsSync(path.join(siteDir, enPath))) {
      const enPage = readFrontmatter(readPage(siteDir, enPath));
      en = {path: enPath, title: typeof enPage.data?.title === 'string' ? enPage.data.title : read.chapter.frontMatter.title, body: enPage.body, frontMatter: enPage.data ?? {}};
    }
    chapters.push({...read.chapter, ...(en ? {en} : {})});
  }
  chapters.sort((a, b) => a.frontMatter.chapter - b.frontMatter.chapter);
  return {chapters, problems};
}
