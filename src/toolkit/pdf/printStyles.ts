import type {PdfChapter} from './chapters';
import {chapterAnchor, cssString} from './html';
import {CHANGE_BAR, PAGE_MARGIN_MM} from './pageGeometry';
import {PRINT_FONT_FAMILY, PRINT_MONO_FONT_FAMILY} from './printFonts';
import type {PdfStrings} from './strings';

/** Running headers and footers; the margin boxes do not inherit the document's font. */
const MARGIN_BOX_FONT = `font-family: ${PRINT_FONT_FAMILY}; font-size: 8.5pt; color: #555;`;

/**
 * Styles of the assembled PDF, on top of the site's own stylesheet (which
 * brings src/css/print.css). Each chapter is a named CSS page, so Chromium's
 * page margin boxes can print its title as the running header; page numbers
 * count the whole document, cover included. Text is set in the fonts the PDF
 * ships (printFonts.ts), not the site's system font stack.
 */
export function printStyles(chapters: readonly PdfChapter[], strings: PdfStrings, options: PrintStyleOptions = {}): string {
  // A part printed on its own (the front matter, the annex, a chunk of chapters) would count only its own pages.
  const total = options.totalPages === undefined ? 'counter(pages)' : cssString(String(options.totalPages));
  // Chromium numbers the first page `counter-increment` and every later page one more.
  const numbering = options.firstPageNumber === undefined ? '' : `@page :first { counter-increment: page ${options.firstPageNumber}; }`;
  const chapterPages = chapters.map((chapter) => {
    const anchor = chapterAnchor(chapter.number);
    const draft = chapter.status === 'approved'
      ? ''
      : `@top-right { content: ${cssString(strings.draftWatermark)}; ${MARGIN_BOX_FONT} color: #b00020; font-weight: 700; }`;
    return `@page ${anchor} { @top-left { content: ${cssString(`${chapter.number}. ${chapter.title}`)}; ${MARGIN_BOX_FONT} } ${draft} }
#${anchor} { page: ${anchor}; }`;
  });
  return `
@page {
  size: A4;
  margin: ${PAGE_MARGIN_MM.top}mm ${PAGE_MARGIN_MM.right}mm ${PAGE_MARGIN_MM.bottom}mm ${PAGE_MARGIN_MM.left}mm;
  @bottom-center { content: ${cssString(`${strings.page} `)} counter(page) " / " ${total}; ${MARGIN_BOX_FONT} }
}
@page pdf-cover { margin: 30mm 25mm; @bottom-center { content: none; } }
@page pdf-toc { @top-left { content: ${cssString(strings.contents)}; ${MARGIN_BOX_FONT} } }
${chapterPages.join('\n')}
${numbering}

:root {
  --ifm-font-family-base: ${PRINT_FONT_FAMILY};
  --ifm-heading-font-family: ${PRINT_FONT_FAMILY};
  --ifm-font-family-monospace: ${PRINT_MONO_FONT_FAMILY};
}
/* Diagrams drawn at build time are already in Noto Sans. Diagrams the browser drew (a build without a browser) name Mermaid's default face in their own <style>, which the PDF does not ship. */
:is(.mermaid-diagram, .docusaurus-mermaid-container) :is(svg, svg *) { font-family: ${PRINT_FONT_FAMILY} !important; }
/* Such labels were measured in another face: Noto Sans set them up to about 1 % wider (measured: 86 px for an 85 px box); let them overflow rather than clip. */
:is(.mermaid-diagram, .docusaurus-mermaid-container) foreignObject { overflow: visible; }
html { background: #fff; }
body.masterplan-pdf { margin: 0; font-size: 10.5pt; line-height: 1.5; }
.pdf-cover { page: pdf-cover; display: flex; flex-direction: column; min-height: 235mm; }
.pdf-cover__title { font-size: 28pt; font-weight: 700; line-height: 1.2; text-wrap: balance; margin: 30mm 0 4mm; color: var(--ifm-color-primary-darkest); }
.pdf-nowrap { white-space: nowrap; }
.pdf-cover__subtitle { font-size: 14pt; margin: 0 0 14mm; }
.pdf-cover__facts { display: grid; grid-template-columns: max-content 1fr; gap: 2mm 8mm; margin: 0; }
.pdf-cover__facts dt { font-weight: 700; margin: 0; }
.pdf-cover__facts dd { margin: 0; }
.pdf-cover__warning { margin-top: 10mm; padding: 3mm 4mm; border: 1px solid #b00020; color: #b00020; }
.pdf-cover__ministries { margin-top: auto; }
.pdf-cover__ministries ul { list-style: none; padding: 0; font-weight: 700; }
.pdf-toc { page: pdf-toc; break-before: page; }
.pdf-toc ol { list-style: none; padding: 0; margin: 0; }
.pdf-toc li { margin: 0 0 2mm; }
.pdf-toc a { display: flex; gap: 4mm; color: inherit; text-decoration: none; }
.pdf-toc__number { min-width: 8mm; text-align: right; }
.pdf-toc__title { flex: 1; }
.pdf-toc__status { color: #b00020; font-size: 0.9em; }
.pdf-toc__page { flex: none; width: 12mm; text-align: right; font-variant-numeric: tabular-nums; }
.pdf-chapter { break-before: page; }
.pdf-chapter h1 { font-size: 22pt; margin-bottom: 6mm; }
.pdf-chapter h2 { font-size: 15pt; }
.pdf-chapter h3 { font-size: 12.5pt; }
.pdf-missing-image { display: inline-block; padding: 2mm; border: 1px dashed #999; font-style: italic; }
${options.withChanges ? changesStyles(strings) : ''}`;
}

