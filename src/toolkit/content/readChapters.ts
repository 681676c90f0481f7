import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {chapterSchema, COLLECTIONS, type Chapter} from '../../content';
import {readFrontmatter} from './frontmatter';

/** The master plan collection (`docs/rencana-induk/`). */
export const MASTER_PLAN = COLLECTIONS.find((collection) => collection.id === 'rencana-induk')!;

/** A master plan chapter as read from disk, with its English counterpart if there is one. */
export interface ChapterFile {
  /** Path relative to the site root, `/`-separated (`docs/rencana-induk/pendahuluan.md`). */
  path: string;
  /** Document id: the path inside the collection without extension (`pendahuluan`). */
  id: string;
  frontMatter: Chapter;
  /** The Markdown after the frontmatter. */
  body: string;
  /** The English translation, when its file exists. */
  en?: {path: string; title: string; body: string};
}

/** A chapter file whose frontmatter cannot be read or does not pass the chapter schema; it is left out of reports. */
export interface ChapterProblem {
  path: string;
  message: string;
  /** Where, for malformed YAML (1-based). */
  line?: number;
  column?: number;
}

/**
 * Reads every chapter of the master plan (the Indonesian folder; index pages
 * and pages without a `chapter` number are overviews, not chapters), sorted
 * by chapter number.
 */
export async function readChapters(siteDir: string): Promise<{chapters: ChapterFile[]; problems: ChapterProblem[]}> {
  const files = globSync('**/*.{md,mdx}', {cwd: path.join(siteDir, MASTER_PLAN.dir)}).sort();
  const chapters: ChapterFile[] = [];
  const problems: ChapterProblem[] = [];
  for (const file of files) {
    const relative = `${MASTER_PLAN.dir}/${file}`;
    const page = readFrontmatter(await readFile(path.join(siteDir, relative), 'utf8'));
    if (!page.data) {
      // readFrontmatter gives a problem whenever it gives no data.
      const {message, hint, line, column} = page.problems[0]!;
      problems.push({path: relative, message: `${message}. ${hint}`, line, column});
      continue;
    }
    if (page.data.chapter === undefined) continue;
    const parsed = chapterSchema.safeParse(page.data);
    if (!parsed.success) {
      problems.push({path: relative, message: parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')});
      continue;
    }
    const enPath = `${MASTER_PLAN.enDir}/${file}`;
    let en: ChapterFile['en'];
    if (existsSync(path.join(siteDir, enPath))) {
      const enPage = readFrontmatter(await readFile(path.join(siteDir, enPath), 'utf8'));
      // A broken translation keeps the chapter in reports; the content check names the file.
      en = {path: enPath, title: typeof enPage.data?.title === 'string' ? enPage.data.title : parsed.data.title, body: enPage.body};
    }
    chapters.push({path: relative, id: file.replace(/\.mdx?$/, ''), frontMatter: parsed.data, body: page.body, ...(en ? {en} : {})});
  }
  chapters.sort((a, b) => a.frontMatter.chapter - b.frontMatter.chapter);
  return {chapters, problems};
}
