import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';

/**
 * The master plan docs plugin's `versions` option: the working draft stays at
 * /rencana-induk/ labelled "Draf", each published edition (versions.json) gets
 * its own URL, the label "Edisi <years>" (English in i18n/en/…/version-<name>.json)
 * and the banner saying it is a past edition. Read synchronously: it runs
 * while docusaurus.config.ts loads.
 */
export function editionVersions(siteDir: string): NonNullable<DocsOptions['versions']> {
  const file = path.join(siteDir, 'versions.json');
  const editions = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as string[]) : [];
  return {
    current: {label: 'Draf', banner: 'none'},
    ...Object.fromEntries(editions.map((name) => [name, {label: `Edisi ${name.replace('-', '–')}`, banner: 'unmaintained' as const}])),
  };
}
