import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';

/**
 * The published editions of the master plan, newest first: Docusaurus's
 * versions.json, or none when the site has not published one. Synchronous,
 * because docusaurus.config.ts reads it while it loads.
 */
export function publishedEditions(siteDir: string): string[] {
  const file = path.join(siteDir, 'versions.json');
  if (!existsSync(file)) return [];
  const versions: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return Array.isArray(versions) ? versions.map(String) : [];
}

/**
 * The master plan docs plugin's `versions` option: the working draft stays at
 * /rencana-induk/ labelled "Draf", each published edition (versions.json) gets
 * its own URL, the label "Edisi <years>" (English in i18n/en/…/version-<name>.json)
 * and the banner saying it is a past edition.
 */
export function editionVersions(siteDir: string): NonNullable<DocsOptions['versions']> {
  return {
    current: {label: 'Draf', banner: 'none'},
    ...Object.fromEntries(publishedEditions(siteDir).map((name) => [name, {label: `Edisi ${name.replace('-', '–')}`, banner: 'unmaintained' as const}])),
  };
}
