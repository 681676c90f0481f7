import {expect, it} from 'vitest';

import {describeInBrowser, servedSiteInBrowser} from '../test/support/browser';

describeInBrowser('planner workflow in the browser', () => {
  const site = servedSiteInBrowser();

  it('shows the status board with its bars and table, without script errors', async () => {
    const page = await site.chromium.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${site.server.origin}/en/status/`);
    await expect.poll(() => page.locator('tr[data-chapter]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role="img"]').first().getAttribute('aria-label')).toMatch(/^All chapters — Draft: \d+, In review: \d+, Approved: \d+$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
