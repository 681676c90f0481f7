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

/** Where a page's frontmatter block is. */
export interface FrontmatterBlock {
  /** The YAML between the two `---` lines. */
  yamlText: string;
  /** Where the YAML text starts in the file (0-based offset). */
  yamlOffset: number;
  /** The page after the frontmatter block. */
  body: string;
  /** Where the body starts in the file (0-based offset). */
  bodyOffset: number;
}

/** The frontmatter block of a page, or `undefined` when the page does not start with one. */
export function splitFrontmatter(text: string): FrontmatterBlock | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match) return undefined;
  // The YAML starts on the line after the opening ---.
  return {yamlText: match[1] ?? '', yamlOffset: match[0].indexOf('\n') + 1, body: text.slice(match[0].length), bodyOffset: match[0].length};
}

/** What to do about malformed YAML; the checker prints it under each `parse` finding. */
export const YAML_HINT = 'Fix the YAML syntax; quote values that contain ": " or start with a special character.';
/** The frontmatter parsed, but as something other than fields (a list, a lone value). */
export const NOT_FIELDS_MESSAGE = 'Frontmatter must be a list of `key: value` fields';

/**
 * Parses YAML found at `offset` of a file; each syntax error becomes a
 * problem at its place in the file (`positionOf` turns a file offset into a
 * 1-based line and column). Registries are YAML from offset 0.
 */
export function parseYamlAt(
  yamlText: string,
  offset: number,
  positionOf: (offset: number) => {line: number; column: number},
): {document: Document; problems: FrontmatterProblem[]} {
  const document = parseDocument(yamlText, {prettyErrors: false, uniqueKeys: true});
  const problems = document.errors.map((error) => ({
    message: `Malformed YAML: ${error.message.split('\n')[0] ?? error.message}`,
    ...positionOf(offset + (error.pos[0] ?? 0)),
    hint: YAML_HINT,
  }));
  return {document, problems};
}

/** A page split into its frontmatter and its body. */
export interface Frontmatter {
  /** The YAML mapping (`{}` when there is no block or it is empty); `undefined` when it is malformed or not a mapping. */
  data: Record<string, unknown> | undefined;
  /** The page after the frontmatter block (the whole page when it has none). */
  body: string;
  /** Why `data` is `undefined`; empty when it is not. */
  problems: FrontmatterProblem[];
}

/** Splits and parses a page's frontmatter; bad YAML becomes {@link FrontmatterProblem}s, never an exception. */
export function readFrontmatter(text: string): Frontmatter {
  const block = splitFrontmatter(text);
  if (!block) return {data: {}, body: text, problems: []};
  const positions = location(text);
  const positionOf = (offset: number) => {
    const point = positions.toPoint(offset);
    return {line: point?.line ?? 1, column: point?.column ?? 1};
  };
  const {document, problems} = parseYamlAt(block.yamlText, block.yamlOffset, positionOf);
  if (problems.length > 0) return {data: undefined, body: block.body, problems};
  const data: unknown = document.toJS();
  if (data === null || data === undefined) return {data: {}, body: block.body, problems: []};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {data: undefined, body: block.body, problems: [{message: NOT_FIELDS_MESSAGE, ...positionOf(block.yamlOffset), hint: 'Write one `key: value` field per line between the two --- lines.'}]};
  }
  return {data: data as Record<string, unknown>, body: block.body, problems: []};
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

/** A page's frontmatter fields and body; throws {@link FrontmatterError} (naming `file`) when the fields cannot be read. */
export function requireFrontmatter(text: string, file: string): {data: Record<string, unknown>; body: string} {
  const {data, body, problems} = readFrontmatter(text);
  // readFrontmatter gives a problem whenever it gives no data.
  if (!data) throw new FrontmatterError(file, problems[0]!);
  return {data, body};
}
