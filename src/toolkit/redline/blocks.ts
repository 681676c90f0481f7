/**
 * A page cut into the blocks a reviewer reads: headings, paragraphs, list
 * items, table cells and quoted paragraphs (compared as text), and code,
 * Mermaid, math, HTML and MDX elements (compared as whole blocks). Lists,
 * quotes, tables and MDX elements with Markdown inside are containers: their
 * contents become blocks of their own, so one changed item is one change.
 */
import type {Root} from 'mdast';

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
  return {
    kind,
    version: {text: readerText, source, line, ...extra},
    key: `${kind}\u0000${sourceKey}`,
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

  function visit(node: AnyNode, context: Context): void {
    switch (node.type) {
      case 'yaml':
      case 'thematicBreak':
        return;
      case 'heading':
        push('heading', node, inlineText(node), sourceOf(node), {depth: node.depth ?? 1});
        return;
      case 'paragraph':
        push(context ?? 'paragraph', node, inlineText(node), sourceOf(node));
        return;
      case 'list':
        for (const child of node.children ?? []) visit(child, context);
        return;
      case 'listItem':
        for (const child of node.children ?? []) visit(child, 'listItem');
        return;
      case 'blockquote':
        for (const child of node.children ?? []) visit(child, context ?? 'blockquote');
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
        for (const child of children) visit(child, context);
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
