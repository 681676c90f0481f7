import type {z} from 'zod';

import type {chapterStatusSchema} from '../../content';
import type {FileChange} from '../history/gitHistory';
import type {TranslationState} from '../history/translationState';

/** `draft`, `review` or `approved`. */
export type ChapterStatus = z.output<typeof chapterStatusSchema>;

/** The version of the JSON shape below; raised only when a field changes meaning or disappears. */
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
  /** Planner ids (data/people.yml). */
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

/** Chapters per status. */
export type StatusCounts = Record<ChapterStatus, number>;

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
