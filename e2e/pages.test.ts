import {afterAll, beforeAll, expect, it} from 'vitest';

import {describeInBrowser} from '../test/support/browser';
import {visibleDiagramLabels} from '../test/support/diagramContrast';
import {LOCALE_PREFIXES, pagesInBothLocales, PAGE_TYPES} from '../test/support/pageTypes';
import {NO_PROBLEMS, openSiteBrowser, problemsOf, type SiteBrowser} from '../test/support/siteBrowser';

/** WCAG AA for normal text; diagram labels are 16 px. */
const MIN_LABEL_CONTRAST = 4.5;

const DIAGRAM_PAGES = pagesInBothLocales(PAGE_TYPES.filter((type) => type.has?.includes('diagram')));
const MATH_PAGES = pagesInBothLocales(PAGE_TYPES.filter((type) => type.has?.includes('math')));

describeInBrowser('the built site in Chromium', () => {
  let site: SiteBrowser;

  beforeAll(async () => {
    site = await openSiteBrowser();
  });
  afterAll(async () => {
    await site?.close();
  });

  /** Site-wide colour mode, as the toggle stores it; cleared so each test starts from the OS preference. */
  async function forgetColourMode(): Promise<void> {
    await site.page.evaluate(() => localStorage.clear());
  }

  it.each(pagesInBothLocales())('renders the %s page (%s) with no error, no outside request, no CSP violation', async (_label, path) => {
    const visit = await site.visit(path);
    const {page} = visit;
    expect(await page.locator('h1').first().textContent()).toMatch(/\S/);
    expect(await page.locator('main').count()).toBeGreaterThan(0);
    // Hydration finished: React has attached to the navbar (the colour toggle is enabled only then).
    await expect.poll(() => page.locator('button[class*="toggleButton"]:not([disabled])').count()).toBe(1);
    expect(problemsOf(visit)).toEqual(NO_PROBLEMS);
  });

  it('enforces the Content-Security-Policy: an injected inline script is blocked and reported', async () => {
    const visit = await site.visit('/rencana-induk/');
    expect(await visit.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toMatch(/script-src 'self'/);
    await visit.page.addScriptTag({content: 'window.injected = true;'}).catch(() => undefined);
    expect(await visit.page.evaluate(() => (window as {injected?: boolean}).injected)).toBeUndefined();
    await expect.poll(() => visit.cspViolations.length).toBeGreaterThan(0);
  });

  it.each(LOCALE_PREFIXES)('serves $locale pages in $htmlLang', async ({prefix, htmlLang}) => {
    const {page} = await site.visit(prefix);
    expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang);
  });

  it.each(DIAGRAM_PAGES)('draws the %s diagrams as inline SVG in the static HTML, not with Mermaid in the browser', async (_label, path, _type) => {
    const visit = await site.visit(path);
    expect(visit.scripts.filter((script) => /mermaid/i.test(script))).toEqual([]);
    const diagrams = visit.page.locator('.mermaid-diagram');
    expect(await diagrams.count()).toBeGreaterThan(0);
    expect(await diagrams.first().locator('.mermaid-diagram__light > svg').count()).toBe(1);
    expect(await diagrams.first().locator('.mermaid-diagram__dark > svg').count()).toBe(1);
    // Drawn into the served HTML itself, so search engines and readers without JavaScript see it.
    const html = await (await site.context.request.get(`${site.origin}${path}`)).text();
    expect(html).toMatch(/<svg[^>]*id="mermaid-light-0"/);
  });

  it.each(DIAGRAM_PAGES)('keeps the %s diagrams readable in light and dark mode, switched by the site toggle', async (_label, path) => {
    await site.visit(path);
    await forgetColourMode();
    // The operating system prefers dark, the reader picked light on the site: the site wins.
    const {page} = await site.visit(path, {colorScheme: 'light'});
    const toggle = page.locator('button[class*="toggleButton"]:not([disabled])');
    for (const wanted of ['light', 'dark'] as const) {
      for (let clicks = 0; clicks < 3 && (await page.locator('html').getAttribute('data-theme')) !== wanted; clicks++) {
        await toggle.click();
      }
      expect(await page.locator('html').getAttribute('data-theme')).toBe(wanted);
      const other = wanted === 'light' ? 'dark' : 'light';
      await expect.poll(() => page.locator(`.mermaid-diagram__${wanted} > svg`).first().isVisible()).toBe(true);
      expect(await page.locator(`.mermaid-diagram__${other} > svg`).first().isVisible()).toBe(false);

      const labels = await visibleDiagramLabels(page);
      expect(labels.length, 'labels found in the visible diagrams').toBeGreaterThan(3);
      expect(labels.filter((label) => label.contrast < MIN_LABEL_CONTRAST)).toEqual([]);
    }
    await page.emulateMedia({colorScheme: 'dark'});
    await page.reload({waitUntil: 'networkidle'});
    expect(await page.locator('html').getAttribute('data-theme'), 'the stored choice beats the OS').toBe('dark');
    await forgetColourMode();
  });

  it('follows the operating system until the reader chooses', async () => {
    await site.visit('/');
    await forgetColourMode();
    const {page} = await site.visit('/rencana-induk/peta-program/', {colorScheme: 'dark'});
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await page.locator('.mermaid-diagram__dark > svg').first().isVisible()).toBe(true);
  });

  it.each(MATH_PAGES)('typesets the %s formulas as KaTeX markup with MathML for screen readers', async (_label, path) => {
    const {page} = await site.visit(path);
    expect(await page.locator('.katex-display .katex-html').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThanOrEqual(2);
    // KaTeX's own fonts, from our origin, are applied.
    expect(await page.locator('.katex').first().evaluate((element) => getComputedStyle(element).fontFamily)).toContain('KaTeX_Main');
  });

  it.each([
    {from: '/rencana-induk/peta-program/', language: 'English', to: '/en/rencana-induk/peta-program/', htmlLang: 'en-GB'},
    {from: '/en/rencana-induk/peta-program/', language: 'Bahasa Indonesia', to: '/rencana-induk/peta-program/', htmlLang: 'id-ID'},
  ])('switches from $from to $language on the same page', async ({from, language, to, htmlLang}) => {
    const {page} = await site.visit(from);
    await page.locator('.navbar .dropdown--hoverable').filter({has: page.locator(`a[lang]`)}).hover();
    await page.getByRole('link', {name: language, exact: true}).click();
    await page.waitForURL(`${site.origin}${to}`);
    expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang);
  });
});
