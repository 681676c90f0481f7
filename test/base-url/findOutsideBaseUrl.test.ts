import {describe, expect, it} from 'vitest';

import {findInText} from '../../scripts/base-url/findOutsideBaseUrl';

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
