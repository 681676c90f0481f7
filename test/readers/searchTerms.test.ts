import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {glossaryRegistrySchema} from '../../src/content';
import {expandQuery} from '../../src/content/searchTerms';
import {searchTermsOf} from '../../src/plugins/readers/searchTerms';
import {loadRegistries} from '../../src/toolkit/content/registries';

const SITE_DIR = path.resolve(__dirname, '..', '..');

const glossary = glossaryRegistrySchema.parse({
  terms: {
    spbe: {
      term: {id: 'Sistem Pemerintahan Berbasis Elektronik (SPBE)', en: 'Electronic-Based Government System (SPBE)'},
      definition: {id: 'S id', en: 'S en'},
      synonyms: {id: ['pemerintahan berbasis elektronik', 'e-government'], en: ['e-government']},
      abbreviations: ['SPBE'],
    },
    'e-government': {term: {id: 'e-government', en: 'e-government'}, definition: {id: 'E id', en: 'E en'}, variants: ['e-goverment']},
    'kerja-sama': {term: {id: 'kerja sama', en: 'cooperation'}, definition: {id: 'K id', en: 'K en'}, variants: ['kerjasama']},
    'rencana-induk': {term: {id: 'rencana induk', en: 'master plan'}, definition: {id: 'R id', en: 'R en'}},
  },
  corrections: {degan: 'dengan'},
});

describe('searchTermsOf', () => {
  const id = searchTermsOf(glossary, 'id').expansions;
  const en = searchTermsOf(glossary, 'en').expansions;

  it('links a term, its synonyms and its abbreviation both ways, the bracketed abbreviation searched on its own', () => {
    expect(id['spbe']).toEqual(['SPBE', 'Sistem Pemerintahan Berbasis Elektronik', 'pemerintahan berbasis elektronik', 'e-government']);
    // e-government is a term of its own and a synonym of SPBE: it finds both terms' names.
    expect(id['e-government']).toEqual(['e-government', 'Sistem Pemerintahan Berbasis Elektronik', 'pemerintahan berbasis elektronik', 'SPBE']);
    expect(en['spbe']).toEqual(['SPBE', 'Electronic-Based Government System', 'e-government']);
  });

  it('sends a wrong variant to what its preferred form finds, never the reverse', () => {
    expect(id['e-goverment']).toEqual(id['e-government']);
    expect(id['kerjasama']).toEqual(['kerja sama']);
    expect(Object.values(id).flat()).not.toContain('e-goverment');
    expect(Object.values(en).flat()).not.toContain('kerjasama');
  });

  it('on the English site, sends an Indonesian variant to the Indonesian term too (press releases stay in Indonesian)', () => {
    expect(en['kerjasama']).toEqual(['kerja sama', 'cooperation']);
  });

  it("finds a term by its name in the other language, in the site's language", () => {
    expect(id['master plan']).toEqual(['rencana induk']);
    expect(en['rencana induk']).toEqual(['master plan']);
    expect(en['pemerintahan berbasis elektronik']).toEqual(['Electronic-Based Government System', 'e-government', 'SPBE']);
  });

  it('finds a name of several words written as one', () => {
    expect(id['rencanainduk']).toEqual(['rencana induk']);
    expect(id['pemerintahanberbasiselektronik']?.[0]).toBe('pemerintahan berbasis elektronik');
  });

  it('leaves out names that find only themselves, and corrections', () => {
    expect(id).not.toHaveProperty(['rencana induk']);
    expect(id).not.toHaveProperty('degan');
  });
});

describe("the site's glossary", () => {
  // The queries of issue 18's table, and what each must also search.
  it.each([
    ['id', 'kerjasama', ['kerja sama']],
    ['id', 'e-goverment', ['e-government', 'pemerintahan berbasis elektronik', 'SPBE']],
    ['id', 'SPBE', ['pemerintahan berbasis elektronik', 'e-government']],
    ['id', 'pemerintahan berbasis elektronik', ['e-government', 'SPBE']],
    ['en', 'kerjasama', ['kerja sama', 'cooperation']],
    ['en', 'e-goverment', ['e-government', 'Electronic-Based Government System', 'SPBE']],
    ['en', 'SPBE', ['Electronic-Based Government System', 'e-government']],
    ['en', 'pemerintahan berbasis elektronik', ['Electronic-Based Government System', 'e-government', 'SPBE']],
  ] as const)('on the %s site, %j also searches %j', async (locale, query, expected) => {
    const {glossary: siteGlossary} = await loadRegistries(SITE_DIR);
    expect(expandQuery(query, searchTermsOf(siteGlossary, locale))).toEqual(expected);
  });
});
