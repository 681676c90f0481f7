/**
 * The pure core of the redline: two texts of one page in, blocks aligned and
 * redlined, frontmatter changes and counts out. No file system, no git.
 */
import {parseMarkdownTree} from '../check/parseFile';
import {readFrontmatter} from '../content/frontmatter';
import {alignBlocks} from './alignBlocks';
import {blocksOf, type SourceBlock} from './blocks';
import {compareMetadata} from './metadata';
import type {FileKind, PageComparison, PageProblem, PageVersions} from './types';

/** One version of a page, parsed once: its frontmatter fields and its blocks. */
export interface ReadPage {
  /** The frontmatter fields; `undefined` when they cannot be read (see `problems`). */
  data: Record<string, unknown> | undefined;
  blocks: SourceBlock[];
  /** Malformed frontmatter or MDX, with positions in the file. */
  problems: Omit<PageProblem, 'side'>[];
}

/** The file kind of a page path: `.mdx` is MDX, anything else Markdown. */
export function fileKindOf(file: string): FileKind {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/**
 * Reads one version of a page: line endings made LF (CRLF is no change),
 * frontmatter through the one frontmatter reader, the body through the
 * checker's parser. MDX that does not parse is reported and read as plain
 * Markdown, so its prose is still compared.
 */
export function readPage(text: string, kind: FileKind): ReadPage {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const {data, problems: frontmatterProblems} = readFrontmatter(normalized);
  const problems: ReadPage['problems'] = frontmatterProblems.map(({message, line, column, hint}) => ({message, line, column, hint}));
  let tree;
  try {
    tree = parseMarkdownTree(normalized, {mdx: kind === 'mdx'});
  } catch (error) {
    const place = error as {line?: number; column?: number; reason?: string; message?: string};
    problems.push({
      message: `Cannot parse the MDX: ${place.reason ?? place.message ?? String(error)}`,
      line: place.line ?? 1,
      column: place.column ?? 1,
      hint: 'Escape a literal { or < as \\{ or \\<; the page was compared as plain Markdown.',
    });
    tree = parseMarkdownTree(normalized, {mdx: false});
  }
  return {data, blocks: blocksOf(tree, normalized), problems};
}

/** Compares two versions of a page already read with {@link readPage} (`undefined`: the page does not exist in that version). */
export function compareReadPages(before: ReadPage | undefined, after: ReadPage | undefined): PageComparison {
  const blocks = alignBlocks(before?.blocks ?? [], after?.blocks ?? []);
  // Metadata is compared only when both sides can be read: a broken frontmatter is a problem, not "every field removed".
  const metadata = (before === undefined || before.data !== undefined) && (after === undefined || after.data !== undefined) ? compareMetadata(before?.data ?? {}, after?.data ?? {}) : [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  const sections = new Set<string>();
  for (const block of blocks) {
    wordsAdded += block.wordsAdded;
    wordsRemoved += block.wordsRemoved;
    if (block.change !== 'unchanged' && block.section !== undefined) sections.add(block.section);
  }
  const problems: PageProblem[] = [
    ...(before?.problems ?? []).map((problem) => ({side: 'before' as const, ...problem})),
    ...(after?.problems ?? []).map((problem) => ({side: 'after' as const, ...problem})),
  ];
  return {
    blocks,
    metadata,
    wordsAdded,
    wordsRemoved,
    sectionsTouched: [...sections],
    changed: metadata.length > 0 || blocks.some((block) => block.change !== 'unchanged'),
    problems,
  };
}

/**
 * Compares two texts of one page, block by block and word by word.
 *
 * @example
 * const comparison = comparePage({before: '# Judul\n\nSatu dua.', after: '# Judul\n\nSatu tiga.', kind: 'md'});
 * comparison.blocks[1]?.words; // [{op: 'equal', text: 'Satu'}, {op: 'delete', text: ' dua'}, {op: 'insert', text: ' tiga'}, {op: 'equal', text: '.'}]
 */
export function comparePage({before, after, kind}: PageVersions): PageComparison {
  return compareReadPages(before === undefined ? undefined : readPage(before, kind), after === undefined ? undefined : readPage(after, kind));
}
