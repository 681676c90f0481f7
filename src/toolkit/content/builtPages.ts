import {readFile} from 'node:fs/promises';

/**
 * Parts of a built page that change when nothing the post-build products use
 * changed, so their cache keys leave them out (otherwise every edit would
 * remake everything):
 * - script elements, `<script>` and the `<link>`s that preload scripts: their
 *   file names carry the content hash of the whole bundle, so one changed
 *   chapter renames them in every page, and neither the printed PDF nor the
 *   search index runs a page's scripts;
 * - the Content-Security-Policy `<meta>`, which the policy step writes into
 *   every page while the search index and the PDF read them.
 */
const VOLATILE_PART =
  /<script\b[^>]*>[\s\S]*?<\/script\s*>|<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>|<meta http-equiv="Content-Security-Policy"[^>]*>/gi;

/** A built page without its volatile parts (see {@link VOLATILE_PART}), for a cache key. */
export function cacheKeyText(html: string): string {
  return html.replace(VOLATILE_PART, '');
}

/**
 * The documentation sidebar: Infima's `menu` `<nav>` that Docusaurus's classic
 * theme puts beside every docs page, listing the section's pages. It holds no
 * nested `<nav>`, so the first `</nav>` closes it.
 */
const DOCS_SIDEBAR = /<nav\b[^>]*\bclass="menu\b[^"]*"[^>]*>[\s\S]*?<\/nav\s*>/i;

/** What the search index reads in a page: its markers, its title and its images (Pagefind's defaults). */
const READ_BY_SEARCH = /data-pagefind|<h1\b|<img\b|<nav\b/i;

/**
 * A built page as the search index sees it: without the documentation
 * sidebar, which the index never reads (it reads only what
 * `data-pagefind-body` marks, and the sidebar is outside it) and which makes
 * up most of a docs page's bytes on a large plan (82 % of a chapter page at
 * 600 pages; Pagefind spent half its time parsing it). A sidebar holding
 * anything the index reads is kept. The page may be UTF-8 text or read as
 * {@link PAGE_BYTES}: all it looks for is ASCII markup.
 */
export function pageForSearchIndex(html: string): string {
  const sidebar = DOCS_SIDEBAR.exec(html);
  if (!sidebar) return html;
  const inside = sidebar[0].slice(sidebar[0].indexOf('>') + 1);
  if (READ_BY_SEARCH.test(inside)) return html;
  return html.slice(0, sidebar.index) + html.slice(sidebar.index + sidebar[0].length);
}

/**
 * How built pages are read where only their ASCII markup matters: one
 * character per byte. UTF-8 never uses an ASCII byte inside another character,
 * so the markup matches as usual and every other byte passes through untouched,
 * without decoding UTF-8, which takes longer than reading the page (a
 * 3,000-page build: 6.1 s as UTF-8, 2.2–2.9 s one character per byte).
 */
export const PAGE_BYTES = 'latin1';

/**
 * The part of the built page in `file` that `part` keeps, decoded from UTF-8.
 * The page is read as {@link PAGE_BYTES} and only what is kept is decoded, so
 * `part` must cut at ASCII markup only. The parts the search index and the PDF
 * read leave out the sidebar, most of a docs page's bytes on a large plan (92 %
 * of all pages' bytes on the 3,000-page benchmark).
 */
export async function readBuiltPagePart(file: string, part: (page: string) => string): Promise<string> {
  return Buffer.from(part(await readFile(file, PAGE_BYTES)), PAGE_BYTES).toString('utf8');
}
