/**
 * What the short formats (terminal, pull-request comment) show of a page:
 * its changed blocks, each cut down to the changes and a few words around
 * them. The HTML redline shows blocks whole.
 */
import type {PageRedline, RedlineBlock, WordSegment} from '../types';

/** Words of unchanged text kept on each side of a change in an excerpt. */
export const CONTEXT_WORDS = 6;
/** Words of one insertion or deletion shown in an excerpt (a whole new paragraph would crowd out the other pages). */
export const CHANGE_WORDS = 40;

/** The blocks of a page that changed, in reading order. */
export function changedBlocks(page: PageRedline): RedlineBlock[] {
  return page.comparison.blocks.filter((block) => block.change !== 'unchanged');
}

/**
 * The segments with long unchanged runs shortened to {@link CONTEXT_WORDS}
 * words beside each change, and long changes to {@link CHANGE_WORDS} words
 * (`…` marks what was left out).
 */
export function trimContext(segments: readonly WordSegment[], contextWords = CONTEXT_WORDS): WordSegment[] {
  return segments.map((segment, index) => {
    if (segment.op !== 'equal') {
      const words = segment.text.split(' ');
      return words.length <= CHANGE_WORDS + 1 ? segment : {op: segment.op, text: `${words.slice(0, CHANGE_WORDS + 1).join(' ')} …`};
    }
    const leading = segment.text.startsWith(' ') ? ' ' : '';
    const words = segment.text.trimStart().split(' ');
    const keepStart = index > 0 ? contextWords : 0;
    const keepEnd = index < segments.length - 1 ? contextWords : 0;
    if (words.length <= keepStart + keepEnd + 1) return segment;
    const kept = [words.slice(0, keepStart).join(' '), '…', words.slice(words.length - keepEnd).join(' ')];
    return {op: 'equal', text: leading + kept.filter(Boolean).join(' ')};
  });
}

/** The line where a block is in the newer version (the older one for a removal). */
export function blockLine(block: RedlineBlock): number {
  return (block.after ?? block.before)?.line ?? 1;
}
