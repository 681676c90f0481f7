import {describe, expect, it} from 'vitest';

import {docRoute} from '../../src/toolkit/content/docRoute';

describe('docRoute', () => {
  it.each([
    {case: 'a file is served under its name', relativePath: 'peta-program.md', expected: '/rencana-induk/peta-program/'},
    {case: 'an absolute slug starts from the version', relativePath: 'pendahuluan.md', slug: '/', expected: '/rencana-induk/'},
    {case: 'a relative slug starts from the folder', relativePath: 'program/keamanan.md', slug: 'aman', expected: '/rencana-induk/program/aman/'},
    {case: 'number prefixes are dropped', relativePath: '01-bagian/02-sejarah.md', expected: '/rencana-induk/bagian/sejarah/'},
    {case: 'a date is not a number prefix', relativePath: '2016-03-02-komite-bersama-ke-3.md', versionRoute: '/konsultasi/', expected: '/konsultasi/2016-03-02-komite-bersama-ke-3/'},
    {case: 'a version is not a number prefix', relativePath: '7.0-catatan.md', expected: '/rencana-induk/7.0-catatan/'},
    {case: 'index stands for its folder', relativePath: 'program/index.md', expected: '/rencana-induk/program/'},
    {case: 'README stands for its folder', relativePath: 'program/README.mdx', expected: '/rencana-induk/program/'},
    {case: 'a file named as its folder stands for it', relativePath: 'program/program.md', expected: '/rencana-induk/program/'},
    {case: 'frontmatter id replaces the file name', relativePath: 'program/index.md', id: 'ringkasan', expected: '/rencana-induk/program/ringkasan/'},
    {case: 'editions have their own route', relativePath: 'peta.md', versionRoute: '/rencana-induk/2016-2019/', expected: '/rencana-induk/2016-2019/peta/'},
  ])('$case', ({relativePath, slug, id, versionRoute, expected}) => {
    expect(docRoute({relativePath, slug, id, versionRoute: versionRoute ?? '/rencana-induk/'})).toBe(expected);
  });
});
