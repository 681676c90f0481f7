/**
 * Script elements in a built page: `<script>` and the `<link>`s that preload
 * scripts. Their file names carry the content hash of the whole bundle, so one
 * changed chapter renames them in every page. Post-build products that never
 * run a page's scripts (the printed PDF, the search index) leave them out of
 * their cache keys; otherwise every edit would remake everything.
 */
const BUNDLE_SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>|<link\b[^>]*\bas="script"[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

/** A built page without its script elements (see {@link BUNDLE_SCRIPT}), for a cache key. */
export function withoutBundleScripts(html: string): string {
  return html.replace(BUNDLE_SCRIPT, '');
}
