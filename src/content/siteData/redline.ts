/**
 * What the redline plugin (src/plugins/redline) hands to chapter headers, the
 * changes page (`/rencana-induk/perubahan/`) and each chapter's redline page
 * (issue 17). Plain types, no zod: components import them.
 */
import type {BlockKind, ChangeKind, WordSegment} from '../redline';

/** The plugin's name, under which its global data is found (`usePluginData(REDLINE_PLUGIN)`). */
export const REDLINE_PLUGIN = 'redline';

/**
 * Global data, in every page's main bundle: only what a chapter header needs
 * to say "changed since approval" (one string per such chapter; the page-weight budget).
 */
export interface RedlineGlobalData {
  /** Chapter permalink -> its redline page's permalink, for each chapter approved and changed since. */
  changedSinceApproval: Record<string, string>;
}

/** Against what a chapter's changes are shown. */
export type RedlineBasis =
  /** The version the commit that set the chapter's current `approved_on` holds. */
  | {
      kind: 'approval';
      /** `approved_on` as the frontmatter says, `YYYY-MM-DD`. */
      approvedOn: string;
      /** The team and person ids the frontmatter's `approved_by` lists (names: the status board's global data). */
      approvedBy: string[];
      /** The commit that set `approved_on`: full object name, and its committer date (ISO 8601 with offset). */
      commit: string;
      committedOn: string;
    }
  /** The last published edition (versions.json). */
  | {
      kind: 'edition';
      /** The edition's name (`2030-2034`). */
      edition: string;
      /** The chapter's page in that edition, when it had one. */
      editionPermalink?: string;
    };

/** One block as the redline page shows it: reader's text, not Markdown. */
export interface RedlinePageBlock {
  kind: BlockKind;
  change: ChangeKind;
  /** `words`: text compared word by word (headings, paragraphs, list items, table cells, quotes); `whole`: code, diagrams, math, HTML, admonition titles, shown whole. */
  comparedAs: 'words' | 'whole';
  /** Heading level (1–6), for headings. */
  depth?: number;
  /** Language of a code block. */
  lang?: string;
  /** An admonition's type (`note`, `warning`), for admonition titles. */
  admonition?: string;
  /** True for an item of a numbered list. */
  ordered?: true;
  /** The number a numbered list starts at, on each of its items, when not 1. */
  start?: number;
  /** Text blocks that changed: the words kept, inserted and deleted, in order. */
  words?: WordSegment[];
  /** Unchanged blocks, and whole blocks (code, diagrams, math): the text before and after (the same text for an unchanged block is given as `after` only). */
  before?: string;
  after?: string;
  /** True when only the Markdown changed (a link target, emphasis), not the words. */
  markupOnly?: boolean;
}

/** A changed chapter as the changes page lists it and its redline page heads it. */
export interface ChangedChapter {
  /** Doc id (`peta-program`). */
  id: string;
  chapter: number;
  /** Title in the page's language, as it is now. */
  title: string;
  /** The chapter's page now. */
  permalink: string;
  /** Its redline page (`/rencana-induk/perubahan/peta-program/`). */
  redlinePermalink: string;
  basis: RedlineBasis;
  /** Words (not punctuation) inserted and deleted in the body. */
  wordsAdded: number;
  wordsRemoved: number;
  /** Headings of the sections with a change, in reading order. */
  sectionsTouched: string[];
}

/**
 * How inserted and deleted text is announced to screen readers (visually
 * hidden, around each mark) and explained to sighted readers: the words of
 * every redline (the `masterplan diff` HTML too), from redline-core.
 */
export interface RedlineMarkStrings {
  insertionStart: string;
  insertionEnd: string;
  deletionStart: string;
  deletionEnd: string;
  legend: string;
  /** Visible labels of a whole block (code, diagram, formula) as it was and as it is. */
  before: string;
  after: string;
}

/**
 * The words of a redline page in its language. They travel in the page's own
 * data, not in code.json, whose messages every page's main bundle carries
 * (the page-weight budget). `{name}` is filled in by the page.
 */
export interface RedlinePageStrings {
  title: string;
  description: string;
  /** `{chapter}`, `{link}`. */
  chapterLine: string;
  /** Approval: `{date}`, `{names}`, `{commit}`, `{committedOn}`; edition: `{edition}`. */
  basis: string;
  /** `{added}`, `{removed}`. */
  counts: string;
  /** `{sections}`. */
  sections: string;
  metadata: string;
  textLabel: string;
  readChapter: string;
  allChanges: string;
  marks: RedlineMarkStrings;
}

/** The words of the changes page in its language (see {@link RedlinePageStrings}). */
export interface ChangesIndexStrings {
  title: string;
  description: string;
  intro: string;
  /** Why no chapter is listed, said plainly. */
  nothing: string;
  columns: {number: string; chapter: string; since: string; changes: string; sections: string};
  /** Approval: `{date}`; edition: `{edition}`. */
  since: string;
  /** `{added}`, `{removed}`. */
  counts: string;
}

/** What `/rencana-induk/perubahan/` receives, for one locale. */
export interface ChangesIndexData {
  strings: ChangesIndexStrings;
  /** What the draft is compared with: the last edition when one is published, else each chapter's approval. */
  comparedWith: {kind: 'edition'; edition: string} | {kind: 'approval'};
  /** How many chapters are approved now (so "nothing changed" can say why). */
  approvedChapters: number;
  /** Changed chapters, in chapter order. */
  chapters: ChangedChapter[];
}

/** What one chapter's redline page receives. */
export interface ChapterRedlineData extends ChangedChapter {
  strings: RedlinePageStrings;
  /** The changes page of the chapter's locale (`/en/rencana-induk/perubahan/`). */
  changesPermalink: string;
  /** Frontmatter changes in plain words, in the page's language (`Status: draf → ditinjau`). */
  metadata: string[];
  blocks: RedlinePageBlock[];
}
