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
});
