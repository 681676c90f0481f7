import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {glossaryRegistrySchema} from '../../src/content';
import {glossaryEntries} from '../../src/plugins/readers/glossary';
import {writtenDate} from '../../src/plugins/readers/pressDates';
import {loadTimeline, parseTimeline, timelineEntries} from '../../src/plugins/readers/timeline';
import {RegistryError} from '../../src/toolkit/content/registries';

const SITE_DIR = path.resolve(__dirname, '..', '..');

const registry = glossaryRegistrySchema.parse({
  terms: {
    zeta: {term: {id: 'zona integritas', en: 'integrity zone'}, definition: {id: 'Z id', en: 'Z en'}, variants: []},
    alpha: {term: {id: 'Pusat data', en: 'data centre', ko: '데이터센터'}, definition: {id: 'P id', en: 'P en'}, variants: []},
    beta: {
      term: {id: 'aplikasi', en: 'application'},
      definition: {id: 'A id', en: 'A en'},
      variants: [],
      sources: [{publisher: 'Badan Bahasa', title: 'KBBI Daring, entri "aplikasi"', date: '2016-10-28', url: 'https://kbbi.kemdikbud.go.id/entri/aplikasi'}],
    },
  },
  corrections: {},
});

describe('glossaryEntries', () => {
  it('sorts terms alphabetically in the reader’s language, ignoring case', () => {
    expect(glossaryEntries(registry, 'id').map((entry) => entry.term)).toEqual(['aplikasi', 'Pusat data', 'zona integritas']);
    expect(glossaryEntries(registry, 'en').map((entry) => entry.term)).toEqual(['application', 'data centre', 'integrity zone']);
  });

  it('keeps the three languages and the definition in the reader’s language', () => {
    expect(glossaryEntries(registry, 'en').find((entry) => entry.id === 'alpha')).toEqual({
      id: 'alpha',
      term: 'data centre',
      id_term: 'Pusat data',
      en_term: 'data centre',
      ko_term: '데이터센터',
      definition: 'P en',
    });
    expect(glossaryEntries(registry, 'id').find((entry) => entry.id === 'beta')).not.toHaveProperty('ko_term');
  });

  it('carries a term’s sources, so the glossary page names them, and nothing for a term without any', () => {
    expect(glossaryEntries(registry, 'en').find((entry) => entry.id === 'beta')?.sources).toEqual([
      {publisher: 'Badan Bahasa', title: 'KBBI Daring, entri "aplikasi"', date: '2016-10-28', url: 'https://kbbi.kemdikbud.go.id/entri/aplikasi'},
    ]);
    expect(glossaryEntries(registry, 'id').find((entry) => entry.id === 'alpha')).not.toHaveProperty('sources');
  });
});

describe('the cooperation timeline', () => {
  it('holds the milestones of the history chapter, 2006 to 2019, in both languages', async () => {
    const timeline = await loadTimeline(SITE_DIR);
    const id = timelineEntries(timeline, 'id');
    expect(id.map((entry) => entry.when)).toEqual(['2006-12-04', '2013-07-04', '2014-12-11', '2015-08-24', '2016-03-02', '2016-07-21', '2016/2019', '2017-11-16']);
    const chapter = readFileSync(path.join(SITE_DIR, 'docs/rencana-induk/sejarah-kerja-sama.mdx'), 'utf8');
    expect(chapter).toContain('2016–2019 : masa operasi Pusat Kerja Sama');
    expect(timelineEntries(timeline, 'en')[4]?.place).toBe('Ministry of PANRB, Jakarta');
  });

  it('orders milestones by date even when the file does not', () => {
    const timeline = parseTimeline(`milestones:
  - {from: 2016, to: 2019, event: {id: b, en: b}}
  - {date: 2006-12-04, event: {id: a, en: a}}
`);
    expect(timelineEntries(timeline, 'id').map((entry) => entry.event)).toEqual(['a', 'b']);
  });

  it.each([
    ['both a date and a span', '{date: 2006-12-04, from: 2006, to: 2007, event: {id: a, en: a}}', /either a date/],
    ['neither', '{event: {id: a, en: a}}', /either a date/],
    ['a span that ends before it starts', '{from: 2019, to: 2016, event: {id: a, en: a}}', /from <= to/],
    ['an English text missing', '{date: 2006-12-04, event: {id: a}}', /event\.en/],
  ])('rejects a milestone with %s', (_name, milestone, message) => {
    const parse = () => parseTimeline(`milestones:\n  - ${milestone}\n`);
    expect(parse).toThrow(RegistryError);
    expect(parse).toThrow(message);
  });
});

describe('writtenDate', () => {
  it('keeps the offset the press release was published with', () => {
    const post = readFileSync(path.join(SITE_DIR, 'blog/2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok/index.md'), 'utf8');
    expect(writtenDate(post)).toBe('2016-03-02T14:35:00+07:00');
  });

  it.each([
    ['a WITA time', 'date: 2017-01-05T09:00:00+08:00', '2017-01-05T09:00:00+08:00'],
    ['no date', 'title: x', undefined],
  ])('reads %s', (_name, line, expected) => {
    expect(writtenDate(`---\n${line}\n---\n\nText.`)).toBe(expected);
  });
});
