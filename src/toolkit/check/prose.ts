/**
 * The prose of a page: text an author wrote as sentences, without code, math,
 * URLs, raw HTML, or quotes marked as verbatim. Terminology and spelling rules
 * read only this.
 */
import type {Nodes, Parent} from 'mdast';

import type {ParsedFile} from './types';

/** A stretch of prose, as offsets into the file's text; URLs inside are blanked with spaces. */
export interface ProseRange {
  start: number;
  /** The source text of the range, same length as `end - start`. */
  text: string;
}

const SKIPPED = new Set(['code', 'inlineCode', 'math', 'inlineMath', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'definition']);
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]]+/g;
/** `<!-- verbatim -->` (or `{/* verbatim *\/}` in MDX) right before a block keeps that block as written. */
const VERBATIM_MARK = /^(?:<!--\s*verbatim\s*-->|\{\s*\/\*\s*verbatim\s*\*\/\s*\})$/;

function isVerbatimMark(node: Nodes | undefined, text: string): boolean {
  if (!node || (node.type !== 'html' && node.type !== 'mdxFlowExpression')) return false;
  const {start, end} = node.position ?? {};
  if (start?.offset === undefined || end?.offset === undefined) return false;
  return VERBATIM_MARK.test(text.slice(start.offset, end.offset).trim());
}

/** Prose ranges of a parsed page, in document order. */
export function proseRanges(file: ParsedFile): ProseRange[] {
  const {tree, text} = file;
  if (!tree || text === undefined) return [];
  const ranges: ProseRange[] = [];
  const visit = (node: Nodes, previous: Nodes | undefined): void => {
    if (SKIPPED.has(node.type)) return;
    if (previous && isVerbatimMark(previous, text)) return;
    if (node.type === 'link' && node.children.length === 1 && node.children[0]?.type === 'text' && node.url.includes(node.children[0].value)) return;
    if (node.type === 'text') {
      const {start, end} = node.position ?? {};
      if (start?.offset === undefined || end?.offset === undefined) return;
      const source = text.slice(start.offset, end.offset).replace(URL, (url) => ' '.repeat(url.length));
      ranges.push({start: start.offset, text: source});
      return;
    }
    if ('children' in node) {
      const children = (node as Parent).children as Nodes[];
      children.forEach((child, index) => visit(child, children[index - 1]));
    }
  };
  visit(tree, undefined);
  return ranges;
}
