import {describeMetadataChange, TEXT_BLOCK_KINDS, type PageComparison, type RedlineBlock, type RedlineLocale} from '../../toolkit/redline';
import type {ChapterRedlineData, RedlinePageBlock} from '../../content/siteData/redline';

/**
 * The blocks of a comparison as the redline page shows them: the reader's
 * text and the word marks, without the Markdown source and line numbers the
 * command line needs (they would double the page's data for nothing).
 */
export function pageBlocks(blocks: readonly RedlineBlock[]): RedlinePageBlock[] {
  return blocks.map((block) => {
    const shape = block.after ?? block.before;
    const comparedAs = TEXT_BLOCK_KINDS.has(block.kind) ? 'words' : 'whole';
    const common: RedlinePageBlock = {
      kind: block.kind,
      change: block.change,
      comparedAs,
      ...(shape?.depth === undefined ? {} : {depth: shape.depth}),
      ...(shape?.lang === undefined ? {} : {lang: shape.lang}),
    };
    if (block.change === 'unchanged') return {...common, after: block.after?.text ?? ''};
    if (comparedAs === 'words') return {...common, words: block.words ?? [], ...(block.markupOnly ? {markupOnly: true} : {})};
    return {
      ...common,
      ...(block.before === undefined ? {} : {before: block.before.text}),
      ...(block.after === undefined ? {} : {after: block.after.text}),
    };
  });
}

/** What a redline page shows of a comparison, whatever it is compared with: counts, sections, frontmatter changes in words, blocks. */
export function redlineOf(
  comparison: PageComparison,
  locale: RedlineLocale,
): Pick<ChapterRedlineData, 'wordsAdded' | 'wordsRemoved' | 'sectionsTouched' | 'metadata' | 'blocks'> {
  return {
    wordsAdded: comparison.wordsAdded,
    wordsRemoved: comparison.wordsRemoved,
    sectionsTouched: comparison.sectionsTouched,
    metadata: comparison.metadata.map((change) => describeMetadataChange(change, locale)),
    blocks: pageBlocks(comparison.blocks),
  };
}
