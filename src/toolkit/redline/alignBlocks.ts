/**
 * Aligns the blocks of two versions of a page. jsdiff matches the blocks
 * whose source is unchanged; between two matches, a removed block and an
 * added one that read alike are one block modified (a changed word), and
 * the rest were really removed or added.
 */
import {diffArrays} from 'diff';

import {tokensOf, type SourceBlock} from './blocks';
import {TEXT_BLOCK_KINDS, type RedlineBlock} from './types';
import {countWords, diffWords, similarity} from './words';

/**
 * A removed and an added text block sharing at least this share of their
 * tokens are the same block, edited. 0.5 pairs a sentence with a few words
 * changed and leaves a rewritten paragraph as removed + added, which reads
 * better than a redline with every word struck.
 */
const SAME_TEXT_BLOCK = 0.5;
/** Code, diagrams and math change more freely and are shown whole: a lower bar. */
const SAME_WHOLE_BLOCK = 0.3;
/** Above this many candidate pairs in one changed stretch, blocks are paired by kind and order only (keeps a rewritten 2,000-word chapter linear). */
const MAX_PAIRINGS = 40_000;

function canPair(before: SourceBlock, after: SourceBlock): boolean {
  const bothText = TEXT_BLOCK_KINDS.has(before.kind) && TEXT_BLOCK_KINDS.has(after.kind);
  return bothText || before.kind === after.kind;
}

function threshold(block: SourceBlock, candidate: SourceBlock): number {
  // A table cell keeps its place in the table: a cell replaced by a cell is that cell edited (`2016` → `2017`).
  if (block.kind === 'tableCell' && candidate.kind === 'tableCell') return 0;
  return TEXT_BLOCK_KINDS.has(block.kind) ? SAME_TEXT_BLOCK : SAME_WHOLE_BLOCK;
}

function sectionOf(block: SourceBlock): {section?: string} {
  return block.section === undefined ? {} : {section: block.section};
}

function unchanged(before: SourceBlock, after: SourceBlock): RedlineBlock {
  return {kind: after.kind, change: 'unchanged', ...sectionOf(after), before: before.version, after: after.version, wordsAdded: 0, wordsRemoved: 0};
}

function modified(before: SourceBlock, after: SourceBlock): RedlineBlock {
  const base = {kind: after.kind, change: 'modified' as const, ...sectionOf(after), before: before.version, after: after.version};
  if (!TEXT_BLOCK_KINDS.has(after.kind)) return {...base, wordsAdded: 0, wordsRemoved: 0};
  const {segments, wordsAdded, wordsRemoved} = diffWords(before.version.text, after.version.text);
  const markupOnly = segments.every((segment) => segment.op === 'equal');
  return {...base, words: segments, wordsAdded, wordsRemoved, ...(markupOnly ? {markupOnly} : {})};
}

function added(after: SourceBlock): RedlineBlock {
  const isText = TEXT_BLOCK_KINDS.has(after.kind);
  return {
    kind: after.kind,
    change: 'added',
    ...sectionOf(after),
    after: after.version,
    ...(isText ? {words: [{op: 'insert' as const, text: after.version.text}]} : {}),
    wordsAdded: isText ? countWords(after.version.text) : 0,
    wordsRemoved: 0,
  };
}

function removed(before: SourceBlock): RedlineBlock {
  const isText = TEXT_BLOCK_KINDS.has(before.kind);
  return {
    kind: before.kind,
    change: 'removed',
    ...sectionOf(before),
    before: before.version,
    ...(isText ? {words: [{op: 'delete' as const, text: before.version.text}]} : {}),
    wordsAdded: 0,
    wordsRemoved: isText ? countWords(before.version.text) : 0,
  };
}

/** The index in `candidates` (from `start`) of the block that reads most like `block`, if one is alike enough. */
function bestMatch(block: SourceBlock, candidates: readonly SourceBlock[], start: number, byOrderOnly: boolean): number | undefined {
  let best: number | undefined;
  let bestScore = 0;
  for (let index = start; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    if (!canPair(block, candidate)) continue;
    if (byOrderOnly) return candidate.kind === block.kind ? index : undefined;
    const score = similarity(tokensOf(block), tokensOf(candidate));
    if (score >= threshold(block, candidate) && (best === undefined || score > bestScore)) {
      best = index;
      bestScore = score;
    }
  }
  return best;
}

/** Pairs the removed and added blocks of one changed stretch, keeping both in order. */
function alignStretch(removedBlocks: readonly SourceBlock[], addedBlocks: readonly SourceBlock[], out: RedlineBlock[]): void {
  const byOrderOnly = removedBlocks.length * addedBlocks.length > MAX_PAIRINGS;
  // A single whole block replaced by one of its kind is that block edited, however different (a rewritten diagram).
  const single = removedBlocks.length === 1 && addedBlocks.length === 1 && removedBlocks[0]!.kind === addedBlocks[0]!.kind && !TEXT_BLOCK_KINDS.has(removedBlocks[0]!.kind);
  let nextAdded = 0;
  let pendingRemoved: SourceBlock[] = [];
  for (const before of removedBlocks) {
    const match = single ? 0 : bestMatch(before, addedBlocks, nextAdded, byOrderOnly);
    if (match === undefined) {
      pendingRemoved.push(before);
      continue;
    }
    out.push(...pendingRemoved.map(removed));
    pendingRemoved = [];
    for (; nextAdded < match; nextAdded++) out.push(added(addedBlocks[nextAdded]!));
    out.push(modified(before, addedBlocks[match]!));
    nextAdded = match + 1;
  }
  out.push(...pendingRemoved.map(removed));
  for (; nextAdded < addedBlocks.length; nextAdded++) out.push(added(addedBlocks[nextAdded]!));
}

/** Every block of both versions in reading order, each unchanged, modified, added or removed. */
export function alignBlocks(before: readonly SourceBlock[], after: readonly SourceBlock[]): RedlineBlock[] {
  const out: RedlineBlock[] = [];
  let beforeIndex = 0;
  let afterIndex = 0;
  let removedBlocks: SourceBlock[] = [];
  let addedBlocks: SourceBlock[] = [];
  const flush = () => {
    if (removedBlocks.length > 0 || addedBlocks.length > 0) alignStretch(removedBlocks, addedBlocks, out);
    removedBlocks = [];
    addedBlocks = [];
  };
  for (const change of diffArrays(
    before.map((block) => block.key),
    after.map((block) => block.key),
  )) {
    const count = change.value.length;
    if (change.removed) {
      removedBlocks.push(...before.slice(beforeIndex, (beforeIndex += count)));
    } else if (change.added) {
      addedBlocks.push(...after.slice(afterIndex, (afterIndex += count)));
    } else {
      flush();
      for (let i = 0; i < count; i++) out.push(unchanged(before[beforeIndex++]!, after[afterIndex++]!));
    }
  }
  flush();
  return out;
}
