/**
 * The pure core of the redline: two texts of one page in, blocks aligned and
 * redlined, frontmatter changes and counts out. No file system, no git.
 */
import {readFrontmatter, splitFrontmatter, type Frontmatter} from '../content/frontmatter';
import {alignBlocks} from './alignBlocks';
import {readBlocks, withSections, type SourceBlock} from './blocks';
import {chunkedBlocks} from './chunks';
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

/** What the two versions of one page share once read: their unchanged pieces (chunks.ts) and frontmatter. */
export interface ReadCache {
  pieces: Map<string, SourceBlock[]>;
  frontmatter: Map<string, Pick<Frontmatter, 'data' | 'problems'>>;
}

/** An empty {@link ReadCache}: one per page, shared by its two versions. */
export function newReadCache(): ReadCache {
  return {pieces: new Map(), frontmatter: new Map()};
}

/** The file kind of a page path: `.mdx` is MDX, anything else Markdown. */
export function fileKindOf(file: string): FileKind {
  return file.endsWith('.mdx') ? 'mdx' : 'md';
}

/**
 * Reads one version of a page: line endings made LF (CRLF is no change),
 * frontmatter through the one frontmatter reader, the body through the
 * checker's parser. Markdown is read piece by piece (chunks.ts); `cache`
 * shares the pieces between the two versions of one page, so what did not
 * change is read once. MDX that does not parse is reported and read as
 * plain Markdown, so its prose is still compared.
 */
export function readPage(text: string, kind: FileKind, cache: ReadCache = newReadCache()): ReadPage {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const block = splitFrontmatter(normalized);
  // The frontmatter block sits at the top, so the same block parses the same, at the same positions, in both versions.
  const frontmatterKey = block ? normalized.slice(0, block.bodyOffset) : '';
  let frontmatter = cache.frontmatter.get(frontmatterKey);
  if (!frontmatter) {
    frontmatter = readFrontmatter(block ? frontmatterKey : normalized);
    cache.frontmatter.set(frontmatterKey, frontmatter);
  }
  const {data, problems: frontmatterProblems} = frontmatter;
  const problems: ReadPage['problems'] = frontmatterProblems.map(({message, line, column, hint}) => ({message, line, column, hint}));
  if (kind === 'md') {
    const firstLine = frontmatterKey.split('\n').length;
    return {data, blocks: withSections(chunkedBlocks(block ? block.body : normalized, firstLine, cache.pieces)), problems};
  }
  let blocks: SourceBlock[];
  try {
    blocks = readBlocks(normalized, {mdx: true});
  } catch (error) {
    const place = error as {line?: number; column?: number; reason?: string; message?: string};
    problems.push({
      message: `Cannot parse the MDX: ${place.reason ?? place.message ?? String(error)}`,
      line: place.line ?? 1,
      column: place.column ?? 1,
      hint: 'Escape a literal { or < as \\{ or \\<; the page was compared as plain Markdown.',
    });
    blocks = readBlocks(normalized, {mdx: false});
  }
  return {data, blocks: withSections(blocks), problems};
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
  const cache = newReadCache();
  return compareReadPages(before === undefined ? undefined : readPage(before, kind, cache), after === undefined ? undefined : readPage(after, kind, cache));
}
