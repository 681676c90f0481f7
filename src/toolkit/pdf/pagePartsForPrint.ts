/**
 * The parts of a built page the PDF uses: its `<head>` (stylesheets, canonical
 * link) and its `<article>` (the chapter's text). The rest of a Docusaurus page
 * is navigation, above all the sidebar listing every chapter, which made up two
 * thirds of a chapter page's bytes on a 378-chapter plan; dropping it before the
 * page goes to the browser makes assembling the PDF faster. A page without
 * these markers is kept whole.
 */
export function pagePartsForPrint(html: string): string {
  const headEnd = html.indexOf('</head>');
  const articleStart = html.indexOf('<article');
  const articleEnd = html.lastIndexOf('</article>');
  if (headEnd < 0 || articleStart < headEnd || articleEnd < articleStart) return html;
  return `${html.slice(0, headEnd)}</head><body>${html.slice(articleStart, articleEnd)}</article></body></html>`;
}
