import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

// No remark-gfm: tables then read as plain text, which counts the same words
// (pipes and dashes are not words) at a quarter of the parsing time.
const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkDirective).use(remarkMath);

/** A run of letters (with their combining marks) or digits, apostrophes inside allowed: `Kementerian`, `2016`, `Qur'an`. */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * The number of words a reader sees in a Markdown page: prose, headings, list
 * items and table cells; not the frontmatter, code blocks, diagrams, math or
 * link URLs. Indonesian separates words with spaces, so a word is a run of
 * letters or digits (hyphenated words count per part, as in `e-government`).
 */
export function countWords(markdown: string): number {
  const tree = parser.parse(markdown) as Root;
  let words = 0;
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    words += node.value.match(WORD)?.length ?? 0;
  });
  return words;
}
