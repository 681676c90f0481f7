import {readFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {describe, expect, it} from 'vitest';

import {describeInBrowser, servedSiteInBrowser} from '../test/support/browser';
import {pageForRoute, readBuilt} from '../test/support/builtFiles';
import {BUILD_DIR} from '../test/support/paths';
import {LOCALE_PREFIXES, OFFICIAL_PAGES} from '../test/support/pageTypes';

/** The open licence the site's own text is published under; every statement of the terms must name it. */
const SITE_LICENCE = 'CC BY 4.0';

const officialPagesInBothLocales = LOCALE_PREFIXES.flatMap(({locale, prefix}) =>
  OFFICIAL_PAGES.map((type) => ({locale, prefix, route: `${prefix}${type.route}`, name: type.name})),
);

describe('the pages an official site has (issue 15)', () => {
  it.each(LOCALE_PREFIXES)('$locale: every page is linked from the footer, with the developers’ toolkit', ({prefix}) => {
    const $ = load(readBuilt(pageForRoute(prefix)));
    const footerLinks = $('.footer a').map((_i, link) => $(link).attr('href')).get();
    expect(footerLinks).toEqual(expect.arrayContaining([...OFFICIAL_PAGES.map((type) => `${prefix}${type.route}`), `${prefix}toolkit/`]));
  });

  it.each(officialPagesInBothLocales)('$route ($name) has its own title in its language', ({locale, route}) => {
    const $ = load(readBuilt(pageForRoute(route)));
    const title = $('main h1').first().text();
    expect(title).toMatch(/\S/);
    expect($('html').attr('lang')).toBe(locale === 'id' ? 'id-ID' : 'en-GB');
    // The English page is a translation, not the Indonesian one served again.
    const other = locale === 'id' ? `/en/${route.slice(1)}` : route.replace(/^\/en\//, '/');
    expect(load(readBuilt(pageForRoute(other)))('main h1').first().text()).not.toBe(title);
  });

  it.each(LOCALE_PREFIXES)('$locale: the footer, the copyright page and both feeds state the same licence, and the feeds no build year', ({prefix}) => {
    const $ = load(readBuilt(pageForRoute(prefix)));
    expect($('.footer__copyright').text()).toContain(SITE_LICENCE);
    expect(load(readBuilt(pageForRoute(`${prefix}hak-cipta/`)))('main').text()).toContain(SITE_LICENCE);
    for (const [feed, element] of [['rss.xml', 'copyright'], ['atom.xml', 'rights']] as const) {
      const xml = load(readFileSync(path.join(BUILD_DIR, prefix, 'siaran-pers', feed), 'utf8'), {xml: true});
      const copyright = xml(`channel > ${element}, feed > ${element}`).first().text();
      expect(copyright, `${prefix}siaran-pers/${feed}`).toContain(SITE_LICENCE);
      expect(copyright).not.toMatch(/\b20\d\d\b/);
    }
  });

  it.each(['/kontak/', '/en/kontak/', '/aksesibilitas/', '/en/aksesibilitas/'])('%s sends problems to the repository’s issue tracker', (route) => {
    // The repository "Edit this page" points at (REPOSITORY_URL).
    const chapter = load(readBuilt(pageForRoute('/rencana-induk/')));
    const repository = chapter('.theme-edit-this-page').attr('href')?.replace(/\/edit\/main\/.*$/, '');
    expect(repository).toMatch(/^https:\/\//);
    const $ = load(readBuilt(pageForRoute(route)));
    expect($('main a').map((_i, link) => $(link).attr('href')).get()).toContain(`${repository}/issues`);
  });
});

describeInBrowser('the privacy page tells the truth', () => {
  const site = servedSiteInBrowser();

  it('lists every localStorage key a reader’s use leaves, in both languages, and the site sets no cookie', async () => {
    // A fresh profile: nothing kept before this test.
    const {context} = site.chromium;
    const page = await context.newPage();
    // What a reader can do that keeps something: mark a module done, switch the colour mode.
    await page.goto(`${site.server.origin}/kurikulum/dasar-e-government/`, {waitUntil: 'networkidle'});
    await page.getByTestId('mark-done').click();
    await expect.poll(() => page.getByTestId('mark-done').getAttribute('aria-pressed')).toBe('true');
    await page.locator('button[class*="toggleButton"]:not([disabled])').click();
    const kept = await page.evaluate(() => Object.keys(localStorage));
    expect(kept.length).toBeGreaterThan(1);
    for (const {prefix} of LOCALE_PREFIXES) {
      await page.goto(`${site.server.origin}${prefix}privasi/`, {waitUntil: 'networkidle'});
      const listed = await page.locator('main table code').allTextContents();
      expect(kept.filter((key) => !listed.includes(key)), `${prefix}privasi/`).toEqual([]);
    }
    expect(await context.cookies()).toEqual([]);
    await page.close();
  });
});
