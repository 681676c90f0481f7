import {afterAll, beforeAll, expect, it} from 'vitest';

import {launchChromium, type LaunchedChromium} from '../src/toolkit/browser/launchChromium';
import {describeInBrowser} from '../test/support/browser';
import {serveBuild, type BuildServer} from '../test/support/serveBuild';

describeInBrowser('planner workflow in the browser', () => {
  let server: BuildServer;
  let browser: LaunchedChromium;
  beforeAll(async () => {
    server = await serveBuild();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the status board with its bars and table, without script errors', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/en/status/`);
    await expect.poll(() => page.locator('tr[data-chapter]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="img"]').first().getAttribute('aria-label')).toMatch(/^All chapters — Draft: \d+, In review: \d+, Approved: \d+$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves from a past edition to the draft through the version dropdown', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/rencana-induk/2016-2019/peta-program/`);
    await expect.poll(() => page.locator('.theme-doc-version-banner').isVisible()).toBe(true);
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.locator('.navbar__items--right .dropdown__link', {hasText: 'Draf'}).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/rencana-induk/peta-program/');
    // The address changes as React starts rendering the draft, so wait for the page itself to follow.
    await expect.poll(() => page.locator('.theme-doc-version-banner').count()).toBe(0);
    await expect.poll(() => page.locator('[data-chapter-meta]').textContent()).toContain('Rini Widyantini');
    await page.close();
  });
});
