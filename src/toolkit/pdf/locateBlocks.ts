/**
 * Finding a Markdown block of a chapter in the print document, so a change
 * bar can be drawn beside it. The redline compares the chapter's Markdown;
 * the PDF prints the built page. A block is found by what a reader sees:
 * its text with every whitespace taken out (a reflow, a line break or a
 * non-breaking space is no difference) against the text of the elements
 * that can print such a block (a paragraph's `p`, a list item's `li`, a
 * table cell's `td`/`th`, a code block's `.theme-code-block`, display math's
 * `.katex-display` by its TeX source, a Mermaid diagram by its order among
 * the chapter's diagrams, an admonition by its title). When several blocks read the same, the n-th such
 * block is the n-th such element. A block found nowhere is reported, never
 * guessed: a bar in the wrong place is worse than none.
 *
 * {@link locateBlocks} runs IN THE BROWSER (passed to `page.evaluate`), so it
 * uses nothing from its module; the types are for the Node side.
 */
import type {BlockKind} from '../redline';

/** One block of the printed version of a chapter, as the redline read it. */
export interface BlockToLocate {
  kind: BlockKind;
  /** What a reader sees (`BlockVersion.text`): the words of a text block, the source of code, math or a diagram. */
  text: string;
}

/** The blocks of one chapter section of the print document. */
export interface ChapterBlocks {
  /** Id of the chapter's section, e.g. `bab-3`. */
  anchor: string;
  /** Every block of the printed version, in reading order: the unchanged ones tell which of several alike elements a block is. */
  blocks: BlockToLocate[];
  /** Indexes into `blocks` of the blocks to find. */
  wanted: number[];
}

/** Where a block was found: ids whose named destinations give the top and the bottom of its printed box. */
export interface LocatedBlock {
  block: number;
  /** The element's id: its destination is the top of the block. */
  start: string;
  /** An empty element at the end of the block's own content: its destination is the bottom. */
  end: string;
}

/** What {@link locateBlocks} found in one chapter. */
export interface ChapterLocations {
  anchor: string;
  located: LocatedBlock[];
  /** Indexes of wanted blocks no printed element matches (or more than one could be, with nothing to tell them apart). */
  notFound: number[];
}

/**
 * Finds the wanted blocks of each chapter in the print document, gives each
 * an id and an end marker, and links them all from a hidden list, so that
 * Chromium writes a named destination (page and position) for each (as for
 * the bookmarks; see outline.ts).
 */
