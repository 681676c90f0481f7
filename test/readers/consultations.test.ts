import {describe, expect, it} from 'vitest';

import type {AssigneeRegistries} from '../../src/content';
import {gatherConsultations} from '../../src/plugins/readers/consultations';
import {FrontMatterError, type LoadedDoc} from '../../src/plugins/readers/docs';
import {isOverdue} from '../../src/content/overdue';

const registries: AssigneeRegistries = {
  people: {rini: {name: 'Rini Widyantini', institution: 'Kementerian PANRB', sources: []}},
  teams: {
    'panrb-perencana': {
      name: {id: 'Tim perencana Kementerian PANRB', en: 'Planning team, Ministry of PANRB'},
      institution: {id: 'Kementerian PANRB', en: 'Ministry of PANRB'},
    },
  },
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
      registries,
      'id',
    );
    expect(notes.map((entry) => [entry.id, entry.date])).toEqual([
      ['baru', '2017-05-10'],
      ['lama', '2016-03-02'],
    ]);
    expect(notes[0]).toMatchObject({topics: ['Keamanan', 'Portal'], institutions: ['Kementerian PANRB', 'Ministry of the Interior, Republik Korea']});
  });

  it('gathers every action with its state and its owner named in the page language, open first, then unknown, then done, each by due date', () => {
    const notes = [
      note('a', {
        actions: [
          {action: 'Selesai dulu', owner: 'rini', due: '2016-01-01', state: 'done'},
          {action: 'Tanpa kabar', owner: 'panrb-perencana', due: '2019-12-31'},
          {action: 'Belakangan', owner: 'panrb-perencana', due: '2019-12-31', state: 'open'},
        ],
      }),
      note('b', {actions: [{action: 'Lebih awal', owner: 'rini', due: '2018-06-30', state: 'open'}]}),
    ];
    const {actions} = gatherConsultations(notes, registries, 'id');
    expect(actions.map((action) => [action.action, action.owner, action.due, action.state, action.note.permalink])).toEqual([
      ['Lebih awal', 'Rini Widyantini', '2018-06-30', 'open', '/konsultasi/b/'],
      ['Belakangan', 'Tim perencana Kementerian PANRB', '2019-12-31', 'open', '/konsultasi/a/'],
      ['Tanpa kabar', 'Tim perencana Kementerian PANRB', '2019-12-31', 'unknown', '/konsultasi/a/'],
      ['Selesai dulu', 'Rini Widyantini', '2016-01-01', 'done', '/konsultasi/a/'],
    ]);
    expect(gatherConsultations(notes, registries, 'en').actions[1]?.owner).toBe('Planning team, Ministry of PANRB');
  });

  it('gives each note the states of its actions, unknown where none is written', () => {
    const {notes} = gatherConsultations([note('a', {actions: [{action: 'A', owner: 'rini', due: '2019-01-01'}, {action: 'B', owner: 'rini', due: '2019-01-01', state: 'done'}]})], registries, 'id');
    expect(notes[0]?.actionStates).toEqual(['unknown', 'done']);
  });

  it('rejects an action whose owner is neither a team nor a person, naming the file and the action', () => {
    const run = () => gatherConsultations([note('x', {actions: [{action: 'Sesuatu', owner: 'budi', due: '2019-01-01'}]})], registries, 'id');
    expect(run).toThrow(FrontMatterError);
    expect(run).toThrow('@site/docs/konsultasi/x.md: actions[0].owner: "budi" is neither a team in data/teams.yml nor a person in data/people.yml');
  });

  it.each([
    ['31 Februari 2016', {date: '2016-02-31'}, /date/],
    ['no participants', {participants: []}, /participants: list at least one participant/],
    ['an action without a due date', {actions: [{action: 'A', owner: 'rini'}]}, /actions\[0\]\.due is required/],
    ['an action state outside open, done and unknown', {actions: [{action: 'A', owner: 'rini', due: '2019-01-01', state: 'closed'}]}, /actions\[0\]\.state/],
    ['the old boolean done', {actions: [{action: 'A', owner: 'rini', due: '2019-01-01', done: false}]}, /done/],
  ])('rejects a note with %s', (_name, frontMatter, message) => {
    expect(() => gatherConsultations([note('x', frontMatter)], registries, 'id')).toThrow(message);
  });
});

describe('isOverdue', () => {
  it.each([
    [{due: '2019-12-31', state: 'open'}, '2020-01-01', true],
    [{due: '2019-12-31', state: 'open'}, '2019-12-31', false],
    [{due: '2019-12-31', state: 'done'}, '2026-01-01', false],
    [{due: '2019-12-31', state: 'unknown'}, '2026-01-01', false],
    [{due: '2030-01-01', state: 'open'}, '2026-11-27', false],
    [{due: '2019-12-31'}, '2020-01-01', true],
  ] as const)('%j on %s: %s', (action, today, expected) => {
    expect(isOverdue(action, today)).toBe(expected);
  });
});
