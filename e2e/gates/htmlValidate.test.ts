import path from 'node:path';

import {FileSystemConfigLoader, HtmlValidate, type Message} from 'html-validate';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {describeInBrowser} from '../../test/support/browser';
import {builtPages} from '../../test/support/builtFiles';
import {LOCALE_PREFIXES} from '../../test/support/pageTypes';
import {BUILD_DIR, SITE_DIR} from '../../test/support/paths';
import {searchInDialog} from '../../test/support/search';
import {openSiteBrowser, type SiteBrowser} from '../../test/support/siteBrowser';

/**
 * html-validate 10 over every built page, with the repository's
 * `.htmlvalidate.json` (the recommended rules; each exception is explained in
 * the README's "Quality gates" section).
 */
describe('valid HTML (html-validate)', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const pages = builtPages();

  it('finds the built pages of both locales', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(pages).toContain('en/index.html');
  });

  it.each([
    ['a list item outside a list', '<main><li>x</li></main>', 'element-permitted-parent'],
    ['a duplicated id', '<main><p id="a">x</p><p id="a">y</p></main>', 'no-dup-id'],
    ['an image without text', '<main><img src="a.png"></main>', 'wcag/h37'],
  ])('catches %s with the repository config', async (_label, markup, ruleId) => {
    const report = await validator.validateString(markup, path.join(SITE_DIR, 'fixture.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => message.ruleId))).toContain(ruleId);
  });

  it('reports zero errors on every built page', async () => {
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(BUILD_DIR, page));
      for (const result of report.results) {
        errors.push(...result.messages.map((message: Message) => `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`));
      }
    }
    expect(errors).toEqual([]);
  });
});

/**
 * The search dialog is made in the browser when a reader opens it, so no built
 * file holds it: its markup is taken from the live page, showing results and
 * what else it searched for (issue 18), and validated in a page of its own.
 */
describeInBrowser('valid HTML (html-validate) of the search dialog', () => {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  let site: SiteBrowser;
  beforeAll(async () => {
    site = await openSiteBrowser();
  });
  afterAll(async () => {
    await site?.close();
  });

  it.each(LOCALE_PREFIXES)('reports zero errors in the dialog saying what else it searched for ($prefix)', async ({prefix, htmlLang}) => {
    await site.visit(prefix);
    const dialog = await searchInDialog(site.page, 'SPBE');
    const markup = await dialog.evaluate((element) => element.outerHTML);
    const page = `<!doctype html><html lang="${htmlLang}"><head><title>Search</title></head><body>${markup}</body></html>`;
    const report = await validator.validateString(page, path.join(SITE_DIR, 'search-dialog.html'));
    expect(report.results.flatMap((result) => result.messages.map((message) => `${message.ruleId}: ${message.message}`))).toEqual([]);
  });
});
