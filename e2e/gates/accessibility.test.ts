import AxeBuilder from '@axe-core/playwright';
import {afterAll, beforeAll, expect, it} from 'vitest';

import {describeInBrowser} from '../support/browser';
import {builtPages} from '../support/builtFiles';
import {LOCALE_PREFIXES, PAGE_TYPES} from '../support/pageTypes';
import {openSiteBrowser, type SiteBrowser} from '../support/siteBrowser';

/** A built file's URL path: `en/kurikulum/index.html` is served as `/en/kurikulum/`. */
function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** axe impacts that fail the gate; `minor` and `moderate` ones are listed in the output. */
const BLOCKING = new Set(['serious', 'critical']);

describeInBrowser('accessibility (axe-core) on every built page of both locales', () => {
  let site: SiteBrowser;
  // Every page in the light theme; one page of each type in the dark theme too
  // (the locales share their styles, so one locale's dark pages are enough).
  const visits = [
    ...builtPages().map((file) => ({path: urlPathOf(file), colorScheme: 'light' as const})),
    ...PAGE_TYPES.map((type) => ({path: `${LOCALE_PREFIXES[0].prefix}${type.route}`, colorScheme: 'dark' as const})),
  ];

  beforeAll(async () => {
    site = await openSiteBrowser();
  });
  afterAll(async () => {
    await site?.close();
  });

  it('has no serious or critical violation on any page (light theme) or page type (dark theme)', async () => {
    expect(visits.length).toBeGreaterThan(50);
    const blocking: string[] = [];
    const other: string[] = [];
    for (const {path, colorScheme} of visits) {
      // One browser page reused for every URL keeps this gate to about a second a page.
      await site.visit(path, {colorScheme, waitUntil: 'load'});
      const {violations} = await new AxeBuilder({page: site.page})
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      for (const violation of violations) {
        const nodes = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
        const line = `${path} (${colorScheme}) ${violation.impact ?? 'unknown'} ${violation.id}: ${violation.help} — ${nodes.join('; ')}`;
        (BLOCKING.has(violation.impact ?? '') ? blocking : other).push(line);
      }
    }
    if (other.length > 0) console.info(`axe: ${other.length} minor or moderate findings:\n${other.join('\n')}`);
    expect(blocking).toEqual([]);
  }, 600_000);
});
