import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {findInText, findWorkerFilesOutside} from '../../scripts/base-url/findOutsideBaseUrl';
import {writePrecacheLists} from '../../scripts/postbuild/offlinePrecache';
import {precacheListIn, withPrecacheList} from '../../src/plugins/offline-reading/precacheList';

describe('findInText', () => {
  it.each([
    ['<a href="/masterplan/rencana-induk/">ok</a>', []],
    ['<a href="/rencana-induk/">escapes</a>', ['/rencana-induk/']],
    ['<img src="/img/logo.svg">', ['/img/logo.svg']],
    ['<img srcset="/masterplan/a.png 1x, /b.png 2x">', ['/b.png']],
    ['<a href="https://example.go.id/x">external</a><a href="//cdn/x">protocol-relative</a><a href="#top">anchor</a>', []],
  ])('finds root-relative links outside /masterplan/ in %s', (html, expected) => {
    expect(findInText(html, 'html', '/masterplan/')).toEqual(expected);
  });

  it('checks url() in stylesheets', () => {
    expect(findInText("a{background:url('/img/x.png')} b{background:url(/masterplan/y.png)}", 'css', '/masterplan/')).toEqual(['/img/x.png']);
  });
});

describe('findWorkerFilesOutside', () => {
  it('passes a worker whose files all sit under the base URL, and reports one that leaves it or names no file', async () => {
    const buildDir = await mkdtemp(path.join(tmpdir(), 'base-url-worker-'));
    try {
      await cp(path.join(__dirname, '..', 'postbuild', 'fixtures', 'two-locale-build'), buildDir, {recursive: true});
      await writePrecacheLists(buildDir);
      expect(findWorkerFilesOutside(buildDir, '/masterplan/')).toEqual([]);
      const worker = path.join(buildDir, 'en', 'sw.js');
      const list = precacheListIn(await readFile(worker, 'utf8'))!;
      await writeFile(worker, withPrecacheList(await readFile(worker, 'utf8'), [...list, {url: '../../elsewhere.html', revision: '1'}, {url: 'gone.html', revision: '1'}]));
      expect(findWorkerFilesOutside(buildDir, '/masterplan/')).toEqual([
        {file: 'en/sw.js', url: '/elsewhere.html'},
        {file: 'en/sw.js', url: '/masterplan/en/gone.html'},
      ]);
    } finally {
      await rm(buildDir, {recursive: true, force: true});
    }
  });
});
