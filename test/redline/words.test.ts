import {describe, expect, it} from 'vitest';

import {countWords, diffWords, tokenize} from '../../src/toolkit/redline';

const marked = (before: string, after: string) =>
  diffWords(before, after)
    .segments.map(({op, text}) => (op === 'equal' ? text : op === 'insert' ? `{+${text}+}` : `[-${text}-]`))
    .join('');

describe('tokenize', () => {
  it.each([
    ['pekerjaan dikembangkan kerjanya', ['pekerjaan', 'dikembangkan', 'kerjanya']],
    ['e-government dan kerja-sama', ['e-government', 'dan', 'kerja-sama']],
    ['Rp1.250.000, atau 2,5%.', ['Rp1.250.000', ',', 'atau', '2,5', '%', '.']],
    ['(lihat: bab 3)', ['(', 'lihat', ':', 'bab', '3', ')']],
    ['Jum’at pagi', ['Jum’at', 'pagi']],
  ])('cuts %j into words and punctuation marks', (text, tokens) => {
    expect(tokenize(text).map((token) => token.text)).toEqual(tokens);
  });

  it('keeps separators between digits: 1.250.000 is one number', () => {
    expect(tokenize('sebesar 1.250.000 rupiah').map((token) => token.text)).toEqual(['sebesar', '1.250.000', 'rupiah']);
  });

  it('counts words, not punctuation', () => {
    expect(countWords('Satu, dua; tiga — empat!')).toBe(4);
  });
});

describe('diffWords', () => {
  it.each([
    // One word changed is one word, an affixed Indonesian word changes whole.
    ['Program ini dikembangkan oleh tim.', 'Program ini dikelola oleh tim.', 'Program ini[- dikembangkan-]{+ dikelola+} oleh tim.', 1, 1],
    ['Hasil pekerjaan tim.', 'Hasil kerjanya tim.', 'Hasil[- pekerjaan-]{+ kerjanya+} tim.', 1, 1],
    // Punctuation is compared apart from the words beside it.
    ['Satu, dua, tiga.', 'Satu, dua; tiga.', 'Satu, dua[-,-]{+;+} tiga.', 0, 0],
    ['Pusat Kerja Sama.', 'Pusat Kerja Sama!', 'Pusat Kerja Sama[-.-]{+!+}', 0, 0],
    // Reflowed text, CRLF and trailing spaces are the same words.
    ['Satu dua\ntiga empat.', 'Satu dua tiga\r\nempat.  ', 'Satu dua tiga empat.', 0, 0],
    // Words added and removed.
    ['Tim menyusun rencana.', 'Tim menyusun rencana induk baru.', 'Tim menyusun rencana{+ induk baru+}.', 2, 0],
    ['Tim menyusun rencana induk baru.', 'Tim menyusun rencana.', 'Tim menyusun rencana[- induk baru-].', 0, 2],
  ])('%j → %j', (before, after, expected, added, removed) => {
    expect(marked(before, after)).toBe(expected);
    const result = diffWords(before, after);
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([added, removed]);
  });

  it('rebuilds both texts from its segments', () => {
    const before = 'Menurut siaran pers, Pusat Kerja Sama berkedudukan di kantor Kementerian PANRB.';
    const after = 'Menurut siaran pers resmi, Pusat Kerja Sama berada di kantor Kementerian PANRB sejak 2016.';
    const {segments} = diffWords(before, after);
    expect(segments.filter((segment) => segment.op !== 'delete').map((segment) => segment.text).join('')).toBe(after);
    expect(segments.filter((segment) => segment.op !== 'insert').map((segment) => segment.text).join('')).toBe(before);
  });
});
