import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';
import {describe, expect, it} from 'vitest';

import {parseMarkdownTree} from '../../src/toolkit/check/parseFile';
import {blocksOf, withSections} from '../../src/toolkit/redline/blocks';
import {splitChunks} from '../../src/toolkit/redline/chunks';
import {readPage} from '../../src/toolkit/redline';
import {REPO_DIR} from '../support/tempSite';

const summary = (blocks: ReturnType<typeof blocksOf>) => blocks.map((block) => [block.kind, block.version.text, block.version.line, block.section ?? null]);

describe('splitChunks', () => {
  it('cuts at blank lines, keeping each piece’s first line; the last piece keeps the end of the file', () => {
    expect(splitChunks('# Judul\n\nSatu dua\ntiga.\n\n\n- a\n- b\n', 5)).toEqual([
      {text: '# Judul', line: 5},
      {text: 'Satu dua\ntiga.', line: 7},
      {text: '- a\n- b\n', line: 11},
    ]);
  });

  it('keeps what follows an indented line with it (the parser looks back past the blank line)', () => {
    expect(splitChunks('- butir\n\n  paragraf kedua\n\nAkhir.\n\nLagi.', 1).map((chunk) => chunk.text)).toEqual(['- butir\n\n  paragraf kedua\n\nAkhir.', 'Lagi.']);
  });

  it.each([
    ['a fenced code block', '```ts\nconst a = 1;\n\nconst b = 2;\n```'],
    ['a tilde fence with a shorter backtick line inside', '~~~~\n```\n\n~~~\n~~~~'],
    ['a formula', '$$\nx = 1\n\ny = 2\n$$'],
    ['an HTML comment', '<!-- catatan\n\npenyusun -->'],
    ['a pre block', '<pre>\nbaris satu\n\nbaris dua\n</pre>'],
  ])('does not cut inside %s', (_, text) => {
    expect(splitChunks(`Awal.\n\n${text}\n\nAkhir.`, 1).map((chunk) => chunk.text)).toEqual(['Awal.', text, 'Akhir.']);
  });
});

describe('readPage', () => {
  // Reading piece by piece (and plain prose without the parser) must find what parsing the page whole finds.
  const pages = globSync(['docs/**/*.md', 'i18n/en/docusaurus-plugin-content-docs*/current/**/*.md'], {cwd: REPO_DIR});

  it.each(pages)('reads %s as parsing it whole does', (file) => {
    const text = readFileSync(path.join(REPO_DIR, file), 'utf8');
    const whole = withSections(blocksOf(parseMarkdownTree(text, {mdx: false}), text));
    expect(summary(readPage(text, 'md').blocks)).toEqual(summary(whole));
  });

  it('reads plain prose, headings and simple lists as the parser does', () => {
    const text = '## Ringkasan\n\nSatu dua\ntiga.\n\n- satu\n- dua\n\n1. pertama\n2. kedua\n\n- - -\n\nTeks   dengan  spasi.  \nBaris baru.\n';
    expect(summary(readPage(text, 'md').blocks)).toEqual(summary(withSections(blocksOf(parseMarkdownTree(text, {mdx: false}), text))));
  });
});
