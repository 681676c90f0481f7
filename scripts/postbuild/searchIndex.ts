import {readdir, readFile, rename, rm} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';

import type {PostbuildStep} from './index';

/** The folder under the build where the search index is written; the search modal loads `<baseUrl>pagefind/pagefind.js`. */
export const SEARCH_INDEX_DIR = 'pagefind';

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
    '(src/theme/) are missing from the build. If Pagefind itself could not start, reinstall with `npm ci`. ' +
    'The site has no search without this step, so there is no switch to skip it.',
  async run({outDir}) {
    // Without a single data-pagefind-body Pagefind indexes whole pages, navigation and all.
    const pages = await glob('**/*.html', {cwd: outDir, absolute: true});
    const marked = await Promise.all(pages.map(async (file) => (await readFile(file, 'utf8')).includes('data-pagefind-body')));
    if (!marked.includes(true)) {
      throw new Error(`no page in ${outDir} marks its article with data-pagefind-body; the search index would hold navigation and footers`);
    }
    const outputPath = path.join(outDir, SEARCH_INDEX_DIR);
    // Written beside its place and moved there whole, so a failure leaves no half-written index.
    const partialPath = `${outputPath}.partial-${process.pid}`;
    await rm(outputPath, {recursive: true, force: true});
    const pagefind = await import('pagefind');
    const {index, errors} = await pagefind.createIndex({});
    try {
      if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
      const added = await index.addDirectory({path: outDir});
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      const written = await index.writeFiles({outputPath: partialPath});
      if (written.errors.length > 0) throw new Error(`Pagefind could not write ${partialPath}: ${written.errors.join('; ')}`);
      const unused = (await readdir(partialPath)).filter((name) => UNUSED_UI_FILE.test(name));
      await Promise.all(unused.map((name) => rm(path.join(partialPath, name))));
      await rename(partialPath, outputPath);
      console.log(`[INFO] Search index: ${added.page_count} pages in ${path.relative(process.cwd(), outputPath) || outputPath}`);
    } finally {
      await rm(partialPath, {recursive: true, force: true});
      await pagefind.close();
    }
  },
};
