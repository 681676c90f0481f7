import path from 'node:path';

import {FileSystemConfigLoader, HtmlValidate, type Message} from 'html-validate';
import {describe, expect, it} from 'vitest';

import {builtPages} from '../../test/support/builtFiles';
import {BUILD_DIR, SITE_DIR} from '../../test/support/paths';

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
