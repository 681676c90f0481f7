/**
 * A Markdown body cut at the blank lines between its top-level blocks, so
 * that each piece is parsed once for both versions of a page (most of a
 * changed chapter is unchanged), and plain prose is not parsed at all.
 *
 * Measured on the `diff` benchmark (200 chapters of 2,000 words, both
 * versions, 2 cores at load 12): parsing each file whole with remark took
 * 17.7 s; read piece by piece, plain paragraphs, headings and lists without
 * the parser and the rest in one parser run per page, 0.8 s of CPU
 * (BENCHMARKS.md, diff).
 *
 * A piece never ends inside a fenced code block, a `$$` formula, an HTML
 * comment or a `<pre>`/`<script>`/`<style>`/`<textarea>` block, nor before or
 * just after an indented line (a list item's next paragraph, indented code). One
 * difference from parsing the file whole: a reference link (`[text][id]`)
 * whose definition is in another piece reads as its literal text, in both
 * versions alike. MDX is parsed whole (a component may span blank lines).
 */
import {parseMarkdownTree} from '../check/parseFile';
import {blocksOf, headingBlock, makeBlock, paragraphBlock, type SourceBlock} from './blocks';

/** One piece of a page: its text and the 1-based line it starts on in the file. */
export interface Chunk {
  text: string;
  line: number;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const MATH_OPEN = /^ {0,3}\$\$/;
const RAW_HTML_OPEN = /^ {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/i;

/** The lines that end the construct a line opens, or `undefined` when it opens none that may hold blank lines. */
function closerOf(line: string): ((next: string) => boolean) | undefined {
  const first = line.trimStart().charAt(0);
  // Most lines are prose: only these can open a construct that spans blank lines.
  if (first !== '`' && first !== '~' && first !== '$' && first !== '<' && !line.includes('<!--')) return undefined;
  const fence = FENCE_OPEN.exec(line);
  if (fence) {
    const marker = fence[1]!;
    const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`);
    return (next) => closing.test(next);
  }
  if (MATH_OPEN.test(line)) {
    // `$$ x $$` on one line opens nothing.
    if (/\$\$[ \t]*$/.test(line.trim().slice(2))) return undefined;
    return (next) => /\$\$[ \t]*$/.test(next);
  }
  const raw = RAW_HTML_OPEN.exec(line);
  if (raw && !new RegExp(`</${raw[1]}>`, 'i').test(line)) {
    const end = new RegExp(`</${raw[1]}>`, 'i');
    return (next) => end.test(next);
  }
  const comment = line.lastIndexOf('<!--');
  if (comment !== -1 && !line.includes('-->', comment + 4)) return (next) => next.includes('-->');
  return undefined;
}

const isBlank = (line: string) => line.trim() === '';
function lastFilled(lines: readonly string[]): string {
  for (let index = lines.length - 1; index >= 0; index--) if (!isBlank(lines[index]!)) return lines[index]!;
  return '';
}
const isIndented = (line: string) => line.charCodeAt(0) === 0x20 || line.charCodeAt(0) === 0x09;

/** Cuts `body` (LF line endings), which starts on line `firstLine` of the file, into pieces. */
export function splitChunks(body: string, firstLine: number): Chunk[] {
  const lines = body.split('\n');
  const chunks: Chunk[] = [];
  let current: string[] = [];
  let start = firstLine;
  let closes: ((line: string) => boolean) | undefined;
  const flush = (atEnd = false) => {
    // Blank lines kept while waiting for an indented line belong to no block. The last piece keeps the end of the
    // file whole: a block left open there (a fence, a comment, a `<pre>`) holds it, as it does when the page is parsed whole.
    while (!atEnd && current.length > 0 && isBlank(current[current.length - 1]!)) current.pop();
    if (current.length > 0) chunks.push({text: current.join('\n'), line: start});
    current = [];
  };
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (closes) {
      current.push(line);
      if (closes(line)) closes = undefined;
      continue;
    }
    if (isBlank(line)) {
      if (current.length > 0) current.push(line);
      continue;
    }
    // After an indented line (indented code, an item's next paragraph) the parser still looks back: keep them together.
    if (current.length > 0 && isBlank(current[current.length - 1]!) && !isIndented(line) && !isIndented(lastFilled(current))) flush();
    if (current.length === 0) start = firstLine + index;
    current.push(line);
    closes = closerOf(line);
  }
  flush(true);
  return chunks;
}

/** Characters that may start inline Markdown (or MDX) syntax; a piece without any reads as its own text. */
const INLINE_SYNTAX = /[\\`*_[\]<>!&$|~{}]/;
/** A line that may start a block other than a paragraph (heading, quote, list, thematic break, setext underline). */
const BLOCK_START = /^ {0,3}(?:[#>+=-]|\d{1,9}[.)](?:[ \t]|$))/m;
const PLAIN_HEADING = /^ {0,3}(#{1,6})[ \t]+([^\n#]*?)[ \t]*$/;

const PLAIN_ITEM = /^([-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/;

/**
 * A tight list of one-line items in plain words (`- Program jaringan.`),
 * read without the parser; `undefined` for anything else (nested items,
 * continuation lines, a thematic break `- - -`).
 */
function plainList(text: string): SourceBlock[] | undefined {
  const lines = text.split('\n');
  const items: SourceBlock[] = [];
  let marker: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const item = PLAIN_ITEM.exec(lines[index]!);
    if (!item) return undefined;
    // One list has one kind of bullet (or delimiter); another starts a new list, which the parser should read.
    const kind = /^\d/.test(item[1]!) ? item[1]!.slice(-1) : item[1]!;
    if (marker !== undefined && kind !== marker) return undefined;
    marker = kind;
    const content = item[2]!;
    // An item that is itself a list marker, heading or quote is nested structure.
    if (BLOCK_START.test(content)) return undefined;
    items.push(makeBlock('listItem', content, content, index + 1));
  }
  return items;
}

/**
 * The blocks of a piece of plain prose, without the parser: one paragraph
 * (its words), one ATX heading, or a simple list. `undefined` when the piece holds any
 * Markdown syntax and must be parsed.
 */
function plainBlocks(piece: string): SourceBlock[] | undefined {
  // The last piece of a page ends with the file's newline.
  const text = piece.trimEnd();
  // A blank line inside a piece is before an indented line: indented code, or a list item's next paragraph.
  if (INLINE_SYNTAX.test(text) || /\n[ \t]*\n/.test(text)) return undefined;
  if (!text.includes('\n')) {
    const heading = PLAIN_HEADING.exec(text);
    if (heading) return [headingBlock(heading[2]!, text, 1, heading[1]!.length)];
  }
  if (isIndented(text) || BLOCK_START.test(text)) return plainList(text);
  return [paragraphBlock(text, 1)];
}

/**
 * Parses pieces in one call (joined by blank lines, as they stood in the
 * page), and files each block under the piece it starts in, its line made
 * relative to that piece. One parser run per page instead of one per piece:
 * setting up the parser costs more than a short list takes to parse. A
 * leading blank line keeps a first piece starting with `---` from being
 * taken for frontmatter.
 */
function parsePieces(texts: readonly string[], cache: Map<string, SourceBlock[]>): void {
  const starts: number[] = [];
  let line = 2;
  for (const text of texts) {
    starts.push(line);
    line += text.split('\n').length + 1;
  }
  const joined = `\n${texts.join('\n\n')}`;
  const found = texts.map((): SourceBlock[] => []);
  let piece = 0;
  for (const block of blocksOf(parseMarkdownTree(joined, {mdx: false}), joined)) {
    while (piece + 1 < starts.length && block.version.line >= starts[piece + 1]!) piece++;
    found[piece]!.push({...block, version: {...block.version, line: block.version.line - starts[piece]! + 1}});
  }
  texts.forEach((text, index) => cache.set(text, found[index]!));
}

/**
 * The blocks of a Markdown (not MDX) body, piece by piece; `cache` holds the
 * blocks of pieces already read (lines relative to the piece), so the other
 * version of the page reuses them.
 */
export function chunkedBlocks(body: string, firstLine: number, cache: Map<string, SourceBlock[]>): SourceBlock[] {
  const chunks = splitChunks(body, firstLine);
  const toParse = new Set<string>();
  for (const chunk of chunks) {
    if (cache.has(chunk.text)) continue;
    const plain = plainBlocks(chunk.text);
    if (plain) cache.set(chunk.text, plain);
    else toParse.add(chunk.text);
  }
  if (toParse.size > 0) parsePieces([...toParse], cache);
  const blocks: SourceBlock[] = [];
  for (const chunk of chunks) {
    for (const block of cache.get(chunk.text)!) blocks.push({...block, version: {...block.version, line: block.version.line + chunk.line - 1}});
  }
  return blocks;
}
