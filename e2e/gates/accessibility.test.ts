import {readFileSync} from 'node:fs';
import path from 'node:path';

import axe from 'axe-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {AXE_RULES, axeFor, axeVersionOf, describeViolation, PINNED_AXE_VERSION, whyNotRun} from '../../test/support/axe';
import {describeInBrowser} from '../../test/support/browser';
import {builtPages} from '../../test/support/builtFiles';
import {LOCALE_PREFIXES, PAGE_TYPES} from '../../test/support/pageTypes';
import {searchInDialog} from '../../test/support/search';
import {openSiteBrowser, type SiteBrowser} from '../../test/support/siteBrowser';

/** A built file's URL path: `en/kurikulum/index.html` is served as `/en/kurikulum/`. */
function urlPathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Rules axe ran on a page, whatever their outcome. */
function rulesRun(results: Awaited<ReturnType<ReturnType<typeof axeFor>['analyze']>>): Set<string> {
  return new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id));
}

const FIXTURES = path.join(__dirname, 'fixtures');

describe('the rules the gate runs', () => {
  const notRun = Object.fromEntries(
    axe
      .getRules()
      .filter((rule) => !AXE_RULES.includes(rule.ruleId))
      .map((rule) => [rule.ruleId, whyNotRun(rule.tags)]),
  );

  it('are every rule of axe-core but the deprecated and level-AAA ones', () => {
    expect(notRun).toEqual({
      'aria-roledescription': 'deprecated by axe-core',
      'audio-caption': 'deprecated by axe-core',
      'color-contrast-enhanced': 'WCAG level AAA',
      'duplicate-id': 'deprecated by axe-core',
      'duplicate-id-active': 'deprecated by axe-core',
      'identical-links-same-purpose': 'WCAG level AAA',
      'landmark-complementary-is-top-level': 'deprecated by axe-core',
      'meta-refresh-no-exceptions': 'WCAG level AAA',
    });
  });

  it.each(['label-content-name-mismatch', 'target-size', 'p-as-heading', 'css-orientation-lock'])(
    'include %s, which axe leaves out by default or a WCAG 2.1 tag list misses',
    (rule) => {
      expect(AXE_RULES).toContain(rule);
    },
  );
});

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

  it(`runs axe-core ${PINNED_AXE_VERSION} (package.json) with those rules, and reports a link whose accessible name does not start with its visible label`, async () => {
    const page = await site.context.newPage();
    try {
      await page.setContent(readFileSync(path.join(FIXTURES, 'link-name-not-visible-label.html'), 'utf8'));
      const results = await axeFor(page).analyze();
      expect(axeVersionOf(results)).toBe(PINNED_AXE_VERSION);
      expect(await page.evaluate(() => (window as unknown as {axe: {version: string}}).axe.version)).toBe(PINNED_AXE_VERSION);
      expect([...rulesRun(results)].sort()).toEqual([...AXE_RULES].sort());
      const mismatch = results.violations.find((violation) => violation.id === 'label-content-name-mismatch');
      expect(mismatch?.impact).toBe('serious');
      expect(mismatch?.nodes.map((node) => node.target.join(' ')).sort()).toEqual(['#map-node-joined', '#plain-mismatch']);
    } finally {
      await page.close();
    }
  });

  it('has no violation on any page (light theme) or page type (dark theme)', async () => {
    expect(visits.length).toBeGreaterThan(50);
    const violations: string[] = [];
    const versions = new Set<string>();
    for (const {path: urlPath, colorScheme} of visits) {
      // One browser page reused for every URL keeps this gate to about a second a page.
      await site.visit(urlPath, {colorScheme, waitUntil: 'load'});
      const results = await axeFor(site.page).analyze();
      versions.add(axeVersionOf(results));
      for (const violation of results.violations) violations.push(describeViolation(`${urlPath} (${colorScheme})`, violation));
    }
    expect([...versions]).toEqual([PINNED_AXE_VERSION]);
    expect(violations).toEqual([]);
  }, 900_000);

  // The dialog exists only once a reader opens it, so the page sweep above never sees it (issue 18).
  it.each(LOCALE_PREFIXES.map(({prefix}) => prefix))('has no violation in the search dialog saying what else it searched for (%s, both themes)', async (prefix) => {
    const violations: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await site.visit(prefix, {colorScheme});
      await searchInDialog(site.page, 'kerjasama');
      const results = await axeFor(site.page).include('[data-testid="search-dialog"]').analyze();
      for (const violation of results.violations) violations.push(describeViolation(`${prefix} search dialog (${colorScheme})`, violation));
    }
    expect(violations).toEqual([]);
  });
});
