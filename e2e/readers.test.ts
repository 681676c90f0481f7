import type {BrowserContext, Page} from 'playwright-core';
import {beforeAll, expect, it} from 'vitest';

import {axeFor, describeViolation} from '../test/support/axe';
import {describeInBrowser, servedSiteInBrowser} from '../test/support/browser';

const PRESS_POST = 'siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/';

describeInBrowser('readers’ features in the browser', () => {
  const site = servedSiteInBrowser();
  /** Every URL any page requested, to prove nothing leaves the site. */
  const requested: string[] = [];

  beforeAll(() => {
    site.chromium.context.on('request', (request) => void requested.push(request.url()));
  });

  async function open(route: string, context: BrowserContext = site.chromium.context): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${site.server.origin}${route}`, {waitUntil: 'networkidle'});
    return page;
  }

  /** Pages and words Pagefind matches for a query, in the index of the given page's locale. */
  async function markedWords(page: Page, query: string): Promise<{urls: string[]; words: string[]}> {
    // A string, so the test runner does not rewrite the page's dynamic import.
    return page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search(${JSON.stringify(query)});
      const data = await Promise.all(search.results.map((result) => result.data()));
      // Every matched word of every page (an excerpt shows only one passage): Pagefind's
      // locations index the page's words, split on white space.
      const words = data.flatMap((result) => {
        const all = result.content.split(/\\s+/);
        return result.locations.map((at) => all[at].toLowerCase().replace(/[^\\p{L}\\p{N}-]/gu, ''));
      });
      return {urls: data.map((result) => result.url), words};
    })()`);
  }

  // Indonesian pages are stemmed as Indonesian (be-, pe-...-an); English pages as English,
  // where the query still prefix-matches compounds. Snowball's Indonesian stemmer strips
  // ke- from a bare `kerjasama`, so in Indonesian that page is found through `bekerjasama`.
  it.each([
    ['/', ['bekerja', 'pekerjaan', 'bekerjasama']],
    ['/en/', ['kerjasama']],
  ])('an Indonesian query for "kerja" on %s finds stemmed words', async (route, expected) => {
    const page = await open(route);
    const {urls, words} = await markedWords(page, 'kerja');
    await page.close();
    const prefix = route === '/' ? /^\/(?!en\/)/ : /^\/en\//;
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((url) => prefix.test(url))).toBe(true);
    expect(urls).toContain(`${route}${PRESS_POST}`);
    for (const word of expected) expect(words).toContain(word);
    // Not only the query itself: the index stems (Indonesian prefixes and suffixes).
    expect(words.some((word) => word !== 'kerja' && !word.startsWith('kerja'))).toBe(route === '/');
  });

  it('opens the search modal with "/" and shows highlighted excerpts, filtered by collection', async () => {
    const before = requested.length;
    const page = await open('/rencana-induk/');
    expect(requested.slice(before).some((url) => url.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    const dialog = page.getByTestId('search-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.getByTestId('search-input').fill('kerja');
    await page.locator('[data-testid="search-results"] li mark').first().waitFor();
    expect(requested.slice(before).some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    const options = await page.getByTestId('search-filter').locator('option').allTextContents();
    expect(options).toEqual(expect.arrayContaining(['Rencana induk', 'Kurikulum', 'Konsultasi', 'Siaran pers']));
    await page.getByTestId('search-filter').selectOption('Kurikulum');
    await expect
      .poll(async () => [...new Set(await page.locator('[data-testid="search-results"] li a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname.split('/')[1])))])
      .toEqual(['kurikulum']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    await page.keyboard.press('Control+k');
    await expect.poll(() => page.getByTestId('search-dialog').isVisible()).toBe(true);
    await page.close();
  });

  it('remembers a module marked done across a reload and shows it on the map', async () => {
    const page = await open('/kurikulum/dasar-e-government/');
    const button = page.getByTestId('mark-done');
    await expect.poll(() => button.isEnabled()).toBe(true);
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.reload({waitUntil: 'networkidle'});
    await expect.poll(() => page.getByTestId('mark-done').getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('module-card-done').isVisible()).toBe(true);
    await page.goto(`${site.server.origin}/kurikulum/`, {waitUntil: 'networkidle'});
    const node = page.locator('[data-testid="curriculum-map"] a[data-module="dasar-e-government"]');
    await expect.poll(() => node.getAttribute('data-done')).toBe('true');
    expect(await page.locator('[data-testid="curriculum-map"] a[data-module="integrasi-layanan"]').getAttribute('data-done')).toBe('false');
    // The done state exists only after a reader marks a module: the accessibility gate, which loads each
    // page fresh, cannot see it. The name starts with the visible label and still says "selesai" (issue 13).
    expect(await page.getByRole('link', {name: 'Dasar-dasar e-government, 6 jam, selesai', exact: true}).count()).toBe(1);
    const {violations} = await axeFor(page).include('[data-testid="curriculum-map"]').analyze();
    expect(violations.map((violation) => describeViolation('/kurikulum/ (a module done)', violation))).toEqual([]);
    expect(await page.getByTestId('progress-summary').first().textContent()).toMatch(/^1 dari 3 modul selesai/);
    expect(await page.locator('#curriculum-progress').getAttribute('value')).toBe('1');
    await page.getByRole('button', {name: 'Atur ulang kemajuan'}).click();
    await expect.poll(() => node.getAttribute('data-done')).toBe('false');
    await page.close();
  });

  it('still reads and marks modules when the browser refuses storage', async () => {
    const errors: string[] = [];
    const page = await site.chromium.context.newPage();
    page.on('pageerror', (error) => void errors.push(error.message));
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The user denied storage', 'SecurityError');
        },
      });
    });
    await page.goto(`${site.server.origin}/kurikulum/`, {waitUntil: 'networkidle'});
    expect(await page.locator('[data-testid="curriculum-map"] a[data-module]').count()).toBe(3);
    expect(await page.getByText('kemajuan hanya diingat sampai halaman ditutup').isVisible()).toBe(true);
    await page.goto(`${site.server.origin}/kurikulum/dasar-e-government/`, {waitUntil: 'networkidle'});
    await page.getByTestId('mark-done').click();
    await expect.poll(() => page.getByTestId('mark-done').getAttribute('aria-pressed')).toBe('true');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['/glosarium/', 'Sumber'],
    ['/en/glosarium/', 'Sources'],
  ])('names on %s the published source of each term the glossary sources (SPBE: Perpres 95/2018; kerja sama: KBBI)', async (route, label) => {
    const page = await open(route);
    const spbe = await page.locator('section[aria-labelledby="spbe"]').innerText();
    const kerjaSama = await page.locator('section[aria-labelledby="kerja-sama"]').innerText();
    await page.close();
    expect(spbe).toContain(`${label}: `);
    expect(spbe).toContain('Peraturan Presiden Nomor 95 Tahun 2018 tentang Sistem Pemerintahan Berbasis Elektronik');
    expect(kerjaSama).toContain('Kamus Besar Bahasa Indonesia (KBBI) Daring');
  });

  it('shows a <Term> definition on keyboard focus and hides it with Escape', async () => {
    const page = await open('/rencana-induk/sejarah-kerja-sama/');
    const term = page.locator('article a[aria-describedby^="term-"]').first();
    const tooltipId = await term.getAttribute('aria-describedby');
    const tooltip = page.locator(`[id="${tooltipId}"]`);
    expect(await tooltip.isVisible()).toBe(false);
    for (let tab = 0; tab < 80; tab++) {
      await page.keyboard.press('Tab');
      if (await term.evaluate((element) => element === document.activeElement)) break;
    }
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.getAttribute('role')).toBe('tooltip');
    expect(await tooltip.textContent()).toContain('teknologi informasi dan komunikasi');
    expect(new URL((await term.evaluate((element) => (element as HTMLAnchorElement).href))).hash).toBe('#e-government');
    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.close();
  });

  it.each([
    ['/konsultasi/', 'Mengoperasikan Pusat Kerja Sama e-Government di kantor Kementerian PANRB.', 'Pusat Kerja Sama e-Government Indonesia–Korea', 'Tidak diketahui', '2 tidak diketahui'],
    ['/en/konsultasi/', 'Operate the e-Government Cooperation Center', 'Korea–Indonesia E-Government Cooperation Center', 'Not known', '2 not known'],
  ])('%s lists the notes’ actions with owning team, due date and state in words; none is overdue unless open', async (route, action, owner, state, summary) => {
    const page = await open(route);
    const rows = page.locator('[data-testid="open-actions"] tbody tr');
    const texts = await rows.allTextContents();
    expect(texts.length).toBeGreaterThanOrEqual(2);
    const row = texts.find((text) => text.includes(action.slice(0, 30)));
    expect(row).toBeDefined();
    expect(row).toContain(owner);
    expect(row).not.toContain('Rini Widyantini');
    expect(row).toMatch(/2019/);
    expect(row).toContain(state);
    expect(await page.locator('[data-testid="open-actions"] tr[data-overdue="true"]').count()).toBe(0);
    expect(await page.locator('[data-testid="consultation-index"] tbody tr').count()).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('consultation-actions').first().textContent()).toBe(summary);
    await page.close();
  });

  it.each(['/', '/en/'])('gives the press release on %s NewsArticle JSON-LD with its offset date', async (prefix) => {
    const page = await open(`${prefix}${PRESS_POST}`);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const articles = blocks.map((text) => JSON.parse(text) as Record<string, unknown>).filter((data) => data['@type'] === 'NewsArticle');
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      datePublished: '2016-03-02T14:35:00+07:00',
      author: [{'@type': 'Person', name: 'Irvina Falah'}],
      publisher: {name: expect.stringContaining('PANRB')},
    });
    expect(typeof articles[0]?.headline).toBe('string');
    expect(await page.locator('meta[property="article:published_time"]').getAttribute('content')).toBe('2016-03-02T14:35:00+07:00');
    expect(await page.locator('meta[name="twitter:title"]').count()).toBe(1);
    expect(await page.getByTestId('press-attribution').textContent()).toContain('HUMASMENPAN');
    await page.close();
  });

  it('loads nothing from another host, on the pages of every kind in both languages', async () => {
    // It visits its own pages, so it passes alone and in any order.
    const before = requested.length;
    const routes = ['', 'rencana-induk/', 'rencana-induk/peta-program/', 'kurikulum/', 'konsultasi/', PRESS_POST, 'glosarium/', 'status/'];
    for (const route of [...routes.map((r) => `/${r}`), ...routes.map((r) => `/en/${r}`)]) {
      const page = await open(route);
      await page.close();
    }
    const visited = requested.slice(before);
    expect(visited.length).toBeGreaterThan(routes.length * 2);
    expect(visited.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('data:'))).toEqual([]);
  });

  it('has an accessible search dialog', async () => {
    const page = await open('/en/glosarium/');
    await page.getByTestId('search-button').click();
    await page.getByTestId('search-input').fill('kerja');
    await page.locator('[data-testid="search-results"] li').first().waitFor();
    // The open dialog with results exists only after typing: the accessibility gate loads pages and cannot see it.
    const {violations} = await axeFor(page).include('[data-testid="search-dialog"]').analyze();
    await page.close();
    expect(violations.map((violation) => describeViolation('/en/glosarium/ (search dialog)', violation))).toEqual([]);
  });
});
