/**
 * The offline reading worker seen from a page: registering it, saving and
 * removing the offline copy, and the update prompt. Loaded on demand (a
 * reader's click, or a page of a reader who saved the site), never in a
 * page's first load.
 */
import {Workbox} from 'workbox-window';
import {renderReloadPopup} from '@docusaurus/plugin-pwa/lib/renderReloadPopup.js';


/**
 * The worker of this locale's build, as @docusaurus/plugin-pwa publishes it
 * (`<baseUrl>sw.js`, so `/en/sw.js` for English), with the parameters its
 * worker reads; its scope is the locale's base URL. The plugin's bundler
 * step writes the `process.env` values into production builds only.
 */
function workerUrl(): string {
  const params = JSON.stringify({offlineMode: true, debug: process.env.PWA_DEBUG});
  return new URL(`${process.env.PWA_SERVICE_WORKER_URL}?params=${encodeURIComponent(params)}`, window.location.href).href;
}

/** This locale's registration, if any: not the root locale's, whose scope (`/`) also covers `/en/`. */
async function ownRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const worker = workerUrl();
  const registration = await navigator.serviceWorker.getRegistration(worker);
  return registration?.scope === new URL('./', worker).href ? registration : undefined;
}

/** Whether this locale's copy is saved: its worker is registered and active. */
export async function offlineCopySaved(): Promise<boolean> {
  return Boolean((await ownRegistration())?.active);
}

let registered: Promise<ServiceWorkerRegistration | undefined> | undefined;

/**
 * Reloads once the new build's worker has taken over, so the page and every
 * page after it come from the new build. A page the old worker did not serve
 * (opened before the copy was saved) never sees `controlling`: it reloads
 * when the new worker is active.
 */
function reloadWithNewWorker(wb: Workbox): void {
  const event = navigator.serviceWorker.controller ? 'controlling' : 'activated';
  wb.addEventListener(event, () => window.location.reload());
  wb.messageSkipWaiting();
}

/**
 * Registers this locale's worker, once per page. When a new build has been
 * deployed, its worker installs beside the old one and waits: the old one
 * goes on serving the old build whole until the reader accepts the prompt
 * (src/theme/PwaReloadPopup), so no reader sees old and new pages mixed.
 */
export function registerOfflineWorker(): Promise<ServiceWorkerRegistration | undefined> {
  if (registered) return registered;
  const wb = new Workbox(workerUrl());
  const promptReload = () => void renderReloadPopup({onReload: () => reloadWithNewWorker(wb)});
  wb.addEventListener('waiting', promptReload);
  registered = wb.register().then((registration) => {
    // A new build's worker that was already waiting when this page opened (the reader dismissed the prompt).
    if (registration?.waiting && registration.active) promptReload();
    return registration;
  });
  return registered;
}

/** Resolves when the registration's newest worker is active, with every file stored; rejects when it fails. */
function whenActive(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting;
  if (!worker) return registration.active ? Promise.resolve() : Promise.reject(new Error('no worker'));
  return new Promise((resolve, reject) => {
    const check = () => {
      if (worker.state === 'activated') resolve();
      // A worker whose files could not all be stored (connection lost, storage full) is discarded.
      else if (worker.state === 'redundant') reject(new Error('the files could not all be stored'));
      // A new build's worker waits for the old one: the copy already saved stays usable meanwhile.
      else if (worker.state === 'installed' && registration.active) resolve();
    };
    worker.addEventListener('statechange', check);
    check();
  });
}

/** Saves this locale's pages for offline reading; resolves once the worker reports every file stored. */
export async function saveForOffline(): Promise<void> {
  const registration = await registerOfflineWorker();
  if (!registration) throw new Error('the browser did not register the worker');
  await whenActive(registration);
}

/** Removes the offline copy of this locale: the worker and its stored files. */
export async function removeOfflineCopy(): Promise<void> {
  const registration = await ownRegistration();
  if (!registration) return;
  // workbox-precaching's cache for this worker: `workbox-precache-v2-<scope>`.
  const cacheName = `workbox-precache-v2-${registration.scope}`;
  await registration.unregister();
  await caches.delete(cacheName);
  registered = undefined;
}
