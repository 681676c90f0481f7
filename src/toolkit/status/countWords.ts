import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm).use(remarkDirective).use(remarkMath);
const segmenter = new Intl.Segmenter('id', {granularity: 'word'});

/**
 * The number of words a reader sees in a Markdown page: prose, headings, list
 * items and table cells; not the frontmatter, code, diagrams, math or link URLs.
 */
export function countWords(markdown: string): number {
  const tree = parser.parse(markdown) as Root;
  let words = 0;
  visit(tree, (node) => {
    if (node.type !== 'text' && node.type !== 'inlineCode') return;
    for (const segment of segmenter.segment(node.value)) if (segment.isWordLike) words += 1;
  });
  return words;
}
