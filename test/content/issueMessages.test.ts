import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {chapterSchema, didYouMean, formatIssues, formatPath, friendlyIssues, peopleRegistrySchema, timelineRegistrySchema} from '../../src/content';

describe('didYouMean', () => {
  it.each([
    ['stauts', ['status', 'owners', 'title'], 'status'],
    ['rni', ['rini', 'lee-in-jae'], 'rini'],
    ['reveiw', ['draft', 'review', 'approved'], 'review'],
    ['zzz', ['rini', 'lee-in-jae'], undefined],
  ])('suggests for %s', (value, candidates, expected) => {
    expect(didYouMean(value, candidates)).toBe(expected);
  });

  it('always suggests a candidate itself when the value is one', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({minLength: 1}), {minLength: 1}), fc.nat(), (candidates, pick) => {
      const value = candidates[pick % candidates.length] as string;
      expect(didYouMean(value, candidates)).toBe(value);
    }));
  });
});

describe('friendlyIssues', () => {
  it('names the path, the problem and the fix', () => {
    const data = {title: 'Bab', chapter: 1, stauts: 'draft', owners: []};
    const result = chapterSchema.safeParse(data);
    expect(result.success).toBe(false);
    const messages = friendlyIssues(chapterSchema, data, result.success ? [] : result.error.issues).map((issue) => issue.message);
    expect(messages).toEqual(expect.arrayContaining(['Unknown key "stauts", did you mean "status"?', 'status is required (one of draft, review, approved)', 'owners: name at least one owner: a team from data/teams.yml']));
  });

  it('formats paths as authors point at them', () => {
    expect(formatPath(['actions', 1, 'owner'])).toBe('actions[1].owner');
  });
});

describe('formatIssues', () => {
  it('gives one line per issue, with the path as an author points at it', () => {
    const data = {rini: {name: 'Rini', institution: 'KemenPANRB', github: '@rini'}, Lee: {name: 'Lee', institution: 'NIA'}, lee: {name: 'Lee', insitution: 'NIA'}};
    const result = peopleRegistrySchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(formatIssues(peopleRegistrySchema, data, result.success ? [] : result.error.issues).sort()).toEqual([
      'Lee: use lower-case letters, digits and single hyphens, e.g. "dasar-e-government"',
      'Unknown key "lee.insitution", did you mean "institution"?',
      'lee.institution is required (string)',
      'rini.github: a GitHub user name without @',
    ]);
  });

  it('finds the allowed keys inside arrays of objects with refinements', () => {
    const data = {milestones: [{date: '2016-03-02', event: {id: 'a', en: 'b'}, plce: {id: 'c', en: 'd'}}]};
    const result = timelineRegistrySchema.safeParse(data);
    expect(formatIssues(timelineRegistrySchema, data, result.success ? [] : result.error.issues)).toEqual(['Unknown key "milestones[0].plce", did you mean "place"?']);
  });
});
