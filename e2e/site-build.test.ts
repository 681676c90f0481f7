import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {globSync} from 'tinyglobby';
import {describe, expect, it} from 'vitest';

import {builtPages, pageForRoute, readBuilt} from '../test/support/builtFiles';
import {BUILD_DIR, BUILD_LOG} from '../test/support/paths';

const LOCALE_PREFIXES = ['/', '/en/'];
const ROUTES = [
  '',
  'rencana-induk/',
  'rencana-induk/sejarah-kerja-sama/',
  'rencana-induk/peta-program/',
  'rencana-induk/indeks-kematangan/',
  'kurikulum/',
  'kurikulum/dasar-e-government/',
  'konsultasi/',
  'konsultasi/2016-03-02-komite-bersama-ke-3/',
  'siaran-pers/',
  'siaran-pers/archive/',
  'siaran-pers/tags/',
  'siaran-pers/tags/e-government/',
  'siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/',
];

/** URLs a page or stylesheet makes the browser fetch by itself (plain links and feeds do not count). */
function fetchedUrls(file: string, text: string): string[] {
  if (file.endsWith('.css')) {
    return [...text.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)|@import\s+['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2] ?? '');
  }
  const $ = load(text);
  const urls: string[] = [];
  $('[src], [srcset], [poster], object[data]').each((_i, element) => {
    for (const attribute of ['src', 'srcset', 'poster', 'data']) {
      const value = $(element).attr(attribute);
      if (value) urls.push(...value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''));
    }
  });
  $('link[href]')
    .filter((_i, element) => !/^(alternate|canonical|search)$/.test($(element).attr('rel') ?? ''))
    .each((_i, element) => void urls.push($(element).attr('href') ?? ''));
  return urls;
}

describe('the production build', () => {
  it('builds both locales without a warning or an error', () => {
    const log = readFileSync(BUILD_LOG, 'utf8');
    expect(log).toContain('[SUCCESS] Generated static files in "build');
    expect(log.split('\n').filter((line) => /\[(WARNING|ERROR)\]|\bwarn(ing)?\b/i.test(line))).toEqual([]);
  });

  it.each(LOCALE_PREFIXES.flatMap((prefix) => ROUTES.map((route) => `${prefix}${route}`)))('has the route %s', (route) => {
    expect(existsSync(path.join(BUILD_DIR, pageForRoute(route)))).toBe(true);
  });

  it.each(['siaran-pers/rss.xml', 'siaran-pers/atom.xml', 'en/siaran-pers/rss.xml', 'en/siaran-pers/atom.xml'])(
    'publishes the feed %s with the first press release',
    (feed) => {
      expect(readBuilt(feed)).toContain('peresmian-pusat-kerja-sama-e-government-ri-rok');
    },
  );

  it('serves pages in the right language', () => {
    expect(load(readBuilt('index.html'))('html').attr('lang')).toBe('id-ID');
    expect(load(readBuilt('en/index.html'))('html').attr('lang')).toBe('en-GB');
  });

  it('typesets math at build time with KaTeX and bundles its fonts', () => {
    const $ = load(readBuilt(pageForRoute('/rencana-induk/indeks-kematangan/')));
    expect($('.katex-display').length).toBeGreaterThanOrEqual(2);
    expect($('.katex annotation').first().text()).toBe('I');
    expect(globSync('**/KaTeX_Main-Regular*.woff2', {cwd: BUILD_DIR}).length).toBeGreaterThan(0);
  });

  it('reads Indonesian blog strings in their single plural form', () => {
    const post = readBuilt(pageForRoute('/siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/'));
    expect(load(post)('article').text()).toMatch(/\d+ menit membaca/);
    expect(post).not.toContain('Satu menit membaca');
  });

  it('makes browsers fetch nothing from another host', () => {
    const files = [...builtPages(), ...globSync('**/*.css', {cwd: BUILD_DIR})];
    expect(files.length).toBeGreaterThan(40);
    const fetched = files.flatMap((file) => fetchedUrls(file, readBuilt(file)).map((url) => ({file, url})));
    // The scan must see the page's own scripts and fonts, or it proves nothing.
    expect(fetched.filter(({url}) => url.includes('/assets/js/')).length).toBeGreaterThan(40);
    expect(fetched.some(({url}) => url.includes('KaTeX'))).toBe(true);
    const external = fetched.filter(({url}) => /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url) && !url.startsWith('data:'));
    expect(external.map(({file, url}) => `${file}: ${url}`)).toEqual([]);
  });
});
