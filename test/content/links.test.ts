import {describe, expect, it} from 'vitest';

import {internalLinks, pageRoute} from '../../src/toolkit/content/links';

const PAGE = 'docs/rencana-induk/portal.md';

describe('internalLinks', () => {
  it.each([
    ['a relative link, resolved from the page', 'Lihat [bab](./keamanan.md#ringkasan).', [{kind: 'file', path: 'docs/rencana-induk/keamanan.md'}]],
    ['a link up a folder, percent-encoded', 'Lihat [modul](../kurikulum/dasar%20baru.md).', [{kind: 'file', path: 'docs/kurikulum/dasar baru.md'}]],
    ['an absolute link, as a route without the locale', 'See [it](/en/rencana-induk/keamanan?x=1).', [{kind: 'route', route: '/rencana-induk/keamanan/'}]],
    ['a reference definition', '[bab]: <./keamanan.md>\n', [{kind: 'file', path: 'docs/rencana-induk/keamanan.md'}]],
    ['nothing for external links, mail and anchors', '[a](https://example.org) [b](mailto:x@example.org) [c](#bagian) [d](//cdn.example.org/x)', []],
  ])('reads %s', (_case, text, expected) => {
    expect(internalLinks(PAGE, text)).toEqual(expected);
  });
});

describe('pageRoute', () => {
  it.each([
    ['a chapter by its file name', 'docs/rencana-induk/keamanan.md', {}, '/rencana-induk/keamanan/'],
    ['an English chapter at the same route', 'i18n/en/docusaurus-plugin-content-docs/current/keamanan.md', {}, '/rencana-induk/keamanan/'],
    ['a chapter with a relative slug', 'docs/rencana-induk/sejarah.mdx', {slug: 'riwayat'}, '/rencana-induk/riwayat/'],
    ['a chapter whose slug is the collection root', 'docs/rencana-induk/pendahuluan.md', {slug: '/'}, '/rencana-induk/'],
    ['a collection overview', 'docs/kurikulum/index.mdx', {}, '/kurikulum/'],
    ['a press release folder without its date', 'blog/2016-03-02-peresmian/index.md', {}, '/siaran-pers/peresmian/'],
    ['a press release with a slug', 'blog/2016-03-02-peresmian/index.md', {slug: '/pusat-kerja-sama'}, '/siaran-pers/pusat-kerja-sama/'],
  ])('serves %s', (_case, page, frontmatter, route) => {
    expect(pageRoute(page, frontmatter)).toBe(route);
  });

  it('gives no route to a file outside the collections', () => {
    expect(pageRoute('docs/toolkit/api.md', {})).toBeUndefined();
  });
});
