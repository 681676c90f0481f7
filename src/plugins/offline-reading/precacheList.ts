/**
 * The list of files the service worker keeps offline, in the worker's text.
 * `@docusaurus/plugin-pwa` writes its list before our post-build steps run,
 * so it writes {@link PRECACHE_LIST_PLACEHOLDER} instead (see pwaOptions.ts),
 * and scripts/postbuild/offlinePrecache.ts puts the real list in its place
 * once the search index, the PDF and the Content-Security-Policy are written.
 */

/** A file the worker keeps: its URL relative to the worker, and a revision unless the URL has a content hash. */
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** What the plugin writes in place of its list; the URL says who writes the real one. */
export const PRECACHE_LIST_PLACEHOLDER: PrecacheEntry = {
  url: 'precache-list-written-by-scripts/postbuild/offlinePrecache.ts',
  revision: null,
};

/** The placeholder as workbox-build writes it (fast-json-stable-stringify: keys sorted, no spaces). */
const PLACEHOLDER_TEXT = `[{"revision":null,"url":${JSON.stringify(PRECACHE_LIST_PLACEHOLDER.url)}}]`;

/** The list as this module writes it, between comments, so a second run (a rebuilt copy) finds it again. */
const START = '/*precache-list*/';
const END = '/*end-precache-list*/';
const WRITTEN_LIST = /\/\*precache-list\*\/\[[\s\S]*?\]\/\*end-precache-list\*\//g;

/**
 * The worker's text with `entries` as its list, in place of the plugin's
 * placeholder or of the list an earlier run wrote. Throws when the worker has
 * neither, or more than one: a worker that would keep nothing, or the wrong
 * files, must not be published.
 */
export function withPrecacheList(workerSource: string, entries: readonly PrecacheEntry[]): string {
  const list = `${START}${JSON.stringify(entries)}${END}`;
  const placeholders = workerSource.split(PLACEHOLDER_TEXT).length - 1;
  const written = workerSource.match(WRITTEN_LIST)?.length ?? 0;
  if (placeholders + written !== 1) {
    throw new Error(
      placeholders + written === 0
        ? `no list of files to replace: the worker is not @docusaurus/plugin-pwa's with the placeholder ${PLACEHOLDER_TEXT} (is its injectManifestConfig from src/plugins/offline-reading/pwaOptions.ts?)`
        : `${placeholders + written} lists of files where one was expected`,
    );
  }
  // A function, so `$` in a URL is not read as a replacement pattern.
  return placeholders === 1 ? workerSource.replace(PLACEHOLDER_TEXT, () => list) : workerSource.replace(WRITTEN_LIST, () => list);
}

/** The list a worker's text holds, as {@link withPrecacheList} wrote it; `undefined` if it holds none. */
export function precacheListIn(workerSource: string): PrecacheEntry[] | undefined {
  const written = new RegExp(WRITTEN_LIST.source).exec(workerSource)?.[0];
  return written ? (JSON.parse(written.slice(START.length, -END.length)) as PrecacheEntry[]) : undefined;
}
