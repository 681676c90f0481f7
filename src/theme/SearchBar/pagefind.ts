/** The part of Pagefind's browser API the search modal uses (https://pagefind.app/docs/api/). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: {title?: string};
  filters: Record<string, string[]>;
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface Pagefind {
  options(options: {excerptLength?: number; baseUrl?: string; noWorker?: boolean}): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(query: string, options?: {filters?: Record<string, string>}): Promise<{results: PagefindResult[]} | null>;
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the site's own Pagefind script (written by the post-build step) once.
 * Pagefind picks the index of the page's `<html lang>`, so Indonesian pages
 * search the Indonesian index. The URL is built at runtime so the bundler
 * leaves it alone and it never enters the main bundle.
 */
export function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= (import(/* webpackIgnore: true */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // On a page the offline reading worker serves (issue 18), Pagefind searches on the page's own thread: its
    // web worker (<root>/pagefind/pagefind-worker.js) is outside the English offline worker's scope, so offline
    // it could fetch nothing, or only the Indonesian index.
    await pagefind.options({excerptLength: 24, noWorker: Boolean(navigator.serviceWorker?.controller)});
    return pagefind;
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
