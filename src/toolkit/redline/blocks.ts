/**
 * A page cut into the blocks a reviewer reads: headings, paragraphs, list
 * items, table cells and quoted paragraphs (compared as text), and code,
 * Mermaid, math, HTML, MDX elements and admonition titles (compared as whole
 * blocks). Lists, quotes, tables, admonitions and MDX elements with Markdown
 * inside are containers: their contents become blocks of their own, so one
 * changed item is one change.
 */
import type {Root} from 'mdast';

import {parseMarkdownTree} from '../check/parseFile';

import {TEXT_BLOCK_KINDS, type BlockKind, type BlockVersion} from './types';
import {tokenize} from './words';

/** One block of one version, ready to be aligned. */
export interface SourceBlock {
  kind: BlockKind;
  version: BlockVersion;
  /** Equal keys mean an unchanged block: the kind and the source with whitespace differences taken out. */
  key: string;
  /** The nearest heading above (the block itself for a heading). */
  section?: string;
}

/** The mdast nodes this module looks at, loosely typed: MDX and math add node types mdast's own union does not list. */
interface AnyNode {
  type: string;
  value?: string;
  alt?: string | null;
  lang?: string | null;
  depth?: number;
  ordered?: boolean | null;
  start?: number | null;
  children?: AnyNode[];
  position?: {start: {line: number; offset?: number}; end: {offset?: number}};
}

/** The text a reader sees in inline content: words of links and emphasis, code and math as written, a hard break as a space. */
function inlineText(node: AnyNode): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'inlineMath':
    case 'html':
      return node.value ?? '';
    case 'mdxTextExpression':
      return `{${node.value ?? ''}}`;
    case 'break':
      return ' ';
    case 'image':
      return node.alt ?? '';
    default:
      return (node.children ?? []).map(inlineText).join('');
  }
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** Code is compared line by line: trailing spaces and a final newline do not count, indentation does. */
const codeKey = (text: string): string => text.replace(/[ \t]+$/gm, '').replace(/\n+$/, '');

type Context = 'listItem' | 'blockquote' | undefined;

/** A block of `kind` (sections are filled in by {@link withSections}, once the blocks are in order). */
export function makeBlock(kind: BlockKind, blockText: string, source: string, line: number, extra: Partial<BlockVersion> = {}): SourceBlock {
  const isText = TEXT_BLOCK_KINDS.has(kind);
  const readerText = isText ? collapse(blockText) : blockText;
  // Plain prose is its own source: collapse it once (it was a tenth of the benchmark's time).
  const sourceKey = isText ? (source === blockText ? readerText : collapse(source)) : codeKey(source);
  // A list item's numbering is markup: an item of a list that became numbered (or starts elsewhere) is modified, not unchanged.
  const numbering = extra.ordered ? `\u0000${extra.start ?? 1}.` : '';
  return {
    kind,
    version: {text: readerText, source, line, ...extra},
    key: `${kind}${numbering}\u0000${sourceKey}`,
  };
}

/** Token texts by reader text: asked for only of blocks that changed, mostly once or twice per page. */
const tokenCache = new Map<string, string[]>();
const TOKEN_CACHE_LIMIT = 10_000;

/**
 * The reader's text of a block as tokens, for telling how alike two blocks
 * are. Computed on demand: most blocks are unchanged and never need them
 * (tokenizing every block took a quarter of the benchmark's time).
 */
export function tokensOf(block: SourceBlock): string[] {
  let tokens = tokenCache.get(block.version.text);
  if (!tokens) {
    if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
    tokens = tokenize(block.version.text).map((token) => token.text);
    tokenCache.set(block.version.text, tokens);
  }
  return tokens;
}

/** A paragraph of plain text (no Markdown syntax in it). */
export function paragraphBlock(source: string, line: number): SourceBlock {
  return makeBlock('paragraph', source, source, line);
}

/** An ATX heading whose text is plain. */
export function headingBlock(text: string, source: string, line: number, depth: number): SourceBlock {
  return makeBlock('heading', text, source, line, {depth});
}