export function locateBlocks(chapters: ChapterBlocks[]): ChapterLocations[] {
  /** A text as compared: Unicode-composed, without any whitespace. */
  const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, '');
  const TEXT_KINDS = ['heading', 'paragraph', 'listItem', 'blockquote', 'tableCell'];

  /** Which elements may print a block, and the key it is looked up by among them; `undefined` for blocks that print as nothing one can point at (HTML, MDX elements). */
  const lookupOf = (block: BlockToLocate): {group: string; key: string} | undefined => {
    let text = block.text;
    if (block.kind === 'mermaid') return {group: 'mermaid', key: ''};
    // An admonition's block is its opening fence, whose text is its title: the admonition is found by the title it prints.
    if (block.kind === 'code' || block.kind === 'math' || block.kind === 'admonition') return {group: block.kind, key: squash(text)};
    if (!TEXT_KINDS.includes(block.kind)) return undefined;
    // A heading's `{#custom-id}` and inline HTML tags are markup: the page prints neither.
    if (block.kind === 'heading') text = text.replace(/\{#[^{}\s]+\}\s*$/, '');
    return {group: block.kind, key: squash(text.replace(/<\/?[A-Za-z][^<>]*>/g, ''))};
  };

  /** The text an element prints, as the Markdown spells it: math as its TeX, images as their alt text, without footnote marks and heading links. */
  const printedText = (element: Element, withoutNestedLists = false): string => {
    const copy = element.cloneNode(true) as Element;
    for (const extra of Array.from(copy.querySelectorAll('.hash-link, [data-footnote-ref], .pdf-block-end'))) extra.remove();
    if (withoutNestedLists) for (const list of Array.from(copy.querySelectorAll(':scope > ul, :scope > ol'))) list.remove();
    for (const math of Array.from(copy.querySelectorAll('.katex'))) {
      math.replaceWith(math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? '');
    }
    for (const image of Array.from(copy.querySelectorAll('img'))) image.replaceWith(image.getAttribute('alt') ?? '');
    return copy.textContent ?? '';
  };

  /** An element that may print a block, its key, and where its own content ends (before a nested list). */
  interface Candidate {
    element: Element;
    key: string;
    endBefore: Element | null;
  }

  /** The elements of a section that may print each kind of block, in document order, by key. */
  const candidatesIn = (section: Element): Map<string, Map<string, Candidate[]>> => {
    const byKind = new Map<string, Map<string, Candidate[]>>();
    const add = (kind: string, element: Element, key: string, endBefore: Element | null = null) => {
      if (element.closest('[data-page-sources]')) return;
      let byKey = byKind.get(kind);
      if (!byKey) byKind.set(kind, (byKey = new Map()));
      const list = byKey.get(key) ?? [];
      list.push({element, key, endBefore});
      byKey.set(key, list);
    };
    for (const heading of Array.from(section.querySelectorAll('h1, h2, h3, h4, h5, h6'))) add('heading', heading, squash(printedText(heading)));
    for (const paragraph of Array.from(section.querySelectorAll('p'))) {
      if (paragraph.closest('li, blockquote, td, th')) continue;
      add('paragraph', paragraph, squash(printedText(paragraph)));
    }
    for (const item of Array.from(section.querySelectorAll('li'))) {
      const paragraphs = Array.from(item.children).filter((child) => child.tagName === 'P');
      // A loose list item prints its paragraphs as `p`; a tight one prints its text in the `li`, before any nested list.
      if (paragraphs.length > 0) for (const paragraph of paragraphs) add('listItem', paragraph, squash(printedText(paragraph)));
      else add('listItem', item, squash(printedText(item, true)), item.querySelector(':scope > ul, :scope > ol'));
    }
    for (const paragraph of Array.from(section.querySelectorAll('blockquote p'))) add('blockquote', paragraph, squash(printedText(paragraph)));
    for (const cell of Array.from(section.querySelectorAll('td, th'))) add('tableCell', cell, squash(printedText(cell)));
    for (const pre of Array.from(section.querySelectorAll('pre'))) {
      if (pre.closest('.mermaid-diagram, .docusaurus-mermaid-container')) continue;
      add('code', pre.closest('.theme-code-block') ?? pre, squash(pre.textContent ?? ''));
    }
    for (const math of Array.from(section.querySelectorAll('.katex-display'))) {
      add('math', math, squash(math.querySelector('annotation[encoding="application/x-tex"]')?.textContent ?? ''));
    }
    for (const admonition of Array.from(section.querySelectorAll('.theme-admonition'))) {
      const heading = admonition.querySelector('[class*="admonitionHeading"]');
      if (heading) add('admonition', admonition, squash(printedText(heading)));
    }
    for (const diagram of Array.from(section.querySelectorAll('.mermaid-diagram, .docusaurus-mermaid-container'))) {
      if (diagram.parentElement?.closest('.mermaid-diagram, .docusaurus-mermaid-container')) continue;
      add('mermaid', diagram, '');
    }
    return byKind;
  };

  const targets: string[] = [];
  const results = chapters.map(({anchor, blocks, wanted}): ChapterLocations => {
    const result: ChapterLocations = {anchor, located: [], notFound: []};
    const section = document.getElementById(anchor);
    if (!section) return {...result, notFound: [...wanted]};
    const candidates = candidatesIn(section);
    const wantedSet = new Set(wanted);
    const diagramBlocks = blocks.filter((block) => block.kind === 'mermaid').length;
    const diagramsPrinted = candidates.get('mermaid')?.get('')?.length ?? 0;
    const seen = new Map<string, number>();
    blocks.forEach((block, index) => {
      const lookup = lookupOf(block);
      // Diagrams are told apart by order only, which holds only when the page prints as many as the Markdown has.
      const candidate =
        lookup === undefined || (lookup.group === 'mermaid' && diagramBlocks !== diagramsPrinted)
          ? undefined
          : (() => {
              const {group, key} = lookup;
              const seenKey = `${group}\u0000${key}`;
              const occurrence = seen.get(seenKey) ?? 0;
              seen.set(seenKey, occurrence + 1);
              // An empty text (an empty cell) matches any empty element: nothing to go by.
              return key === '' && group !== 'mermaid' ? undefined : candidates.get(group)?.get(key)?.[occurrence];
            })();
      if (!wantedSet.has(index)) return;
      if (!candidate) {
        result.notFound.push(index);
        return;
      }
      const {element, endBefore} = candidate;
      element.id ||= `pdf-block-${anchor}-${index}`;
      const end = document.createElement('div');
      end.className = 'pdf-block-end';
      end.id = `pdf-block-${anchor}-${index}-end`;
      element.insertBefore(end, endBefore);
      targets.push(element.id, end.id);
      result.located.push({block: index, start: element.id, end: end.id});
    });
    return result;
  });
  const links = document.createElement('nav');
  links.className = 'pdf-destinations';
  links.hidden = true;
  for (const target of targets) {
    const link = document.createElement('a');
    link.href = `#${encodeURIComponent(target)}`;
    links.append(link);
  }
  document.body.append(links);
  return results;
}
