import {describe, expect, it} from 'vitest';

import {splitDateline} from '../../src/toolkit/press/dateline';

describe('splitDateline', () => {
  it.each([
    ['JAKARTA- Pemerintah meresmikan.', 'JAKARTA', null, 'Pemerintah meresmikan.'],
    ['Jakarta, InfoPublik - Pemerintah meresmikan.', 'Jakarta', 'InfoPublik', 'Pemerintah meresmikan.'],
    ['PALANGKA RAYA, ANTARA — Pemerintah meresmikan.', 'PALANGKA RAYA', 'ANTARA', 'Pemerintah meresmikan.'],
    ['PALANGKA RAYA – BIRO ADMINISTRASI PIMPINAN menyampaikan.', 'PALANGKA RAYA', null, 'BIRO ADMINISTRASI PIMPINAN menyampaikan.'],
    ['JAKARTA—Pemerintah meresmikan.', 'JAKARTA', null, 'Pemerintah meresmikan.'],
  ])('reads %j as the place %j and the agency %j', (paragraph, place, agency, rest) => {
    expect(splitDateline(paragraph)).toEqual({dateline: place, agency, rest});
  });

  it.each(['E-Government menjadi prioritas.', 'Pemerintah, kata Menteri - tidak.', 'Pemerintah meresmikan pusat kerja sama.'])('finds no dateline in %j', (paragraph) => {
    expect(splitDateline(paragraph)).toEqual({dateline: null, agency: null, rest: paragraph});
  });
});
