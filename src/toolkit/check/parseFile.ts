/**
 * Reads and parses one file, once. Bad input (unreadable, empty, binary, too
 * large, malformed YAML or MDX) becomes positioned `parse` diagnostics instead
 * of exceptions, so one broken file never stops the run.
 */
import {readFileSync} from 'node:fs';

import type {Root} from 'mdast';
import {gfmTableFromMarkdown} from 'mdast-util-gfm-table';
import {gfmTable} from 'micromark-extension-gfm-table';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified, type Processor} from 'unified';

import {parseYamlAt, splitFrontmatter} from '../content/frontmatter';
import {lineIndex} from './lineIndex';
import type {Diagnostic, ParsedFile} from './types';

/** Pages larger than this are reported and not parsed: no real chapter comes close, and it keeps the run fast. */
export const MAX_FILE_BYTES = 1024 * 1024;

/** GFM tables only: the rest of GFM (bare-URL autolinks above all) and directives triple parse time and no rule needs them. */
function remarkGfmTable(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

// CommonMark (MDX for .mdx) + frontmatter + tables + math: what the rules look at, parsed as Docusaurus does.
const markdown = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable).use(remarkMath);
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfmTable).use(remarkMath);

/**
 * A page's Markdown (MDX when `mdx`) as an mdast tree, parsed as the checker
 * parses it; the redline compares two of these. Throws the parser's error
 * (with `line`/`column`) on malformed MDX; CommonMark never fails.
 */
export function parseMarkdownTree(text: string, options: {mdx: boolean}): Root {
  return (options.mdx ? mdx : markdown).parse(text) as Root;
}

/** A finding of the parser, before the file name is attached. */
export type ParseFinding = Omit<Diagnostic, 'file'>;

function parseFinding(message: string, position: {line: number; column: number}, hint?: string, severity: Diagnostic['severity'] = 'error'): ParseFinding {
  return {ruleId: 'parse', severity, message, ...position, ...(hint ? {hint} : {})};
}

function lineColumnOfByte(buffer: Buffer, index: number): {line: number; column: number} {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index; i++) {
    if (buffer[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return {line, column: index - lineStart + 1};
}

/** Parses YAML text that starts at `offset` of the file (the frontmatter reader's parser); syntax errors become findings at file positions. */
function parseYaml(file: ParsedFile, yamlText: string, offset: number, findings: ParseFinding[]): void {
  const lines = file.lines!;
  const {document, problems} = parseYamlAt(yamlText, offset, (at) => lines.position(at));
  for (const problem of problems) findings.push(parseFinding(problem.message, problem, problem.hint));
  file.yaml = {document, data: problems.length === 0 ? document.toJS() : undefined, offset};
}

/**
 * Fills in `file.text`, `file.lines`, `file.yaml` and `file.tree` as far as
 * the input allows, and returns what stood in the way.
 */
export async function parseFile(file: ParsedFile): Promise<ParseFinding[]> {
  const findings: ParseFinding[] = [];
  let buffer: Buffer;
  try {
    // Synchronous: the run is CPU-bound, and one small read is cheaper than a promise round trip per file.
    buffer = readFileSync(file.absolutePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return [parseFinding(`Cannot read the file: ${reason}`, {line: 1, column: 1})];
  }
  if (buffer.length > MAX_FILE_BYTES) {
    const size = (buffer.length / 1024 / 1024).toFixed(1);
    return [parseFinding(`File is ${size} MB, over the 1 MB limit for a page, so it was not checked`, {line: 1, column: 1}, 'Split the page, or move data into a downloadable file under static/.')];
  }
  if (buffer.length === 0 || buffer.toString('utf8').trim() === '') {
    return file.kind === 'page'
      ? [parseFinding('File is empty; a page needs frontmatter with at least a title', {line: 1, column: 1}, 'Add frontmatter (---, title: ..., ---) and content, or delete the file.')]
      : [parseFinding('File is empty', {line: 1, column: 1})];
  }
  const nul = buffer.indexOf(0);
  if (nul !== -1) {
    return [parseFinding(`Binary data (a NUL byte) at byte ${nul}; pages and registries must be UTF-8 text`, lineColumnOfByte(buffer, nul), 'Put images and documents under static/ and link to them.')];
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(buffer);
  } catch {
    return [parseFinding('File is not valid UTF-8 text', {line: 1, column: 1}, 'Save it as UTF-8 in your editor.')];
  }
  // TextDecoder drops a BOM by itself; look at the bytes.
  if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
    text = text.replace(/^\uFEFF/, '');
    findings.push(parseFinding('File starts with a byte-order mark (BOM)', {line: 1, column: 1}, 'Save it as UTF-8 without BOM; some tools then miss the frontmatter.', 'warning'));
  }
  file.text = text;
  file.lines = lineIndex(text);
  const crlf = text.indexOf('\r\n');
  if (crlf !== -1) {
    findings.push(parseFinding('File uses CRLF (Windows) line endings', file.lines.position(crlf), 'Save it with LF line endings (the repository standard).', 'warning'));
  }

  if (file.kind === 'registry') {
    parseYaml(file, text, 0, findings);
    return findings;
  }
  if (file.kind !== 'page') return findings;

  const frontmatter = splitFrontmatter(text);
  if (frontmatter) parseYaml(file, frontmatter.yamlText, frontmatter.yamlOffset, findings);
  if (!file.mdx) {
    // CommonMark never fails to parse, so the tree is built on first use: a rule
    // whose quick text scan finds nothing to look at never pays for it.
    let tree: Root | undefined;
    Object.defineProperty(file, 'tree', {
      configurable: true,
      enumerable: true,
      get: () => (tree ??= markdown.parse(text) as Root),
    });
    return findings;
  }
  try {
    file.tree = mdx.parse(text) as Root;
  } catch (error) {
    const place = error as {line?: number; column?: number; reason?: string; message?: string};
    findings.push(
      parseFinding(`Cannot parse the MDX: ${place.reason ?? place.message ?? String(error)}`, {line: place.line ?? 1, column: place.column ?? 1}, 'Escape a literal { or < as \\{ or \\<, or rename the page to .md if it needs no components.'),
    );
  }
  return findings;
}
