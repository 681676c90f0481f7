import {isOverdue} from '../../content/overdue';
import type {ChapterFile, ChapterProblem} from '../content/readChapters';
import {countWords} from './countWords';
import {CHAPTER_STATUSES, STATUS_REPORT_VERSION, type ChapterStatusRow, type FileChange, type StatusCounts, type StatusReport, type TranslationState} from '../../content/status';

/** Everything the report is made from; read from disk and git by {@link collectStatus}, given directly in tests. */
export interface StatusInputs {
  chapters: readonly ChapterFile[];
  problems?: readonly ChapterProblem[];
  /** Last commit per file, keyed by path relative to the site root. */
  changes: ReadonlyMap<string, FileChange>;
  /** English translation state per Indonesian source path. */
  translations: ReadonlyMap<string, TranslationState>;
  /** Program ids in registry order. */
  programIds: readonly string[];
  /** `YYYY-MM-DD`; reviews due before it are overdue. */
  date: string;
}

function emptyCounts(): StatusCounts {
  return Object.fromEntries(CHAPTER_STATUSES.map((status) => [status, 0])) as StatusCounts;
}

/** Builds the status report from chapters and their history. Pure. */
export function buildStatusReport(inputs: StatusInputs): StatusReport {
  const chapters: ChapterStatusRow[] = inputs.chapters.map((chapter) => {
    const front = chapter.frontMatter;
    const reviewBy = front.review_by ?? null;
    const change = inputs.changes.get(chapter.path);
    return {
      chapter: front.chapter,
      id: chapter.id,
      path: chapter.path,
      title: front.title,
      titleEn: chapter.en?.title ?? front.title,
      status: front.status,
      program: front.program ?? null,
      owners: [...front.owners],
      reviewers: [...front.reviewers],
      // Rebuilt so the JSON keys keep their documented order.
      lastChange: change ? {date: change.date, author: change.author, commit: change.commit} : null,
      words: countWords(chapter.body),
      translation: inputs.translations.get(chapter.path) ?? (chapter.en ? 'current' : 'missing'),
      reviewBy,
      reviewOverdue: reviewBy !== null && isOverdue({due: reviewBy}, inputs.date),
      approvedBy: [...(front.approved_by ?? [])],
      approvedOn: front.approved_on ?? null,
    };
  });
  chapters.sort((a, b) => a.chapter - b.chapter);

  const counts = emptyCounts();
  for (const row of chapters) counts[row.status] += 1;
  const programs = [...inputs.programIds, null].map((program) => {
    const programCounts = emptyCounts();
    for (const row of chapters) if (row.program === program) programCounts[row.status] += 1;
    return {program, counts: programCounts};
  });
  return {version: STATUS_REPORT_VERSION, date: inputs.date, chapters, counts, programs, problems: [...(inputs.problems ?? [])]};
}
