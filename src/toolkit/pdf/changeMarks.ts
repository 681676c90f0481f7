/**
 * What a PDF made with `--changes-since` marks: from the redline of each
 * chapter (the blocks of both versions, aligned) to the blocks to find in
 * the print document and the bar each gets. An added or modified block gets
 * a bar beside it; a removed block a short mark where it was (at the top of
 * the block that now follows it, or the bottom of the one before it at the
 * end of a chapter).
 */
import type {PageComparison, RedlineBlock} from '../redline';
import type {BarSpan} from './changeBars';
import type {PdfChapter} from './chapters';
import {chapterAnchor} from './html';
import type {BlockToLocate, ChapterBlocks, ChapterLocations} from './locateBlocks';
import type {PdfStrings} from './strings';

/** What the bars are drawn against: a published edition, or a git ref and the commit it named. */
export type ChangesBase = {edition: string} | {ref: string; commit: string};

/** One chapter's changes since the base. */
export interface ChapterChanges {
  /** True when the base has no such chapter: every block is new. */
  added: boolean;
  comparison: PageComparison;
}

/** The changes a PDF marks. */
export interface PdfChanges {
  base: ChangesBase;
  /** The changed chapters, by their file in the printed version (`PdfChapter.sourceFile`); a chapter not here is unchanged. */
  chapters: ReadonlyMap<string, ChapterChanges>;
  /** Chapters the base has and the printed version no longer has. */
  removedChapters: {title: string; sourceFile: string}[];
  /** Pages that could not be read completely (`file:line:column: message`); compared as far as they could be. */
  warnings: string[];
}

/** Where a change is marked: at a printed block (its index among the blocks the printed version has). */
export interface MarkPlace {
  printed: number;
  /** `block`: a bar the block's height; `before`/`after`: a removal mark at its top or bottom. */
  at: 'block' | 'before' | 'after';
}

/** One changed block, in reading order, and where it is to be marked (none when nothing of the chapter is left to mark it at). */
export interface PlannedChange {
  chapter: PdfChapter;
  block: RedlineBlock;
  place?: MarkPlace;
}

/** The blocks to find in the print document and every change to list, in the order of the chapters. */
export interface ChangePlan {
  toLocate: ChapterBlocks[];
  changes: PlannedChange[];
}

/** Where each block of a chapter is marked, from the aligned blocks of its redline. */
function placesOf(blocks: readonly RedlineBlock[]): {printed: BlockToLocate[]; places: (MarkPlace | undefined)[]} {
  const printed: BlockToLocate[] = [];
  const printedIndex = blocks.map((block) => (block.after ? printed.push({kind: block.kind, text: block.after.text}) - 1 : undefined));
  const places = blocks.map((_, index): MarkPlace | undefined => {
    const own = printedIndex[index];
    if (own !== undefined) return {printed: own, at: 'block'};
    const next = printedIndex.slice(index + 1).find((candidate) => candidate !== undefined);
    if (next !== undefined) return {printed: next, at: 'before'};
    const previous = printedIndex
      .slice(0, index)
      .reverse()
      .find((candidate) => candidate !== undefined);
    return previous === undefined ? undefined : {printed: previous, at: 'after'};
  });
  return {printed, places};
}

/** The changes of the printed chapters, and which of their blocks to find, in chapter order. */
export function planChanges(chapters: readonly PdfChapter[], changes: PdfChanges): ChangePlan {
  const plan: ChangePlan = {toLocate: [], changes: []};
  for (const chapter of chapters) {
    const changed = changes.chapters.get(chapter.sourceFile);
    if (!changed) continue;
    const {blocks} = changed.comparison;
    const {printed, places} = placesOf(blocks);
    const wanted = new Set<number>();
    blocks.forEach((block, index) => {
      if (block.change === 'unchanged') return;
      const place = places[index];
      if (place) wanted.add(place.printed);
      plan.changes.push({chapter, block, ...(place ? {place} : {})});
    });
    if (wanted.size > 0) plan.toLocate.push({anchor: chapterAnchor(chapter.number), blocks: printed, wanted: [...wanted].sort((a, b) => a - b)});
  }
  return plan;
}

/** The bar of each planned change, from where its block was found; `undefined` when it was not. */
export function barSpans(plan: ChangePlan, locations: readonly ChapterLocations[]): (BarSpan | undefined)[] {
  const found = new Map(locations.map(({anchor, located}) => [anchor, new Map(located.map((place) => [place.block, place]))]));
  return plan.changes.map(({chapter, place}) => {
    const located = place && found.get(chapterAnchor(chapter.number))?.get(place.printed);
    if (!place || !located) return undefined;
    if (place.at === 'block') return {kind: 'block', start: located.start, end: located.end};
    return {kind: 'removal', at: place.at === 'before' ? located.start : located.end};
  });
}

/** The base as the cover and the annex name it, e.g. "Edisi 2030-2034", "main (komit 1a2b3c4)", or "komit 1a2b3c4" for a ref that is the commit's hash. */
export function baseName(base: ChangesBase, strings: Pick<PdfStrings, 'editionTitle' | 'changes'>): string {
  if ('edition' in base) return strings.editionTitle(base.edition);
  const namedByHash = base.commit.startsWith(base.ref) || base.ref.startsWith(base.commit);
  return namedByHash ? strings.changes.commitBase(base.commit) : strings.changes.refBase(base.ref, base.commit);
}

/**
 * A warning for a change no bar could be drawn beside, e.g.
 * `docs/rencana-induk/peta-program.md:14: modified paragraph not found in the printed page, so it has no change bar; the annex lists it.`
 */
export function unmarkedWarning({chapter, block}: PlannedChange): string {
  const where = block.after ? `${chapter.sourceFile}:${block.after.line}: ${block.change} ${block.kind}` : `${chapter.sourceFile}: the place of the ${block.kind} removed from line ${block.before?.line ?? 1} of the base`;
  return `${where} not found in the printed page, so it has no change bar; the annex lists it.`;
}