/** What a list's items carry of it: numbered or not, and where the numbering starts when not at 1. */
function numberingOf(list: AnyNode): Partial<BlockVersion> {
  if (!list.ordered) return {};
  return list.start === null || list.start === undefined || list.start === 1 ? {ordered: true} : {ordered: true, start: list.start};
}

/** The numbering of a list whose first item is written `marker` (`-`, `3.`, `1)`), as {@link numberingOf} gives it. */
export function numberingOfMarker(marker: string): Partial<BlockVersion> {
  if (!/^\d/.test(marker)) return {};
  const start = Number.parseInt(marker, 10);
  return start === 1 ? {ordered: true} : {ordered: true, start};
}

/**
 * The opening fence of a Docusaurus admonition (a container directive,
 * https://docusaurus.io/docs/markdown-features/admonitions): `:::note`,
 * `:::note[Title]`, `:::note[Title]{#id}`. Its title is the label, its type the name.
 */
const ADMONITION_OPENING = /^:{3,}([A-Za-z][\w-]*)(?:\[(.*?)\])?(?:\{[^{}]*\})?[ \t]*$/;
/** The closing fence, `:::`: it ends the admonition and prints nothing. */
const ADMONITION_CLOSING = /^:{3,}[ \t]*$/;

/**
 * The block of an admonition fence line (without its indentation): the
 * opening fence is a block whose text is the title (the type when
 * untitled); the closing fence is no block (`[]`); any other line `undefined`.
 */
export function fenceBlocks(line: string, lineNumber: number): SourceBlock[] | undefined {
  if (ADMONITION_CLOSING.test(line)) return [];
  const opening = ADMONITION_OPENING.exec(line);
  if (!opening) return undefined;
  const type = opening[1]!;
  const title = collapse(opening[2] ?? '');
  return [makeBlock('admonition', title === '' ? type : title, line.trimEnd(), lineNumber, {admonition: type})];
}

/** One admonition fence line found in a paragraph: where it is in the text, and its block (none for a closing fence). */
interface FenceLine {
  start: number;
  end: number;
  blocks: SourceBlock[];
}

/**
 * The admonition fence lines of the paragraphs of `tree`. The checker's
 * parser has no directive syntax, so a fence reads as a paragraph's line;
 * Docusaurus (remark-directive) reads it as the start or end of a container.
 * A line of a paragraph is a fence after a quote's `>` and a list's indent.
 */
function fenceLinesOf(tree: Root, text: string): FenceLine[] {
  const fences: FenceLine[] = [];
  const visit = (node: AnyNode): void => {
    if (node.type !== 'paragraph') {
      for (const child of node.children ?? []) visit(child);
      return;
    }
    const start = node.position?.start.offset ?? 0;
    const source = text.slice(start, node.position?.end.offset ?? 0);
    if (!source.includes(':::')) return;
    let offset = start;
    source.split('\n').forEach((line, index) => {
      const prefix = index === 0 ? 0 : /^[ \t>]*/.exec(line)![0].length;
      const blocks = fenceBlocks(line.slice(prefix), (node.position?.start.line ?? 1) + index);
      if (blocks) fences.push({start: offset + prefix, end: offset + line.length, blocks});
      offset += line.length + 1;
    });
  };
  visit(tree as AnyNode);
  return fences;
}

/**
 * The blocks of a page's text (LF line endings) as {@link blocksOf} reads
 * them, admonitions included: when a paragraph holds fence lines, they are
 * turned into spaces (a blank line, so the paragraph ends there, as it does
 * for Docusaurus; offsets and lines unchanged), the text is parsed again,
 * and each opening fence is a block at its line. Throws the parser's error
 * on malformed MDX.
 */
