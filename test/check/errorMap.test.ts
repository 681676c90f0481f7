import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {chapterSchema, didYouMean, formatPath, friendlyIssues} from '../../src/content';

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
    expect(messages).toEqual(expect.arrayContaining(['Unknown key "stauts", did you mean "status"?', 'status is required (one of draft, review, approved)', 'owners: name at least one owner']));
  });

  it('formats paths as authors point at them', () => {
    expect(formatPath(['actions', 1, 'owner'])).toBe('actions[1].owner');
  });
});
