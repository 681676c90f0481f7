import {describe, expect, it} from 'vitest';

import {comparePage, readPage, type FileKind} from '../../src/toolkit/redline';

const page = (body: string) => `---\ntitle: Peta program\nchapter: 3\nstatus: draft\nowners: [panrb-perencana]\n---\n\n${body}`;
const shapes = (body: string, kind: FileKind = 'md') => readPage(page(body), kind).blocks.map(({kind: blockKind, version: {text, line, admonition}}) => [blockKind, text, line, admonition ?? null]);

describe('admonitions', () => {
  const CHAPTER = '## Ringkasan\n\n:::note[Draf: belum ada sumber rinci]\n\nBab ini menunggu sumber.\n\n:::\n\nTeks sesudahnya.\n';

  it.each<FileKind>(['md', 'mdx'])('reads the opening fence as one block titled by its label, and no block for the closing fence (%s)', (kind) => {
    expect(shapes(CHAPTER, kind)).toEqual([
      ['heading', 'Ringkasan', 8, null],
      ['admonition', 'Draf: belum ada sumber rinci', 10, 'note'],
      ['paragraph', 'Bab ini menunggu sumber.', 12, null],
      ['paragraph', 'Teks sesudahnya.', 16, null],
    ]);
  });

  it('counts none of the fences’ words in a new chapter, and gives no ::: block', () => {
    const comparison = comparePage({before: undefined, after: page(CHAPTER), kind: 'md'});
    expect(comparison.blocks.some((block) => (block.after?.text ?? '').includes(':::'))).toBe(false);
    expect(comparison.blocks.find((block) => block.kind === 'admonition')).toMatchObject({change: 'added', wordsAdded: 0, after: {text: 'Draf: belum ada sumber rinci', source: ':::note[Draf: belum ada sumber rinci]'}});
    // Ringkasan (1) + Bab ini menunggu sumber (4) + Teks sesudahnya (2).
    expect(comparison.wordsAdded).toBe(7);
  });

  it.each([
    ['untitled: its type', ':::tip\n\nIsi.\n\n:::', ['admonition', 'tip', 8, 'tip']],
    ['with attributes', ':::warning[Awas]{#awas}\n\nIsi.\n\n:::', ['admonition', 'Awas', 8, 'warning']],
    ['fences without blank lines', ':::info[Catatan]\nIsi.\n:::', ['admonition', 'Catatan', 8, 'info']],
    ['in a quote', '> :::note[Kutipan]\n> Isi.\n> :::', ['admonition', 'Kutipan', 8, 'note']],
  ])('reads an admonition %s', (_, body, opening) => {
    const blocks = shapes(body);
    expect(blocks[0]).toEqual(opening);
    expect(blocks.slice(1).map(([, text]) => text)).toEqual(['Isi.']);
  });

  it('leaves a fence inside a code block as code', () => {
    expect(shapes('```md\n:::note[Contoh]\n\n:::\n```\n')).toEqual([['code', ':::note[Contoh]\n\n:::', 8, null]]);
  });

  it('compares a title as a whole, without word counts; a new type is a change', () => {
    const comparison = comparePage({before: page(':::note[Draf lama]\n\nIsi.\n\n:::\n'), after: page(':::warning[Draf baru]\n\nIsi.\n\n:::\n'), kind: 'md'});
    expect(comparison.blocks[0]).toMatchObject({kind: 'admonition', change: 'modified', before: {text: 'Draf lama', admonition: 'note'}, after: {text: 'Draf baru', admonition: 'warning'}, wordsAdded: 0, wordsRemoved: 0});
    expect(comparison.blocks[0]!.words).toBeUndefined();
    expect(comparison.blocks.slice(1).map((block) => block.change)).toEqual(['unchanged']);
  });
});

describe('numbered lists', () => {
  const numbering = (body: string) => readPage(page(body), 'md').blocks.map(({version: {text, ordered, start}}) => [text, ordered ?? false, start ?? 1]);

  it.each([
    ['plain items, read without the parser', '1. Satu.\n2. Dua.\n'],
    ['items with Markdown, read by the parser', '1. Satu *miring*.\n2. Dua [tautan](./x.md).\n'],
  ])('marks the items of a numbered list as ordered: %s', (_, body) => {
    expect(numbering(body).map(([, ordered, start]) => [ordered, start])).toEqual([
      [true, 1],
      [true, 1],
    ]);
  });

  it('says where a list starts when not at 1, on each item, and leaves bullets unordered', () => {
    expect(numbering('3. Tiga.\n4. Empat.\n\n- Butir.\n\n1. Satu\n   - Dalam.\n')).toEqual([
      ['Tiga.', true, 3],
      ['Empat.', true, 3],
      ['Butir.', false, 1],
      ['Satu', true, 1],
      ['Dalam.', false, 1],
    ]);
  });

  it('sees a list that became numbered as modified in its markup, not its words', () => {
    const comparison = comparePage({before: page('- Satu.\n- Dua.\n'), after: page('1. Satu.\n2. Dua.\n'), kind: 'md'});
    expect(comparison.blocks.map((block) => [block.change, block.markupOnly ?? false, block.after?.ordered ?? false])).toEqual([
      ['modified', true, true],
      ['modified', true, true],
    ]);
    expect(comparison.wordsAdded + comparison.wordsRemoved).toBe(0);
  });
});
