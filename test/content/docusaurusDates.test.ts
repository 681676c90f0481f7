import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';

import {frontMatterDay} from '../../src/content/docusaurusDates';

describe('frontMatterDay', () => {
  it.each([
    ['a quoted date', '2026-06-30', '2026-06-30'],
    ['a js-yaml Date', new Date('2026-06-30T00:00:00Z'), '2026-06-30'],
    ['a js-yaml Date after the page data went through JSON', '2026-06-30T00:00:00.000Z', '2026-06-30'],
    ['nothing', undefined, undefined],
    ['text that is no date', 'soon', undefined],
    ['an invalid Date', new Date('x'), undefined],
  ])('reads %s', (_name, value, day) => {
    expect(frontMatterDay(value)).toBe(day);
  });

  it('gives the day the author wrote, as Docusaurus parses and serialises it', () => {
    // gray-matter (js-yaml) is the parser Docusaurus uses for frontmatter.
    const parsed: unknown = matter('---\nreview_by: 2026-06-30\n---\nText.\n').data.review_by;
    expect(parsed).toBeInstanceOf(Date);
    expect(frontMatterDay(parsed)).toBe('2026-06-30');
    expect(frontMatterDay(JSON.parse(JSON.stringify(parsed)))).toBe('2026-06-30');
  });
});
