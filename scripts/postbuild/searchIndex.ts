import {readdir, rename, rm} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';

import {cacheKeyText, pageForSearchIndex, readBuiltPagePart} from '../../src/toolkit/content/builtPages';
import {installedPackage} from '../../src/toolkit/fs/installedPackage';
import {readFilesUnder} from '../../src/toolkit/fs/readFilesUnder';
import {sha256} from '../../src/toolkit/press/hash';
import {PAGES_AT_ONCE} from './contentSecurityPolicy';
import type {PostbuildStep} from './index';
import {packFiles, productCacheDir, productKey, readCachedProduct, restoreFolder, writeCachedProduct} from '../../src/plugins/productCache';

/** The folder under the build where the search index is written; the search modal loads `<baseUrl>pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

/** The search index's entry in the post-build cache. */
const CACHED_INDEX = 'search-index';

/**
 * The key of the index of these pages: Pagefind's version and every page's
 * path and HTML as Pagefind is given it (scripts aside: Pagefind does not read
 * them). Pagefind cannot
 * add to an index (https://github.com/Pagefind/pagefind/issues/71: its word
 * shards are split alphabetically, so one changed page touches most of them),
 * so the index is one product: it comes from the cache only when no page changed.
 */
function searchIndexKey(siteDir: string, pages: readonly {file: string; digest: string}[]): string {
  return productKey([CACHED_INDEX, installedPackage(siteDir, 'pagefind'), ...pages.flatMap(({file, digest}) => [file, digest])]);
}

/** Pagefind's ready-made search interfaces: the site has its own dialog, so they are not published. */
const UNUSED_UI_FILE = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * Full-text search index of the built site, made with Pagefind. Pagefind splits
 * the index by each page's `<html lang>` (id-ID, en-GB), so Indonesian pages are
 * stemmed as Indonesian (`kerja` finds `bekerja`, `pekerjaan`, `kerjasama`) and
 * English pages as English. Only elements marked `data-pagefind-body` (articles,
 * not navigation) are indexed; `data-pagefind-filter="collection:..."` feeds
 * the collection filter.
 */
export const searchIndex: PostbuildStep = {
  name: 'search index (Pagefind)',
  hint:
    'if the message names a page, fix it; if no page is marked, the theme wrappers that add `data-pagefind-body` ' +
    '(src/theme/) are missing from the build. If Pagefind itself could not start, reinstall with `npm install`. ' +
    'The site has no search without this step, so there is no switch to skip it.',
  async run({siteDir, outDir, cacheDir = productCacheDir(siteDir)}) {
    const files = (await glob('**/*.html', {cwd: outDir})).sort();
    const outputPath = path.join(outDir, SEARCH_INDEX_DIR);
    // Written beside its place and moved there whole, so a failure leaves no half-written index.
    const partialPath = `${outputPath}.partial-${process.pid}`;
    await rm(outputPath, {recursive: true, force: true});
    const pagefind = await import('pagefind');
    try {
      const {index, errors} = await pagefind.createIndex({});
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      // Each page is read once, for the index and for its part of the cache key; only its digest is kept. When the
      // cache has the index, Pagefind's work on the pages is thrown away: that happens only when no page changed.
      const pages: {file: string; marked: boolean; digest: string}[] = [];
      for (let start = 0; start < files.length; start += PAGES_AT_ONCE) {
        const batch = files.slice(start, start + PAGES_AT_ONCE);
        const read = await Promise.all(batch.map((file) => readBuiltPagePart(path.join(outDir, file), pageForSearchIndex)));
        // Added one at a time, in path order: Pagefind numbers pages in the order they reach it, and that order is in
        // the index's files (Pagefind's own folder walk follows the file system's order, which differs between machines).
        for (const [offset, html] of read.entries()) {
          const file = batch[offset]!;
          const added = await index.addHTMLFile({sourcePath: file, content: html});
          if (added.errors.length > 0) throw new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          pages.push({file, marked: html.includes('data-pagefind-body'), digest: sha256(cacheKeyText(html))});
        }
      }
      // Without a single data-pagefind-body Pagefind indexes whole pages, navigation and all.
      if (!pages.some(({marked}) => marked)) {
        throw new Error(`no page in ${outDir} marks its article with data-pagefind-body; the search index would hold navigation and footers`);
      }
      const key = searchIndexKey(siteDir, pages);
      const cached = await readCachedProduct(cacheDir, CACHED_INDEX, key);
      if (cached && (await restoreFolder(outputPath, cached))) {
        console.log(`[INFO] Search index: from the cache (no page changed), in ${path.relative(process.cwd(), outputPath) || outputPath}`);
        return;
      }
      const written = await index.writeFiles({outputPath: partialPath});
      if (written.errors.length > 0) throw new Error(`Pagefind could not write ${partialPath}: ${written.errors.join('; ')}`);
      const unused = (await readdir(partialPath)).filter((name) => UNUSED_UI_FILE.test(name));
      await Promise.all(unused.map((name) => rm(path.join(partialPath, name))));
      await writeCachedProduct(cacheDir, CACHED_INDEX, key, packFiles(await readFilesUnder(partialPath, '**/*', {dot: true})));
      await rename(partialPath, outputPath);
      console.log(`[INFO] Search index: ${files.length} pages in ${path.relative(process.cwd(), outputPath) || outputPath}`);
    } finally {
      await pagefind.close();
      await rm(partialPath, {recursive: true, force: true});
    }
  },
};
