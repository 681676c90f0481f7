import {expect, it} from 'vitest';

import {describeInBrowser, servedSiteInBrowser} from '../test/support/browser';
import {LOCALE_PREFIXES} from '../test/support/pageTypes';

/** A common desktop width (issue 15: the navbar wrapped and cut the title there). */
const DESKTOP = {width: 1280, height: 800};

interface NavbarLayout {
  /** Each navbar item's visible text and how many lines it takes. */
  items: Array<{text: string; lines: number}>;
  title: {text: string; scrollWidth: number; clientWidth: number};
  /** Whether the navbar's content is wider than the navbar. */
  overflows: boolean;
  /** Whether the mobile menu button is shown instead of the items. */
  collapsed: boolean;
}

describeInBrowser('the navbar at 1280 × 800', () => {
  const site = servedSiteInBrowser();

  async function layoutOf(route: string): Promise<NavbarLayout> {
    const page = await site.chromium.context.newPage();
    await page.setViewportSize(DESKTOP);
    await page.goto(`${site.server.origin}${route}`, {waitUntil: 'networkidle'});
    const layout = await page.evaluate(() => {
      /** Lines an element's text wraps onto: the distinct tops of its text's boxes (icons are not text). */
      const linesOf = (element: Element): number => {
        const tops = new Set<number>();
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.textContent?.trim()) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) if (rect.width > 0) tops.add(Math.round(rect.top));
        }
        return tops.size;
      };
      const visible = (element: Element) => (element as HTMLElement).offsetParent !== null;
      // Top-level items only: a dropdown's menu entries are hidden until it opens.
      const items = [...document.querySelectorAll('.navbar__inner .navbar__items > .navbar__item')].filter(visible).map((item) => {
        const label = item.matches('.dropdown') ? item.querySelector(':scope > .navbar__link')! : item;
        return {text: (label.textContent ?? '').trim(), lines: linesOf(label)};
      });
      const title = document.querySelector<HTMLElement>('.navbar__title')!;
      const inner = document.querySelector<HTMLElement>('.navbar__inner')!;
      const toggle = document.querySelector<HTMLElement>('.navbar__toggle');
      return {
        items,
        title: {text: title.textContent ?? '', scrollWidth: title.scrollWidth, clientWidth: title.clientWidth},
        overflows: inner.scrollWidth > inner.clientWidth,
        collapsed: toggle !== null && getComputedStyle(toggle).display !== 'none',
      };
    });
    await page.close();
    return layout;
  }

  it.each(LOCALE_PREFIXES.flatMap(({prefix}) => [prefix, `${prefix}rencana-induk/peta-program/`]))('%s: every item on one line, the title whole', async (route) => {
    const layout = await layoutOf(route);
    expect(layout.collapsed).toBe(false);
    expect(layout.items.map((item) => item.text)).toEqual(expect.arrayContaining([route.startsWith('/en/') ? 'Press Releases' : 'Siaran Pers']));
    expect(layout.items.filter((item) => item.lines !== 1)).toEqual([]);
    expect(layout.title.scrollWidth, `title "${layout.title.text}" is cut`).toBeLessThanOrEqual(layout.title.clientWidth);
    expect(layout.overflows).toBe(false);
  });

  it.each(LOCALE_PREFIXES)('$locale: the developers’ toolkit is linked from the footer, not the navbar', async ({prefix}) => {
    const page = await site.chromium.context.newPage();
    await page.goto(`${site.server.origin}${prefix}`);
    expect(await page.locator(`.navbar a[href^="${prefix}toolkit/"]`).count()).toBe(0);
    const footerLink = page.locator(`.footer a[href="${prefix}toolkit/"]`);
    expect(await footerLink.textContent()).toBe(prefix === '/' ? 'Untuk pengembang' : 'For developers');
    await page.close();
  });
});
