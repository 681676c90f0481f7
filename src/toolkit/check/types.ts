/**
 * What the checker reports and how rules plug in. A rule is one file exporting
 * a {@link Rule}; adding a rule means one new file and one line in
 * `rules/index.ts`.
 */
import type {Root} from 'mdast';
import type {Document, LineCounter} from 'yaml';

import type {Collection} from '../../content';
import type {Registries} from '../content/registries';
import type {FileChange} from '../history/gitHistory';
import type {LineIndex} from './lineIndex';

/** How serious a finding is. Only `error` fails a run; `info` is a note for editors. */
export type Severity = 'error' | 'warning' | 'info';

/** One finding, at a 1-based line and column of the file as written (BOM excluded). */
export interface Diagnostic {
  /** Posix path relative to the site root, e.g. `docs/rencana-induk/pendahuluan.md`. */
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  severity: Severity;
  /** Id of the rule that found it (`schema`, `terminology`, ...), or `parse` for unreadable input. */
  ruleId: string;
  /** What is wrong, in one sentence. */
  message: string;
  /** What to do about it, when that is not obvious from the message. */
  hint?: string;
}

/** A 1-based position range in a file. */
export interface Span {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** Which part of the site a file belongs to. */
export type FileKind = 'page' | 'registry' | 'other';

/** A file read and parsed once; every rule works on this shared result. */
export interface ParsedFile {
  /** Posix path relative to the site root. */
  path: string;
  absolutePath: string;
  kind: FileKind;
  /** The collection of a page, if it is in one. */
  collection?: Collection;
  /** Path inside the collection folder (`pendahuluan.md`, `2016-.../index.md`). */
  collectionPath?: string;
  locale: 'id' | 'en';
  mdx: boolean;
  /** Text with a BOM removed; undefined when the file could not be read as text. */
  text?: string;
  /** Maps offsets in `text` to lines and columns. */
  lines?: LineIndex;
  /** Frontmatter (pages) or the whole document (registries), with source ranges. */
  yaml?: {document: Document; data: unknown; offset: number};
  /**
   * Markdown tree with positions (pages only). Built on first access for `.md`
   * pages, so a rule should scan `text` cheaply first and touch `tree` only
   * when there may be something to report.
   */
  tree?: Root;
}

/** What every rule can read: the site, its registries, other files, the clock. */
export interface CheckContext {
  siteDir: string;
  registries: Partial<Registries>;
  /** Keys of blog/authors.yml and blog/tags.yml. */
  blogAuthors: Set<string>;
  blogTags: Set<string>;
  /** Every page of the site (posix paths relative to the site root), checked or not. */
  sitePages: Set<string>;
  /** Parses another file of the site (cached), e.g. a page a link points at. */
  file(path: string): Promise<ParsedFile | undefined>;
  /** Last commit per file (empty without git); loaded once, on first use. */
  history(): Promise<Map<string, FileChange>>;
  /** Today, `YYYY-MM-DD`, for date rules. */
  today: string;
  /** Scratch space for caches a rule keeps for the run (not for findings). */
  store: Map<string, unknown>;
  /** Gathers an item in `checkFile` for the rule's `checkProject` (files are released once checked, so keep only what is needed). */
  collect(key: string, item: unknown): void;
  /** Items gathered under `key` (in `checkProject`). */
  collected(key: string): unknown[];
}

/** Adds a finding; the checker fills in the file and the rule id. */
export type Report = (finding: Span & {message: string; hint?: string; severity?: Severity}) => void;

/** A check. `checkFile` runs once per checked file; `checkProject` once per run, after every file. */
export interface Rule {
  /** Stable id shown in reports and used in SARIF (`terminology`). */
  id: string;
  /** One line on what the rule guards. */
  description: string;
  /** Severity of its findings unless the rule says otherwise for a finding. */
  severity: Severity;
  /** Opt-in rules run only when asked for (`--rule spelling`). */
  optIn?: boolean;
  checkFile?(file: ParsedFile, context: CheckContext, report: Report): void | Promise<void>;
  /** Runs after every file was checked, on what `checkFile` gathered with `context.collect`. */
  checkProject?(context: CheckContext, report: (file: string, finding: Parameters<Report>[0]) => void): void | Promise<void>;
}
