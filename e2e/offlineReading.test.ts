import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {FileSystemConfigLoader, HtmlValidate} from 'html-validate';
import type {BrowserContext, Page} from 'playwright-core';
import {glob} from 'tinyglobby';
import {expect, it} from 'vitest';

import {writePrecacheLists} from '../scripts/postbuild/offlinePrecache';
import {launchChromium} from '../src/toolkit/browser/launchChromium';
import {axeFor, describeViolation} from '../test/support/axe';
import {describeInBrowser} from '../test/support/browser';
import {BUILD_DIR, SITE_DIR} from '../test/support/paths';
import {serveBuild} from '../test/support/serveBuild';
import {serveLikeAHost} from '../test/support/serveLikeAHost';

/** Saving downloads a few MB; the machine may be busy with other builds. */
const SAVED_WITHIN = 120_000;

/**
 * Per language: two modules and their titles, a query that finds a word only through the stemmer (not as a
 * prefix) and the word, and the module to mark done (another in each: progress is one list for both languages).
 */
const LOCALES = [
  {
    prefix: '/',
    modules: {'dasar-keamanan-informasi': 'Dasar keamanan informasi', 'integrasi-layanan': 'Integrasi layanan pemerintah'},
    stemming: {query: 'kerja', finds: 'pekerjaan'},
    markDone: 'dasar-e-government',
  },
  {
    prefix: '/en/',
    modules: {'dasar-keamanan-informasi': 'Information security basics', 'integrasi-layanan': 'Integrating government services'},
    stemming: {query: 'integrating', finds: 'integrated'},
    markDone: 'integrasi-layanan',
  },
] as const;

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, {waitUntil: 'networkidle'});
  return page;
}

/**
 * The accessibility and HTML-validity gates load each built page as it is
 * first served: the control's later states and the update prompt exist only
 * after a reader acts, so they are checked here, with the same rules.
 */
async function gateProblems(page: Page, selector: string, label: string): Promise<string[]> {
  const {violations} = await axeFor(page).include(selector).analyze();
  const markup = await page.locator(selector).evaluate((element) => element.outerHTML);
  const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
    `<!doctype html><html lang="id"><head><title>${label}</title></head><body><main>${markup}</main></body></html>`,
    path.join(SITE_DIR, 'offline-fragment.html'),
  );
  return [
    ...violations.map((violation) => describeViolation(label, violation)),
    ...report.results.flatMap((result) => result.messages.map((message) => `${label} ${message.ruleId}: ${message.message}`)),
  ];
}

/** Turns offline reading on from the curriculum index and waits until the worker reports every file stored. */
async function saveForOffline(context: BrowserContext, url: string): Promise<Page> {
  const page = await open(context, url);
  const control = page.getByTestId('offline-reading');
  expect(await control.getAttribute('data-offline-state')).toBe('off');
  await page.getByTestId('offline-save').click();
  await expect.poll(() => control.getAttribute('data-offline-state'), {timeout: SAVED_WITHIN}).toBe('saved');
  expect(await control.getByRole('status').textContent()).toMatch(/^(Tersimpan|Saved)\./);
  expect(await gateProblems(page, '[data-testid="offline-reading"]', `${new URL(url).pathname} (offline copy saved)`)).toEqual([]);
  return page;
}

/**
 * The words Pagefind matched for a query, from the index of the page's language (as e2e/readers.test.ts),
 * on the page's own thread as the search dialog runs it on a page the offline worker serves.
 */
async function matchedWords(page: Page, origin: string, query: string): Promise<string[]> {
  // A string, so the test runner does not rewrite the page's dynamic import.
  return page.evaluate(`(async () => {
    const pagefind = await import(${JSON.stringify(`${origin}/pagefind/pagefind.js`)});
    await pagefind.options({noWorker: true});
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.map((result) => result.data()));
    return data.flatMap((result) => {
      const all = result.content.split(/\\s+/);
      return result.locations.map((at) => all[at].toLowerCase().replace(/[^\\p{L}\\p{N}-]/gu, ''));
    });
  })()`);
}

