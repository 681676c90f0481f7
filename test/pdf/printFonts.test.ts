import {existsSync, readFileSync} from 'node:fs';

import {describe, expect, it} from 'vitest';

import {printFontFile, printFontStylesheets} from '../../src/toolkit/pdf/printFonts';

describe('printFontStylesheets', () => {
  it('loads Noto Sans, Noto Sans KR and Noto Sans Mono from the session’s own origin only', () => {
    const stylesheets = printFontStylesheets('http://127.0.0.1:4000');
    expect(stylesheets.every((href) => href.startsWith('http://127.0.0.1:4000/__masterplan-pdf__/fonts/'))).toBe(true);
    const families = stylesheets.map((href) => readFileSync(printFontFile(href.slice('http://127.0.0.1:4000/__masterplan-pdf__/fonts/'.length))!, 'utf8'));
    expect(new Set(families.flatMap((css) => [...css.matchAll(/font-family: '([^']+)'/g)].map(([, family]) => family)))).toEqual(
      new Set(['Noto Sans', 'Noto Sans KR', 'Noto Sans Mono']),
    );
    // Every font file the stylesheets name is relative, so it is served from the same private path.
    for (const css of families) expect(css).not.toMatch(/url\((?!\.\/files\/)/);
  });
});

describe('printFontFile', () => {
  it.each(['noto-sans/400.css', 'noto-sans-kr/files/noto-sans-kr-0-400-normal.woff2', 'noto-sans-mono/files/noto-sans-mono-latin-400-normal.woff2'])(
    'serves %s from its package',
    (requested) => {
      const file = printFontFile(requested);
      expect(file).toMatch(/node_modules[/\\]@fontsource[/\\]noto-sans/);
      expect(existsSync(file!)).toBe(true);
    },
  );

  it.each(['noto-sans/../../../package.json', 'noto-sans/files/../../pdf-lib/package.json', 'katex/400.css', 'noto-sans/LICENSE', 'noto-sans', ''])(
    'refuses %j',
    (requested) => {
      expect(printFontFile(requested)).toBeNull();
    },
  );
});
