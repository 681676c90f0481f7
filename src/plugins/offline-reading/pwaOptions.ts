import path from 'node:path';

import type {Options as PwaOptions, PluginOptions as PwaPluginOptions} from '@docusaurus/plugin-pwa';

import {APPLE_TOUCH_ICON, APP_ICONS_DIR, LOGO_BLUE} from './appIcons';
import {PRECACHE_LIST_PLACEHOLDER} from './precacheList';
import {WEB_APP_MANIFEST} from './webAppManifest';

/**
 * Options for `@docusaurus/plugin-pwa` (issue 18): the worker, the manifest
 * link and our own registration, which registers nothing until a reader
 * saves the site for offline reading (or runs it as an installed app).
 */
export const PWA_OPTIONS = {
  // The plugin's own strategies our registration honours besides the reader's explicit choice;
  // `queryString`, `mobile`, `saveData` and `always` would download the site unasked.
  offlineModeActivationStrategies: ['appInstalled', 'standalone'],
  // The plugin's registration registers a worker for every reader, and its code counts in every page's
  // JavaScript: ours checks one localStorage key and loads the rest only for readers who opted in.
  swRegister: path.resolve(__dirname, '../../components/OfflineReading/registerOnLoad.ts'),
  // The plugin writes its list of files before our post-build steps have written the search index,
  // the PDF and the Content-Security-Policy: it writes a placeholder instead, and the last post-build
  // step (scripts/postbuild/offlinePrecache.ts) writes the real list in its place.
  // (The plugin sets swSrc, swDest and globDirectory itself; its type asks for them anyway.)
  injectManifestConfig: {
    manifestTransforms: [() => ({manifest: [{...PRECACHE_LIST_PLACEHOLDER, size: 0}], warnings: []})],
  } as Partial<PwaPluginOptions['injectManifestConfig']> as PwaPluginOptions['injectManifestConfig'],
  // Paths without a leading slash: the plugin puts each locale's base URL in front (/en/manifest.webmanifest).
  pwaHead: [
    {tagName: 'link', rel: 'manifest', href: WEB_APP_MANIFEST},
    {tagName: 'meta', name: 'theme-color', content: LOGO_BLUE},
    {tagName: 'link', rel: 'apple-touch-icon', href: `${APP_ICONS_DIR}/${APPLE_TOUCH_ICON.file}`},
  ],
} satisfies PwaOptions;
