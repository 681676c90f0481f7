import {describe, expect, it} from 'vitest';

import type {PeopleRegistry} from '../../src/content';
import {gatherConsultations} from '../../src/plugins/readers/consultations';
import {FrontMatterError, type LoadedDoc} from '../../src/plugins/readers/docs';
import {isOverdue} from '../../src/content/overdue';

const people: PeopleRegistry = {
  rini: {name: 'Rini Widyantini', institution: 'Kementerian PANRB'},
  'lee-in-jae': {name: 'Lee In Jae', institution: 'Ministry of the Interior, Republik Korea'},
};

function note(id: string, frontMatter: Record<string, unknown>): LoadedDoc {
  return {
    id,
    title: `Catatan ${id}`,
    permalink: `/konsultasi/${id}/`,
    source: `@site/docs/konsultasi/${id}.md`,
    frontMatter: {
      title: `Catatan ${id}`,
      date: '2016-03-02',
      participants: [{name: 'Rini Widyantini', institution: 'Kementerian PANRB'}],
      topics: ['Topik'],
      ...frontMatter,
    },
  };
}

describe('gatherConsultations', () => {
  it('lists notes newest first with their topics and each institution once', () => {
    const {notes} = gatherConsultations(
      [
        note('lama', {date: '2016-03-02'}),
        {id: 'index', title: 'Catatan konsultasi', permalink: '/konsultasi/', source: '@site/docs/konsultasi/index.mdx', frontMatter: {title: 'x'}},
        note('baru', {
          date: '2017-05-10',
          topics: ['Keamanan', 'Portal'],
          participants: [
            {name: 'A', institution: 'Kementerian PANRB'},
            {name: 'B', institution: 'Ministry of the Interior, Republik Korea'},
            {name: 'C', institution: 'Kementerian PANRB'},
          ],
        }),
      ],
      people,
    );
    expect(notes.map((entry) => [entry.id, entry.date])).toEqual([
      ['baru', '2017-05-10'],
      ['lama', '2016-03-02'],
    ]);
    expect(notes[0]).toMatchObject({topics: ['Keamanan', 'Portal'], institutions: ['Kementerian PANRB', 'Ministry of the Interior, Republik Korea']});
  });

  it('gathers every action with its owner name from the people registry, open ones first by due date', () => {
    const {actions} = gatherConsultations(
      [
        note('a', {
          actions: [
            {action: 'Selesai dulu', owner: 'rini', due: '2016-01-01', done: true},
            {action: 'Belakangan', owner: 'lee-in-jae', due: '2019-12-31'},
          ],
        }),
        note('b', {actions: [{action: 'Lebih awal', owner: 'rini', due: '2018-06-30', done: false}]}),
      ],
      people,
    );
    expect(actions.map((action) => [action.action, action.owner, action.due, action.done, action.note.permalink])).toEqual([
      ['Lebih awal', 'Rini Widyantini', '2018-06-30', false, '/konsultasi/b/'],
      ['Belakangan', 'Lee In Jae', '2019-12-31', false, '/konsultasi/a/'],
      ['Selesai dulu', 'Rini Widyantini', '2016-01-01', true, '/konsultasi/a/'],
    ]);
  });

  it('rejects an action whose owner is not in data/people.yml, naming the file and the action', () => {
    const run = () => gatherConsultations([note('x', {actions: [{action: 'Sesuatu', owner: 'budi', due: '2019-01-01'}]})], people);
    expect(run).toThrow(FrontMatterError);
    expect(run).toThrow('@site/docs/konsultasi/x.md: actions[0].owner: "budi" is not in data/people.yml');
  });

  it.each([
    ['31 Februari 2016', {date: '2016-02-31'}, /date/],
    ['no participants', {participants: []}, /participants: list at least one participant/],
    ['an action without a due date', {actions: [{action: 'A', owner: 'rini'}]}, /actions\[0\]\.due is required/],
  ])('rejects a note with %s', (_name, frontMatter, message) => {
    expect(() => gatherConsultations([note('x', frontMatter)], people)).toThrow(message);
  });
});

describe('isOverdue', () => {
  it.each([
    [{due: '2019-12-31', done: false}, '2020-01-01', true],
    [{due: '2019-12-31', done: false}, '2019-12-31', false],
    [{due: '2019-12-31', done: true}, '2026-01-01', false],
    [{due: '2030-01-01', done: false}, '2026-11-27', false],
  ])('%j on %s: %s', (action, today, expected) => {
    expect(isOverdue(action, today)).toBe(expected);
  });
});
