import {describe, expect, it} from 'vitest';

import {FrontmatterError, readFrontmatter, requireFrontmatter} from '../../src/toolkit/content/frontmatter';

/** The slip that crashed the checker: a block item under a flow list. */
const BLOCK_ITEM_UNDER_FLOW_LIST = '---\ntitle: Pendahuluan\nowners: [rini]\n  - lee-in-jae\nstatus: draft\n---\n\nTeks.\n';

describe('readFrontmatter', () => {
  it.each([
    ['LF', '---\ntitle: Pendahuluan\nchapter: 1\n---\n\nTeks.\n', '\nTeks.\n'],
    ['CRLF', '---\r\ntitle: Pendahuluan\r\nchapter: 1\r\n---\r\n\r\nTeks.\r\n', '\r\nTeks.\r\n'],
    ['a byte-order mark', '\uFEFF---\ntitle: Pendahuluan\nchapter: 1\n---\nTeks.\n', 'Teks.\n'],
  ])('splits the fields from the body with %s line endings', (_case, text, body) => {
    const frontmatter = readFrontmatter(text);
    expect(frontmatter).toEqual({data: {title: 'Pendahuluan', chapter: 1}, body, problems: []});
  });

  it('keeps dates and times as written, offset included', () => {
    const {data} = readFrontmatter('---\ndate: 2016-03-02T14:35:00+07:00\nreview_by: 2017-03-31\n---\n');
    expect(data).toEqual({date: '2016-03-02T14:35:00+07:00', review_by: '2017-03-31'});
  });

  it('reads a page without frontmatter, or with an empty block, as no fields', () => {
    expect(readFrontmatter('# Judul\n\n---\n\nteks\n')).toEqual({data: {}, body: '# Judul\n\n---\n\nteks\n', problems: []});
    expect(readFrontmatter('---\n---\nTeks.\n')).toEqual({data: {}, body: 'Teks.\n', problems: []});
  });

  it('reports malformed YAML at its line and column in the file, without throwing', () => {
    const frontmatter = readFrontmatter(BLOCK_ITEM_UNDER_FLOW_LIST);
    expect(frontmatter.data).toBeUndefined();
    expect(frontmatter.problems[0]).toMatchObject({line: 4, message: expect.stringMatching(/^Malformed YAML: /)});
  });

  it('reports a duplicated field and a frontmatter that is not fields', () => {
    expect(readFrontmatter('---\ntitle: A\ntitle: B\n---\n').problems[0]).toMatchObject({line: 3, message: expect.stringMatching(/Map keys must be unique/)});
    expect(readFrontmatter('---\n- a\n- b\n---\n').problems[0]).toMatchObject({line: 2, column: 1, message: 'Frontmatter must be a list of `key: value` fields'});
  });
});

describe('requireFrontmatter', () => {
  it('throws a FrontmatterError naming file, line and column, with what to do', () => {
    expect(() => requireFrontmatter(BLOCK_ITEM_UNDER_FLOW_LIST, 'docs/rencana-induk/pendahuluan.md')).toThrow(FrontmatterError);
    expect(() => requireFrontmatter(BLOCK_ITEM_UNDER_FLOW_LIST, 'docs/rencana-induk/pendahuluan.md')).toThrow(
      /^docs\/rencana-induk\/pendahuluan\.md:4:\d+: Malformed YAML: .*\. Fix the YAML syntax; quote values that contain ": " or start with a special character\.$/,
    );
  });

  it('returns the same fields for the same text every time (no shared cached object)', () => {
    const text = '---\ntitle: Pendahuluan\n---\n';
    const first = requireFrontmatter(text, 'a.md').data;
    first.title = 'changed';
    expect(requireFrontmatter(text, 'a.md')).toEqual({data: {title: 'Pendahuluan'}, body: ''});
  });
});
