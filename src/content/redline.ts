/**
 * The redline's words as the site's pages receive them (issue 17): plain
 * types, no zod and no Node, so components can import them. The toolkit's
 * redline (src/toolkit/redline/types.ts) builds on these.
 */

/**
 * What a block of a page is. Text blocks (`heading`, `paragraph`,
 * `listItem`, `tableCell`, `blockquote`) are compared word by word; the
 * others (`code`, `mermaid`, `math`, `html`, `element`, `other`) as whole
 * blocks, shown before and after.
 */
export type BlockKind = 'heading' | 'paragraph' | 'listItem' | 'tableCell' | 'blockquote' | 'code' | 'mermaid' | 'math' | 'html' | 'element' | 'other';

/** Block kinds compared word by word. */
export const TEXT_BLOCK_KINDS: ReadonlySet<BlockKind> = new Set(['heading', 'paragraph', 'listItem', 'tableCell', 'blockquote']);

/** How a block (or a page) differs between the two versions. */
export type ChangeKind = 'unchanged' | 'modified' | 'added' | 'removed';

/** A run of the word-level redline: words kept, inserted or deleted. */
export interface WordSegment {
  op: 'equal' | 'insert' | 'delete';
  /** The words with the spacing of the version they come from (`equal` and `insert`: after; `delete`: before), whitespace collapsed to one space. */
  text: string;
}
