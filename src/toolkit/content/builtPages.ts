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
