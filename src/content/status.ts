/**
 * Chapter statuses and the status report's shape: what `masterplan status
 * --json` prints, the status board shows and chapter headers label. Plain
 * constants and types, no zod, so components can import them without the
 * schema library (the chapter schema builds its enum from this list).
 */

/**
 * Where a chapter stands, from least to most finished: written, being
 * reviewed, approved by the ministries. The order of the board's columns and
 * of every count.
 */
export const CHAPTER_STATUSES = ['draft', 'review', 'approved'] as const;

/** `draft`, `review` or `approved`. */
export type ChapterStatus = (typeof CHAPTER_STATUSES)[number];

/** Chapters per status. */
export type StatusCounts = Record<ChapterStatus, number>;

/** `missing`: no English file. `stale`: the source changed after the translation. `current`: up to date (or cannot be told). */
export type TranslationState = 'missing' | 'stale' | 'current';

/** The last commit that touched a file. */
export interface FileChange {
  /** Committer date, ISO 8601 with offset (`2016-03-02T14:35:00+07:00`). */
  date: string;
  /** Author name of the commit. */
  author: string;
  /** Full commit hash. */
  commit: string;
}

/** The version of the report's JSON shape; raised only when a field changes meaning or disappears. */
export const STATUS_REPORT_VERSION = 1;

/** One chapter's row on the status board and in `masterplan status --json`. */
export interface ChapterStatusRow {
  /** Chapter number. */
  chapter: number;
  /** Document id, the file name without extension (`pendahuluan`). */
  id: string;
  /** Indonesian source, relative to the site root. */
  path: string;
  /** Indonesian title. */
  title: string;
  /** English title (the Indonesian one when there is no translation). */
  titleEn: string;
  status: ChapterStatus;
  /** Program id (data/programs.yml), or null. */
  program: string | null;
  /** Team (data/teams.yml) or person (data/people.yml) ids. */
  owners: string[];
  reviewers: string[];
  /** Last commit that touched the Indonesian file, or null when git does not know it. */
  lastChange: FileChange | null;
  /** Words in the Indonesian text (prose only). */
  words: number;
  /** State of the English translation. */
  translation: TranslationState;
  /** `review_by`, `YYYY-MM-DD`, or null. */
  reviewBy: string | null;
  /** True when `reviewBy` is before the report's date. */
  reviewOverdue: boolean;
  /** Who approved it and when; empty and null unless `status: approved`. */
  approvedBy: string[];
  approvedOn: string | null;
}

/** What `masterplan status --json` prints and the status board shows. */
export interface StatusReport {
  /** {@link STATUS_REPORT_VERSION}. */
  version: typeof STATUS_REPORT_VERSION;
  /** The date overdue reviews are measured against, `YYYY-MM-DD`. */
  date: string;
  /** Every valid chapter, by number. */
  chapters: ChapterStatusRow[];
  counts: StatusCounts;
  /** Counts per program, in the order of data/programs.yml; `program: null` gathers chapters outside any program. */
  programs: {program: string | null; counts: StatusCounts}[];
  /** Chapter files left out because their frontmatter is invalid (`masterplan check` explains). */
  problems: {path: string; message: string; line?: number; column?: number}[];
}