describeInBrowser('offline reading', () => {
  it('downloads nothing extra for a reader who never saves the site', async () => {
    const server = await serveBuild();
    const chromium = await launchChromium();
    try {
      const requested: string[] = [];
      chromium.context.on('request', (request) => void requested.push(new URL(request.url()).pathname));
      for (const route of ['/', '/kurikulum/', '/rencana-induk/', '/en/kurikulum/', '/en/rencana-induk/']) {
        const page = await open(chromium.context, `${server.origin}${route}`);
        // The control is on the page, and nothing was registered or stored.
        if (route.endsWith('kurikulum/') || route.endsWith('rencana-induk/')) {
          expect(await page.getByTestId('offline-reading').getAttribute('data-offline-state')).toBe('off');
        }
        expect(await page.evaluate(async () => ({workers: (await navigator.serviceWorker.getRegistrations()).length, caches: await caches.keys()}))).toEqual({workers: 0, caches: []});
        await page.close();
      }
      expect(requested.filter((url) => /(^|\/)sw\.js$|\/pagefind\/|\.pdf$|workbox/.test(url))).toEqual([]);
    } finally {
      await chromium.close();
      await server.close();
    }
  });

  it('reads the saved curricula and master plan with the server stopped, search and progress included, in both languages', async () => {
    const server = await serveBuild();
    const chromium = await launchChromium();
    const {origin} = server;
    const requested: string[] = [];
    // The worker's own requests included (Playwright reports them on the context).
    chromium.context.on('request', (request) => void requested.push(request.url()));
    try {
      for (const {prefix} of LOCALES) await (await saveForOffline(chromium.context, `${origin}${prefix}kurikulum/`)).close();
      // Stopped, not `context.setOffline`: that would not stop the worker's own requests.
      await server.close();
      const failed: string[] = [];
      chromium.context.on('requestfailed', (request) => {
        // Closing a page aborts what it was still prefetching; that is not a file missing offline.
        if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${request.url()} ${request.failure()?.errorText}`);
      });
      for (const {prefix, stemming, modules, markDone} of LOCALES) {
        // Two modules never opened before.
        for (const [slug, title] of Object.entries(modules)) {
          const page = await open(chromium.context, `${origin}${prefix}kurikulum/${slug}/`);
          expect(await page.locator('article h1').textContent()).toBe(title);
          await page.close();
        }
        const diagram = await open(chromium.context, `${origin}${prefix}rencana-induk/peta-program/`);
        expect(await diagram.locator('article .mermaid-diagram svg').count()).toBeGreaterThan(0);
        await diagram.close();
        const math = await open(chromium.context, `${origin}${prefix}rencana-induk/indeks-kematangan/`);
        expect(await math.locator('article .katex').count()).toBeGreaterThan(0);
        const katexFonts = await math.evaluate(async () => {
          await document.fonts.ready;
          return [...document.fonts].filter((font) => font.family.includes('KaTeX') && font.status === 'loaded').length;
        });
        expect(katexFonts).toBeGreaterThan(0);
        expect(await matchedWords(math, origin, stemming.query)).toContain(stemming.finds);
        await math.close();
        // The search dialog, as a reader uses it: results whose marked words the stemmer found.
        const searching = await open(chromium.context, `${origin}${prefix}kurikulum/`);
        await searching.keyboard.press('/');
        await searching.getByTestId('search-input').fill(stemming.query);
        const marks = searching.locator('[data-testid="search-results"] li mark');
        await marks.first().waitFor();
        const marked = (await marks.allTextContents()).map((word) => word.toLowerCase());
        expect(marked.some((word) => !word.startsWith(stemming.query))).toBe(true);
        await searching.close();
        const module = await open(chromium.context, `${origin}${prefix}kurikulum/${markDone}/`);
        const button = module.getByTestId('mark-done');
        await expect.poll(() => button.isEnabled()).toBe(true);
        expect(await button.getAttribute('aria-pressed')).toBe('false');
        await button.click();
        await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
        await module.goto(`${origin}${prefix}kurikulum/`, {waitUntil: 'networkidle'});
        const node = module.locator(`[data-testid="curriculum-map"] a[data-module="${markDone}"]`);
        await expect.poll(() => node.getAttribute('data-done')).toBe('true');
        await module.close();
      }
      expect(failed).toEqual([]);
      expect(requested.length).toBeGreaterThan(300);
      expect(requested.filter((url) => !url.startsWith(`${origin}/`))).toEqual([]);
    } finally {
      await chromium.close();
      await server.close().catch(() => undefined);
    }
  });

  it('offers a new build with a polite prompt, keeps the old pages until the reader reloads, then shows the new text', async () => {
    const siteDir = await mkdtemp(path.join(tmpdir(), 'offline-update-'));
    await cp(BUILD_DIR, siteDir, {recursive: true});
    // A host that reads files on every request, so the deployment can be swapped under it.
    const server = await serveLikeAHost(siteDir);
    const chromium = await launchChromium();
    const oldText = 'usulan tim penyusun kurikulum';
    const newText = 'usulan tim kurikulum, diperbarui';
    const requested: string[] = [];
    chromium.context.on('request', (request) => void requested.push(request.url()));
    try {
      const page = await saveForOffline(chromium.context, `${server.origin}/kurikulum/`);
      await page.reload({waitUntil: 'networkidle'});
      expect(await page.getByTestId('update-prompt').count()).toBe(0);
      // The next deployment: one text changed (in the page and in its content chunk), the worker's list made again.
      const changed = await glob(['kurikulum/index.html', 'assets/js/*.js'], {cwd: siteDir});
      for (const file of changed) {
        const text = await readFile(path.join(siteDir, file), 'utf8');
        if (text.includes(oldText)) await writeFile(path.join(siteDir, file), text.replaceAll(oldText, newText));
      }
      await writePrecacheLists(siteDir);
      // Opening a page makes the browser look for a new worker; it installs beside the old one and waits.
      await page.reload({waitUntil: 'networkidle'});
      const prompt = page.getByTestId('update-prompt');
      await expect.poll(() => prompt.getByRole('status').textContent(), {timeout: SAVED_WITHIN}).toBe('Konten baru tersedia');
      expect(await prompt.getByRole('status').getAttribute('aria-live')).toBe('polite');
      expect(await gateProblems(page, '[data-testid="update-prompt"]', '/kurikulum/ (update prompt)')).toEqual([]);
      // Never a mix: until the reader reloads, pages still come from the old build.
      expect(await page.locator('article').textContent()).toContain(oldText);
      const other = await open(chromium.context, `${server.origin}/kurikulum/`);
      expect(await other.locator('article').textContent()).toContain(oldText);
      await other.close();
      // By keyboard: the reload button is a button in the tab order.
      await page.getByTestId('update-reload').focus();
      const reloaded = page.waitForEvent('load');
      await page.keyboard.press('Enter');
      await reloaded;
      await expect.poll(() => page.locator('article').textContent()).toContain(newText);
      expect(await page.getByTestId('update-prompt').count()).toBe(0);
      // "Hapus salinan offline" takes the worker and every stored file away again.
      await page.getByTestId('offline-remove').click();
      await expect.poll(() => page.getByTestId('offline-reading').getAttribute('data-offline-state')).toBe('off');
      expect(await page.evaluate(async () => ({workers: (await navigator.serviceWorker.getRegistrations()).length, caches: await caches.keys()}))).toEqual({workers: 0, caches: []});
      expect(requested.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
    } finally {
      await chromium.close();
      await server.close();
      await rm(siteDir, {recursive: true, force: true});
    }
  });
});