/** How the print styles number and count pages, and what they style. */
export interface PrintStyleOptions {
  /** The page count footers state; default: the pages printed (`counter(pages)`). */
  totalPages?: number;
  /** The number of the first page printed, for a part printed on its own (the annex, a chunk of chapters); default 1. */
  firstPageNumber?: number;
  /** Styles for the annex of changes and the change markers (`--changes-since`). */
  withChanges?: boolean;
}

/** The annex of changes and the markers the change bars are placed by; only in a PDF made with `--changes-since`. */
function changesStyles(strings: PdfStrings): string {
  const [red, green, blue] = CHANGE_BAR.rgb;
  return `
@page pdf-annex { @top-left { content: ${cssString(strings.changes.annexTitle)}; ${MARGIN_BOX_FONT} } }
.pdf-block-end { display: block; height: 0; margin: 0; padding: 0; border: 0; }
/* Its own formatting context: the first heading's margin cannot move the origin marker down from the top of the page. */
.pdf-annex { page: pdf-annex; break-before: page; display: flow-root; }
.pdf-annex h1 { font-size: 22pt; margin-bottom: 6mm; }
.pdf-annex h2 { font-size: 13pt; margin: 8mm 0 2mm; break-after: avoid; }
.pdf-annex h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
.pdf-annex__bar { display: inline-block; width: ${CHANGE_BAR.widthMm}mm; height: 1.1em; margin-right: 2mm; vertical-align: text-bottom; background: rgb(${red} ${green} ${blue}); print-color-adjust: exact; }
.pdf-annex table { display: table; width: 100%; table-layout: fixed; border-collapse: collapse; margin: 0 0 4mm; font-size: 9.5pt; overflow: visible; }
.pdf-annex tr, .pdf-annex tr:nth-child(2n) { background: none; border: 0; }
.pdf-annex th, .pdf-annex td { border: 0; border-bottom: 0.5pt solid #bbb; padding: 1.2mm 1.5mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
.pdf-annex col.pdf-annex__pages { width: 17mm; }
.pdf-annex col.pdf-annex__change { width: 36mm; }
.pdf-annex col.pdf-annex__words { width: 17mm; }
.pdf-annex .pdf-annex__pages, .pdf-annex .pdf-annex__words { white-space: nowrap; font-variant-numeric: tabular-nums; }
.pdf-annex a { color: inherit; text-decoration: none; }
.pdf-annex ins { text-decoration: underline; text-decoration-thickness: 0.1em; color: rgb(${red} ${green} ${blue}); }
.pdf-annex del { text-decoration: line-through; color: #555; }
.pdf-annex__section { color: #555; }
`;
}

/** Every text the margin boxes above print, so its fonts can be loaded before printing (they are laid out only then). */
export function marginBoxText(chapters: readonly PdfChapter[], strings: PdfStrings, options: {withChanges?: boolean} = {}): string {
  const annex = options.withChanges ? [strings.changes.annexTitle] : [];
  return [strings.page, '0123456789 /', strings.contents, strings.draftWatermark, ...chapters.map((chapter) => `${chapter.number}. ${chapter.title}`), ...annex].join(' ');
}
