/**
 * Whether a reader chose to keep one locale's pages for offline reading.
 * Only this much runs on every page (./registerOnLoad.ts, in the main
 * bundle, which every page's JavaScript budget counts); the rest waits in
 * ./offlineWorker.ts until it is needed.
 */

/** localStorage key that says a reader chose to keep one locale's pages (`masterplan:offline:id`), named on the privacy page. */
export function offlineStorageKey(locale: string): string {
  return `masterplan:offline:${locale}`;
}

export function offlineReadingChosen(locale: string): boolean {
  try {
    return window.localStorage.getItem(offlineStorageKey(locale)) === 'on';
  } catch {
    return false;
  }
}

export function setOfflineReadingChosen(locale: string, chosen: boolean): void {
  try {
    if (chosen) window.localStorage.setItem(offlineStorageKey(locale), 'on');
    else window.localStorage.removeItem(offlineStorageKey(locale));
  } catch {
    // Storage refused (some private modes): the worker still keeps the pages until the browser closes.
  }
}
