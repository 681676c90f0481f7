import type {PdfChapter} from './chapters';
import {chapterAnchor, escapeHtml} from './html';
import type {PdfStrings} from './strings';

/**
 * Stands in for page numbers while the chapters are laid out. The page column
 * has a fixed width (see printStyles), so the real numbers never move a line.
 */
export const PAGE_PLACEHOLDER = '999';

/**
 * The table of contents: one linked line per chapter with its number, title,
 * status when not approved, and the page it starts on (`pages` maps chapter
 * numbers to pages; missing ones print {@link PAGE_PLACEHOLDER}), and the
 * annex of changes after them when the PDF has one.
 */
export function tableOfContentsHtml(
  chapters: readonly PdfChapter[],
  strings: PdfStrings,
  pages: ReadonlyMap<number, number> = new Map(),
  annex?: {anchor: string; page?: number},
): string {
  const lines = chapters.map((chapter) => {
    const anchor = chapterAnchor(chapter.number);
    const status = chapter.status === 'approved' ? '' : ` <span class="pdf-toc__status">(${escapeHtml(strings.statusLabel[chapter.status])})</span>`;
    const page = pages.get(chapter.number) ?? PAGE_PLACEHOLDER;
    return `<li><a href="#${anchor}"><span class="pdf-toc__number">${chapter.number}</span><span class="pdf-toc__title">${escapeHtml(chapter.title)}${status}</span><span class="pdf-toc__page">${page}</span></a></li>`;
  });
  // The annex of changes (`--changes-since`) follows the chapters, without a number.
  if (annex) {
    lines.push(
      `<li><a href="#${annex.anchor}"><span class="pdf-toc__number"></span><span class="pdf-toc__title">${escapeHtml(strings.changes.annexTitle)}</span><span class="pdf-toc__page">${annex.page ?? PAGE_PLACEHOLDER}</span></a></li>`,
    );
  }
  return `<nav class="pdf-toc" aria-label="${escapeHtml(strings.contents)}"><h1>${escapeHtml(strings.contents)}</h1><ol>${lines.join('')}</ol></nav>`;
}
