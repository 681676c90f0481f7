import type {Root} from 'mdast';
import {toString} from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';

import {requireFrontmatter} from '../content/frontmatter';
import type {PressRecord} from './record';

/** A post read back from Markdown, as the site will show it. */
export interface ReadPost {
  frontmatter: Record<string, unknown>;
  /** The record the post shows; null when the frontmatter is missing. */
  record: PressRecord | null;
  /** Body blocks that are not plain paragraphs (a heading, HTML, a rule...), by type. */
  markup: string[];
}

// The syntax the site's Markdown pipeline understands in .md files (CommonMark + GFM, directives, math).
const parser = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMath);

/** Inline node types that show their text unchanged. Autolinked URLs keep their text. */
const LITERAL_INLINE = new Set(['text', 'link']);

/**
 * Reads a press post back: its frontmatter and the text each paragraph shows
 * once parsed as the site parses it. Used to prove that rendering loses
 * nothing and that markup in a release stays text.
 */
export function readPressPost(markdown: string): ReadPost {
  const {data: frontmatter, body} = requireFrontmatter(markdown, 'the press post');
  const tree = parser.parse(body) as Root;
  const markup: string[] = [];
  const paragraphs: string[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') {
      markup.push(node.type);
      continue;
    }
    for (const child of node.children) if (!LITERAL_INLINE.has(child.type)) markup.push(child.type);
    paragraphs.push(toString(node));
  }
  const provenance = frontmatter.press_release as Record<string, unknown> | undefined;
  const record: PressRecord | null = provenance
    ? {
        title: String(frontmatter.title),
        titleDerived: provenance.title_derived === true,
        date: String(frontmatter.date),
        author: (provenance.author as string | null) ?? null,
        editor: (provenance.editor as string | null) ?? null,
        dateline: (provenance.dateline as string | null) ?? null,
        newsAgency: (provenance.news_agency as string | undefined) ?? null,
        sourceTag: (provenance.source_tag as string | null) ?? null,
        paragraphs,
      }
    : null;
  return {frontmatter, record, markup};
}