export function readBlocks(text: string, options: {mdx: boolean}): SourceBlock[] {
  const tree = parseMarkdownTree(text, options);
  if (!text.includes(':::')) return blocksOf(tree, text);
  const fences = fenceLinesOf(tree, text);
  if (fences.length === 0) return blocksOf(tree, text);
  let blanked = '';
  let from = 0;
  for (const fence of fences) {
    blanked += text.slice(from, fence.start) + ' '.repeat(fence.end - fence.start);
    from = fence.end;
  }
  blanked += text.slice(from);
  const blocks: SourceBlock[] = [];
  const fenceBlocksInOrder = fences.flatMap((fence) => fence.blocks);
  let next = 0;
  for (const block of blocksOf(parseMarkdownTree(blanked, options), blanked)) {
    while (next < fenceBlocksInOrder.length && fenceBlocksInOrder[next]!.version.line < block.version.line) blocks.push(fenceBlocksInOrder[next++]!);
    blocks.push(block);
  }
  blocks.push(...fenceBlocksInOrder.slice(next));
  return blocks;
}

/** The blocks with their section: the text of the nearest heading above (a heading's own). */
export function withSections(blocks: readonly SourceBlock[]): SourceBlock[] {
  let section: string | undefined;
  return blocks.map((block) => {
    if (block.kind === 'heading') section = block.version.text;
    return section === undefined ? block : {...block, section};
  });
}

/**
 * The blocks of a parsed text in reading order, lines relative to `text`
 * (which must have LF line endings: positions are offsets into it); the
 * frontmatter node is skipped. Sections are not filled in.
 */
export function blocksOf(tree: Root, text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const sourceOf = (node: AnyNode, end?: number): string => text.slice(node.position?.start.offset ?? 0, end ?? node.position?.end.offset ?? 0);

  function push(kind: BlockKind, node: AnyNode, blockText: string, source: string, extra: Partial<BlockVersion> = {}): void {
    blocks.push(makeBlock(kind, blockText, source, node.position?.start.line ?? 1, extra));
  }

  function visit(node: AnyNode, context: Context, numbering: Partial<BlockVersion> = {}): void {
    switch (node.type) {
      case 'yaml':
      case 'thematicBreak':
        return;
      case 'heading':
        push('heading', node, inlineText(node), sourceOf(node), {depth: node.depth ?? 1});
        return;
      case 'paragraph':
        push(context ?? 'paragraph', node, inlineText(node), sourceOf(node), context === 'listItem' ? numbering : {});
        return;
      case 'list':
        for (const child of node.children ?? []) visit(child, context, numberingOf(node));
        return;
      case 'listItem':
        for (const child of node.children ?? []) visit(child, 'listItem', numbering);
        return;
      case 'blockquote':
        for (const child of node.children ?? []) visit(child, context ?? 'blockquote', numbering);
        return;
      case 'table':
        for (const row of node.children ?? []) for (const cell of row.children ?? []) push('tableCell', cell, inlineText(cell), sourceOf(cell));
        return;
      case 'code': {
        const lang = node.lang ?? undefined;
        push(lang === 'mermaid' ? 'mermaid' : 'code', node, node.value ?? '', sourceOf(node), lang ? {lang} : {});
        return;
      }
      case 'math':
        push('math', node, node.value ?? '', sourceOf(node));
        return;
      case 'html':
        push('html', node, node.value ?? '', sourceOf(node));
        return;
      case 'mdxJsxFlowElement': {
        const children = node.children ?? [];
        const firstChild = children[0]?.position?.start.offset;
        if (firstChild === undefined) {
          push('element', node, sourceOf(node), sourceOf(node));
          return;
        }
        // The opening tag (its attributes) is one block; the Markdown inside is read as blocks of its own.
        const openingTag = sourceOf(node, firstChild).trimEnd();
        push('element', node, openingTag, openingTag);
        for (const child of children) visit(child, context, numbering);
        return;
      }
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
        push('element', node, sourceOf(node), sourceOf(node));
        return;
      default:
        push('other', node, sourceOf(node), sourceOf(node));
    }
  }

  for (const child of (tree as AnyNode).children ?? []) visit(child, undefined);
  return blocks;
}
