/**
 * Post-build step (runs last): the list of files each locale's service worker
 * keeps when a reader saves the site for offline reading (issue 18). It runs
 * after the search index, the PDF and the Content-Security-Policy have
 * written their files, so every revision is that of the file really
 * published; it replaces the placeholder `@docusaurus/plugin-pwa` wrote (see
 * src/plugins/offline-reading/precacheList.ts), so no earlier list survives.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';
import {getManifest} from 'workbox-build';

import {withPrecacheList, type PrecacheEntry} from '../../src/plugins/offline-reading/precacheList';
import {WEB_APP_MANIFEST} from '../../src/plugins/offline-reading/webAppManifest';
import {writeFileAtomic} from '../../src/toolkit/fs/atomicWrite';
import {SEARCH_INDEX_DIR} from './searchIndex';

import type {PostbuildStep} from './index';

/** The worker's file in each locale's root (`sw.js`, `en/sw.js`), as the plugin names it. */
const WORKER_FILE = 'sw.js';

/**
 * What one language keeps, relative to its root (`prefix`: '' or 'en/'): the
 * curricula and the master plan, the progress page, the home page (where an
 * installed app starts), every script and stylesheet of the locale (a page's
 * chunks and those it loads on demand, such as the search dialog), the
 * images, the PDF, and the manifest. Fonts as woff2 only: every browser with
 * service workers reads woff2, so KaTeX's woff and ttf faces are never fetched.
 */
function localeFiles(prefix: string): string[] {
  return [
    `${prefix}index.html`,
    `${prefix}{rencana-induk,kurikulum}/**/index.html`,
    `${prefix}kemajuan-belajar/index.html`,
    `${prefix}assets/**/*.{js,css,woff2}`,
    `${prefix}assets/images/**`,
    `${prefix}img/**`,
    `${prefix}unduh/*.pdf`,
    `${prefix}${WEB_APP_MANIFEST}`,
  ];
}

/** The search index of one language (`id-id`, `en-gb`: Pagefind's name for the pages' `<html lang>`), shared by the locales' roots. */
function searchFiles(pagefindLanguage: string): string[] {
  const dir = SEARCH_INDEX_DIR;
  return [
    `${dir}/pagefind.js`,
    `${dir}/pagefind-worker.js`,
    `${dir}/pagefind-entry.json`,
    `${dir}/wasm.${pagefindLanguage}.pagefind`,
    `${dir}/pagefind.${pagefindLanguage}_*.pf_meta`,
    `${dir}/{index,fragment,filter}/${pagefindLanguage}_*`,
  ];
}

/** Larger than any file the site publishes (the PDF is about 0.3 MB); workbox-build's default, 2 MB, would silently drop a longer PDF. */
const LARGEST_FILE = 50 * 1024 * 1024;

/** What one worker keeps. */
export interface OfflineCopy {
  /** The worker, relative to the build folder: `sw.js`, `en/sw.js`. */
  worker: string;
  /** The language of its pages, as Pagefind names it: `id-id`. */
  language: string;
  files: number;
  /** Bytes on disk, before compression in transfer. */
  bytes: number;
}

/** The language a locale root's home page declares, lower-cased as Pagefind names its index (`id-ID` → `id-id`). */
async function pageLanguage(outDir: string, root: string): Promise<string> {
  const home = path.join(outDir, root, 'index.html');
  const lang = /<html[^>]*\slang="([^"]+)"/i.exec(await readFile(home, 'utf8'))?.[1];
  if (!lang) throw new Error(`${path.relative(outDir, home)} has no <html lang>: cannot tell which search index its readers need`);
  return lang.toLowerCase();
}

/** Checks that the search index has this language, so a reader who saves the site can search offline. */
async function assertSearchIndexHas(outDir: string, language: string): Promise<void> {
  const entryFile = path.join(outDir, SEARCH_INDEX_DIR, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as {languages?: Record<string, unknown>};
  if (!entry.languages?.[language]) {
    throw new Error(`${path.relative(outDir, entryFile)} has no index for ${language} (it has ${Object.keys(entry.languages ?? {}).join(', ') || 'none'}): the offline copy would have no search`);
  }
}

/**
 * Writes the list of files into every locale's worker in `outDir`, and says
 * what each keeps. Exported for tests that rebuild a changed copy of a build.
 */
export async function writePrecacheLists(outDir: string): Promise<OfflineCopy[]> {
  const workers = (await glob(`**/${WORKER_FILE}`, {cwd: outDir, ignore: ['assets/**', `${SEARCH_INDEX_DIR}/**`]})).sort();
  if (workers.length === 0) {
    throw new Error(`no ${WORKER_FILE} in ${outDir}: @docusaurus/plugin-pwa did not write its worker (is it in docusaurus.config.ts?)`);
  }
  const roots = workers.map((worker) => path.posix.dirname(worker));
  const copies: OfflineCopy[] = [];
  for (const [index, worker] of workers.entries()) {
    const root = roots[index]!;
    const prefix = root === '.' ? '' : `${root}/`;
    const language = await pageLanguage(outDir, root);
    await assertSearchIndexHas(outDir, language);
    const otherRoots = roots.filter((other) => other !== root && other !== '.');
    const {manifestEntries, size, warnings} = await getManifest({
      globDirectory: outDir,
      globPatterns: [...localeFiles(prefix), ...searchFiles(language)],
      globIgnores: otherRoots.map((other) => `${other}/**`),
      // Every file gets a revision (its MD5), content-hashed names too: the list then never trusts a name
      // for its content, and a file changed in place is fetched again. A save fetches every file once either way.
      maximumFileSizeToCacheInBytes: LARGEST_FILE,
    });
    // A pattern that matches nothing is normal (a build without images or without the PDF); a file left out is not.
    const problems = warnings.filter((warning) => !warning.includes("glob patterns doesn't match any files"));
    if (problems.length > 0) throw new Error(`${worker}: ${problems.join('; ')}`);
    const entries: PrecacheEntry[] = (manifestEntries ?? []).map((entry) => ({
      // Relative to the worker, so the list is right under any base URL: `../pagefind/…` from en/sw.js.
      url: path.posix.relative(root, entry.url) || entry.url,
      revision: entry.revision,
    }));
    if (!entries.some((entry) => /(^|\/)kurikulum\/index\.html$/.test(entry.url))) {
      throw new Error(`${worker}: the curriculum's index (${prefix}kurikulum/index.html) is not in the build, so there is nothing to read offline`);
    }
    const workerFile = path.join(outDir, worker);
    await writeFileAtomic(workerFile, withPrecacheList(await readFile(workerFile, 'utf8'), entries));
    copies.push({worker, language, files: entries.length, bytes: size});
  }
  return copies;
}

export const offlinePrecache: PostbuildStep = {
  name: 'offline copy (service worker)',
  hint:
    'if the message names a missing search index or page, the step that writes it failed or was skipped; ' +
    'if it names the placeholder, @docusaurus/plugin-pwa must use the options in src/plugins/offline-reading/pwaOptions.ts. ' +
    'Offline reading is part of the site (issue 18), so there is no switch to skip this step.',
  async run({outDir}) {
    const copies = await writePrecacheLists(outDir);
    const summary = copies.map((copy) => `${copy.worker} ${copy.files} files, ${(copy.bytes / 1024 / 1024).toFixed(1)} MB`);
    console.log(`[INFO] Offline copy: ${summary.join('; ')}`);
  },
};
