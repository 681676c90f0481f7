import {describe, expect, it} from 'vitest';

import {expandQuery, MAX_EXTRA_QUERIES, mergeResults, phraseKey, type SearchTerms} from '../../src/content/searchTerms';

/** A small table as the readers plugin writes it: correct names list themselves first, wrong ones do not. */
const TERMS: SearchTerms = {
  expansions: {
    spbe: ['SPBE', 'pemerintahan berbasis elektronik', 'e-government'],
    'pemerintahan berbasis elektronik': ['pemerintahan berbasis elektronik', 'Sistem Pemerintahan Berbasis Elektronik', 'e-government', 'SPBE'],
    'e-government': ['e-government', 'SPBE'],
    'e-goverment': ['e-government', 'SPBE'],
    kerjasama: ['kerja sama'],
    'kerja sama': ['kerja sama', 'cooperation'],
  },
};

describe('phraseKey', () => {
  it.each([
    ['  Kerja   Sama ', 'kerja sama'],
    ['SPBE', 'spbe'],
    ['e-Government\tRI', 'e-government ri'],
  ])('writes %j as %j', (phrase, key) => {
    expect(phraseKey(phrase)).toBe(key);
  });
});

describe('expandQuery', () => {
  it.each([
    ['kerjasama', ['kerja sama']],
    ['e-goverment', ['e-government', 'SPBE']],
    ['SPBE', ['pemerintahan berbasis elektronik', 'e-government']],
    ['spbe', ['pemerintahan berbasis elektronik', 'e-government']],
    // `Sistem Pemerintahan Berbasis Elektronik` holds every typed word: it could find nothing more.
    ['pemerintahan berbasis elektronik', ['e-government', 'SPBE']],
    ['kerja sama', ['cooperation']],
  ])('expands %j to %j', (query, expected) => {
    expect(expandQuery(query, TERMS)).toEqual(expected);
  });

  it('replaces the phrase inside a longer query and keeps the rest as typed', () => {
    expect(expandQuery('pusat kerjasama Korea', TERMS)).toEqual(['pusat kerja sama Korea']);
    expect(expandQuery('Program  E-Goverment 2016', TERMS)).toEqual(['Program  e-government 2016', 'Program  SPBE 2016']);
  });

  it('matches whole words only', () => {
    expect(expandQuery('bekerjasama', TERMS)).toEqual([]);
    expect(expandQuery('spbex', TERMS)).toEqual([]);
    expect(expandQuery('layanan publik', TERMS)).toEqual([]);
  });

  it('expands each glossary phrase of a query, at most MAX_EXTRA_QUERIES queries', () => {
    const queries = expandQuery('kerjasama e-goverment', TERMS);
    expect(queries).toEqual(['kerja sama e-government', 'kerja sama SPBE']);
    const many = expandQuery('kerja sama e-government SPBE', TERMS);
    expect(many.length).toBe(MAX_EXTRA_QUERIES);
    expect(new Set(many.map(phraseKey)).size).toBe(many.length);
    expect(many.map(phraseKey)).not.toContain('kerja sama e-government spbe');
  });

  it('expands nothing with an empty table', () => {
    expect(expandQuery('kerjasama', {expansions: {}})).toEqual([]);
  });
});

describe('mergeResults', () => {
  it('keeps the typed query’s results first and each page once', () => {
    const typed = [{id: 'a'}, {id: 'b'}];
    const expanded = [{id: 'c'}, {id: 'a'}, {id: 'd'}];
    const more = [{id: 'd'}, {id: 'e'}];
    expect(mergeResults([typed, expanded, more]).map((result) => result.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
