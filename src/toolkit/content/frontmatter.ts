/**
 * The one frontmatter reader: every part of the toolkit and the local plugins
 * that reads a page's frontmatter goes through here, so a page parses the same
 * way everywhere and malformed YAML is reported at its file, line and column
 * instead of crashing a command with a parser's stack trace.
 *
 * One YAML parser (`yaml`, YAML 1.2 core schema): timestamps stay the strings
 * the author wrote (`2016-03-02T14:35:00+07:00` keeps its offset). Docusaurus
 * itself reads frontmatter with gray-matter (js-yaml); nothing of ours does.
 */
import {location} from 'vfile-location';
import {parseDocument, type Document} from 'yaml';

/** The frontmatter block: `---`, the YAML, `---`, at the very start of the page (after a byte-order mark). */
const FRONTMATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n|(?<=\n))---[ \t]*(?:\r?\n|$)/;

/** What is wrong with a page's frontmatter, where (1-based, in the whole file), and what to do. */
export interface FrontmatterProblem {
  message: string;
  line: number;
  column: number;
  hint: string;
}

/** A page split into its frontmatter and its body. */
export interface Frontmatter {
  /** Whether the page starts with a frontmatter block at all. */
  present: boolean;
  /** The YAML mapping (`{}` when there is no block or it is empty); `undefined` when it is malformed or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** The parsed YAML document, with source positions (relative to {@link yamlOffset}). */
  document: Document | undefined;
  /** Where the YAML text starts in the file (0-based offset). */
  yamlOffset: number;
  /** The page after the frontmatter block. */
  body: string;
  /** Where the body starts in the file (0-based offset). */
  bodyOffset: number;
  /** Why `data` is `undefined`; empty when it is not. */
  problems: FrontmatterProblem[];
}

const YAML_HINT = 'Fix the YAML syntax; quote values that contain ": " or start with a special character, and write a list either as [a, b] or as "- a" lines, not both.';

/** Splits and parses a page's frontmatter; bad YAML becomes {@link FrontmatterProblem}s, never an exception. */
export function readFrontmatter(text: string): Frontmatter {
  const match = FRONTMATTER.exec(text);
  if (!match) return {present: false, data: {}, document: undefined, yamlOffset: 0, body: text, bodyOffset: 0, problems: []};
  const yamlText = match[1] ?? '';
  // The YAML starts on the line after the opening ---.
  const yamlOffset = match[0].indexOf('\n') + 1;
  const bodyOffset = match[0].length;
  const block = {present: true, yamlOffset, body: text.slice(bodyOffset), bodyOffset};
  const document = parseDocument(yamlText, {prettyErrors: false, uniqueKeys: true});
  if (document.errors.length > 0) {
    const positions = location(text);
    const problems = document.errors.map((error) => {
      const point = positions.toPoint(yamlOffset + (error.pos[0] ?? 0));
      return {message: `Malformed YAML: ${error.message.split('\n')[0] ?? error.message}`, line: point?.line ?? 1, column: point?.column ?? 1, hint: YAML_HINT};
    });
    return {...block, data: undefined, document, problems};
  }
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return {...block, data: {}, document, problems: []};
  if (typeof data !== 'object' || Array.isArray(data)) {
    const point = location(text).toPoint(yamlOffset);
    return {...block, data: undefined, document, problems: [{message: 'The frontmatter is not a list of `key: value` fields', line: point?.line ?? 1, column: point?.column ?? 1, hint: 'Write one `key: value` field per line between the two --- lines.'}]};
  }
  return {...block, data: data as Record<string, unknown>, document, problems: []};
}

/** Malformed frontmatter, for commands that stop at the first bad file; the message names the file, line and column. */
export class FrontmatterError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(file: string, problem: FrontmatterProblem) {
    super(`${file}:${problem.line}:${problem.column}: ${problem.message}. ${problem.hint}`);
    this.name = 'FrontmatterError';
    this.file = file;
    this.line = problem.line;
    this.column = problem.column;
  }
}

/** The frontmatter fields of a page; throws {@link FrontmatterError} (naming `file`) when they cannot be read. */
export function frontmatterFields(text: string, file: string): Record<string, unknown> {
  const frontmatter = readFrontmatter(text);
  const [problem] = frontmatter.problems;
  if (problem || !frontmatter.data) throw new FrontmatterError(file, problem ?? {message: 'Unreadable frontmatter', line: 1, column: 1, hint: YAML_HINT});
  return frontmatter.data;
}
