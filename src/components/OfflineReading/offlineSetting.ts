/**
 * Whether this browser keeps the site for offline reading, in its reader's
 * language: small and free of dependencies, because the registration that
 * runs on every page (./registerOnLoad.ts) imports it.
 */

/** localStorage key that says a reader chose to keep one locale's pages (`masterplan:offline:id`), named on the privacy page. */
export const OFFLINE_STORAGE_KEY_PREFIX = 'masterplan:offline:';

export function offlineStorageKey(locale: string): string {
  return `${OFFLINE_STORAGE_KEY_PREFIX}${locale}`;
}

/**
 * The worker of this locale's build, as @docusaurus/plugin-pwa publishes it
 * (`<baseUrl>sw.js`, so `/en/sw.js` for English), with the parameters its
 * worker reads; its scope is the locale's base URL. The plugin's bundler
 * step writes the `process.env` values into production builds only: read
 * when called, so `docusaurus start` (no plugin) renders pages that import this.
 */
export function workerUrl(): string {
  const params = JSON.stringify({offlineMode: true, debug: process.env.PWA_DEBUG});
  return new URL(`${process.env.PWA_SERVICE_WORKER_URL}?params=${encodeURIComponent(params)}`, window.location.href).href;
}

/** The plugin's activation strategies we honour (set in src/plugins/offline-reading/pwaOptions.ts). */
type Strategy = 'appInstalled' | 'standalone';

export function strategyOn(strategy: Strategy): boolean {
  const strategies = process.env.PWA_OFFLINE_MODE_ACTIVATION_STRATEGIES as unknown as readonly string[];
  return strategies.includes(strategy);
}

/** Whether the browser can keep the site at all: service workers need a secure context (https, or localhost). */
export function offlineReadingSupported(): boolean {
  return typeof navigator !== 'undefined' && 'serviceWorker' in navigator && window.isSecureContext;
}

/** Whether the reader chose to keep this locale (or installed the site as an app, which says the same). */
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

/** The plugin's `standalone` strategy: the site runs as an installed app, which readers open without a connection. */
export function runsStandalone(): boolean {
  return strategyOn('standalone') && window.matchMedia('(display-mode: standalone)').matches;
}

/** This locale's registration, if any: not the root locale's, whose scope (`/`) also covers `/en/`. */
export async function ownRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const worker = workerUrl();
  const registration = await navigator.serviceWorker.getRegistration(worker);
  return registration?.scope === new URL('./', worker).href ? registration : undefined;
}

/** Whether this locale's copy is saved: its worker is registered and active. */
export async function offlineCopySaved(): Promise<boolean> {
  return Boolean((await ownRegistration())?.active);
}
