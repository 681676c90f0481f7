/**
 * The redline's data: what changed between two versions of a page, block by
 * block and word by word. Plain data (JSON-safe), so the command's formatters,
 * the site's redline pages and the PDF's change bars all read the same thing.
 */

import type {BlockKind, ChangeKind, WordSegment} from '../../content/redline';

export {TEXT_BLOCK_KINDS, type BlockKind, type ChangeKind, type WordSegment} from '../../content/redline';

/** Which parser reads the page: `.md` is CommonMark, `.mdx` is MDX. */
export type FileKind = 'md' | 'mdx';

/** One block as it stands in one version. */
export interface BlockVersion {
  /** What a reader sees: the words of a text block, the source of a code, Mermaid, math or HTML block. */
  text: string;
  /** The block's Markdown source (CRLF turned into LF). */
  source: string;
  /** 1-based line of the block's first character in that version's file. */
  line: number;
  /** Heading level (1–6), for headings only. */
  depth?: number;
  /** Language of a code block (`ts`, `mermaid`), when it has one. */
  lang?: string;
}

/** One block aligned between the two versions. */
export interface RedlineBlock {
  kind: BlockKind;
  change: ChangeKind;
  /** The nearest heading above the block (the block itself for a heading), in the version that has it (after, else before); undefined above the first heading. */
  section?: string;
  /** The block in the older version; absent when added. */
  before?: BlockVersion;
  /** The block in the newer version; absent when removed. */
  after?: BlockVersion;
  /** Word-level redline of a text block that was modified, added or removed (all `insert`/`delete` for the latter two); absent for other kinds and unchanged blocks. */
  words?: WordSegment[];
  /** Words (not punctuation) inserted and deleted in this block; 0 for whole blocks (code, diagrams, math, HTML, elements), which are prose-free. */
  wordsAdded: number;
  wordsRemoved: number;
  /**
   * True when the reader's text is the same but the Markdown is not (a link
   * target, emphasis, an attribute): `modified`, with no word changes.
   */
  markupOnly?: boolean;
}

/** A frontmatter field the redline names in plain words; any other field is `other`. */
export type MetadataField = 'title' | 'chapter' | 'status' | 'owners' | 'reviewers' | 'review_by' | 'approved_by' | 'approved_on' | 'other';

/** One frontmatter field that changed, as data; {@link describeMetadataChange} phrases it. */
export interface MetadataChange {
  field: MetadataField;
  /** The frontmatter key (`status`, or e.g. `description` for `other`). */
  key: string;
  /** The value before and after (JSON values as the YAML gave them); `undefined` when the field was absent. */
  before?: unknown;
  after?: unknown;
  /** For list fields (`owners`, `reviewers`, `approved_by`): the entries that appeared and disappeared. */
  added?: string[];
  removed?: string[];
}

/** Something that stood in the way while reading one version of a page; the rest of the comparison goes on. */
export interface PageProblem {
  /** Which version of the page the problem is in. */
  side: 'before' | 'after';
  message: string;
  /** 1-based line and column in that version's file. */
  line: number;
  column: number;
  /** What to do about it. */
  hint?: string;
}

/** What {@link comparePage} found between two versions of one page. */
export interface PageComparison {
  /** Every block of both versions, in reading order, aligned: unchanged blocks are kept as context. */
  blocks: RedlineBlock[];
  /** Frontmatter fields that changed, in a fixed order (title, chapter, status, owners, reviewers, review_by, approved_by, approved_on, then others by key). */
  metadata: MetadataChange[];
  /** Words inserted and deleted over all blocks. */
  wordsAdded: number;
  wordsRemoved: number;
  /** Headings of the sections with a changed block, in reading order, each once. */
  sectionsTouched: string[];
  /** True when a block or a frontmatter field changed. */
  changed: boolean;
  /** Frontmatter or MDX that could not be parsed; the body is still compared. */
  problems: PageProblem[];
}

/** One version of a page handed to {@link comparePage}: its text, or `undefined` when the page does not exist in that version. */
export interface PageVersions {
  before: string | undefined;
  after: string | undefined;
  kind: FileKind;
}

/** The version of the report's JSON shape (`masterplan diff --format json`); raised only when a field changes meaning or disappears. */
export const REDLINE_REPORT_VERSION = 1;

/** How a page differs as a file: new, gone, edited, renamed in its collection, or moved to another collection. */
export type PageChangeKind = 'added' | 'removed' | 'modified' | 'renamed' | 'moved';

/** One changed page (one language) in a {@link RedlineReport}. */
export interface PageRedline {
  /** Site-relative posix path in the newer version (in the older one when removed), e.g. `docs/rencana-induk/pendahuluan.md`. */
  path: string;
  /** The path in the older version, for a rename or a move. */
  previousPath?: string;
  /** `rencana-induk`, `kurikulum` or `konsultasi`. */
  collection: 'rencana-induk' | 'kurikulum' | 'konsultasi';
  /** The collection in the older version, for a move. */
  previousCollection?: 'rencana-induk' | 'kurikulum' | 'konsultasi';
  /** `id`: the Indonesian source; `en`: its English translation. */
  locale: 'id' | 'en';
  /** Path inside the collection's folder without extension (`pendahuluan`), the same in both languages. */
  id: string;
  change: PageChangeKind;
  /** Frontmatter `title` of the newer version (else the older). */
  title?: string;
  /** Frontmatter `chapter` of the newer version (else the older). */
  chapter?: number;
  comparison: PageComparison;
}

/** A page the redline could not read completely; the comparison went on. */
export interface RedlineDiagnostic {
  /** Site-relative path of the file, in the version named by `version`. */
  file: string;
  /** Which version the file was read from. */
  version: 'base' | 'head';
  line: number;
  column: number;
  /** `error` in the newer version (the author can fix it), `warning` in the older one (history). */
  severity: 'error' | 'warning';
  message: string;
  hint?: string;
}

/** One side of a comparison, as the report names it. */
export interface VersionInfo {
  /** What was asked: a ref, `worktree` or `edition:<name>` (the commit for the default base). */
  spec: string;
  /** For people: `merge base with origin/main (1a2b3c4)`, `working tree`, `edition 2016-2019`. */
  label: string;
  /** The commit, for a git version. */
  commit?: string;
}

/** What changed between two versions of the content: `masterplan diff`'s result. */
export interface RedlineReport {
  /** {@link REDLINE_REPORT_VERSION}. */
  version: typeof REDLINE_REPORT_VERSION;
  base: VersionInfo;
  head: VersionInfo;
  /** Changed pages, by collection (master plan, curricula, consultations), chapter number, id, Indonesian before English. */
  pages: PageRedline[];
  summary: {
    /** Changed pages, each language counted. */
    pages: number;
    /** Master plan chapters with a change in either language, each counted once. */
    chapters: number;
    wordsAdded: number;
    wordsRemoved: number;
    /** Pages whose `status` changed. */
    statusChanges: {path: string; title?: string; before?: string; after?: string}[];
  };
  /** Pages that could not be read completely (malformed frontmatter or MDX). */
  diagnostics: RedlineDiagnostic[];
}
