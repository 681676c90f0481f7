/**
 * The toolkit's API reference: docusaurus-plugin-typedoc writes Markdown into
 * `docs/toolkit/api/` while the plugin initialises (about 4 s of TypeScript
 * analysis). The pages are the same for every locale, so a production build
 * runs typedoc for its first locale only (in its process, or in the first
 * locale's process when `npm run build` builds each locale in its own). The
 * pages are kept in the build's product cache, keyed by everything typedoc
 * reads, so a build in which none of it changed writes them from there.
 */
import {createRequire} from 'node:module';
import path from 'node:path';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {readFilesUnder} from '../../toolkit/fs/readFilesUnder';
import {installedPackage} from '../../toolkit/fs/installedPackage';
import {earlierLocaleBuilt} from '../complete-build/buildKind';
import {oncePerBuild} from '../oncePerBuild';
import {packFiles, productCacheDir, productKey, readCachedProduct, restoreFolder, writeCachedProduct} from '../productCache';

type TypedocPlugin = (context: LoadContext, options: unknown) => Promise<Plugin>;

/** The product's name in the cache; raise the number when the entry's meaning changes without any input changing. */
const CACHED_PAGES = 'toolkit-api';
const FORMAT = 'masterplan-toolkit-api 1';
/** What typedoc runs with: itself, its Markdown output, the Docusaurus glue and the compiler. */
const PACKAGES = ['typedoc', 'typedoc-plugin-markdown', 'docusaurus-plugin-typedoc', 'typescript'];
/**
 * Files typedoc reads: the sources tsconfig.typedoc.json includes, both
 * tsconfigs, and the lockfile, since types of dependencies can show in the pages.
 */
const INPUT_FILES = '{src/toolkit/**/*,src/content/**/*,tsconfig.json,tsconfig.typedoc.json,package-lock.json}';

/** The pages' key in the product cache: everything typedoc reads, and the options it runs with. */
export async function toolkitApiPagesKey(siteDir: string, options: unknown): Promise<string> {
  const files = await readFilesUnder(siteDir, INPUT_FILES);
  return productKey([FORMAT, ...PACKAGES.map((name) => installedPackage(siteDir, name)), JSON.stringify(options), ...files.flatMap((file) => [file.path, file.data])]);
}

async function writePages(context: LoadContext, options: unknown): Promise<Plugin> {
  const {siteDir} = context;
  const out = (options as {out?: unknown} | null)?.out;
  if (typeof out !== 'string') throw new Error('toolkit-api: the plugin options need `out`, the folder typedoc writes the pages to (see TOOLKIT_API in docusaurus.config.ts).');
  const outDir = path.resolve(siteDir, out);
  const cacheDir = productCacheDir(siteDir);
  const key = await toolkitApiPagesKey(siteDir, options);
  const cached = await readCachedProduct(cacheDir, CACHED_PAGES, key);
  if (cached && (await restoreFolder(outDir, cached))) return {name: 'toolkit-api'};
  // ESM-only; Node's own require loads it where Docusaurus's config loader cannot.
  const {default: pluginTypedoc} = createRequire(import.meta.url)('docusaurus-plugin-typedoc') as {default: TypedocPlugin};
  const generated = await pluginTypedoc(context, options);
  await writeCachedProduct(cacheDir, CACHED_PAGES, key, packFiles(await readFilesUnder(outDir, '**/*')));
  return generated;
}

/** Options are docusaurus-plugin-typedoc's (see TOOLKIT_API in docusaurus.config.ts). */
export default async function pluginToolkitApi(context: LoadContext, options: unknown): Promise<Plugin> {
  // The pages in docs/toolkit/api/ are there: the toolkit docs instance reads them.
  if (earlierLocaleBuilt()) return {name: 'toolkit-api'};
  const plugin = await oncePerBuild(`toolkit-api:${context.siteDir}`, () => writePages(context, options));
  return {...plugin, name: 'toolkit-api'};
}
