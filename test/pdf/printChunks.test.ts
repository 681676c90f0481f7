import {describe, expect, it} from 'vitest';

import {planChunks} from '../../src/toolkit/pdf/printChunks';

describe('planChunks', () => {
  it.each([
    {case: 'one chapter', sizes: [500], budget: 1000, starts: [0]},
    {case: 'chapters that fit together', sizes: [300, 300, 400], budget: 1000, starts: [0]},
    {case: 'a chunk closed before the chapter that would overflow it', sizes: [300, 300, 500, 200], budget: 1000, starts: [0, 2]},
    {case: 'a chapter longer than the budget, alone', sizes: [100, 2500, 100], budget: 1000, starts: [0, 1, 2]},
    {case: 'a budget below every chapter: one chapter a chunk', sizes: [10, 20, 30], budget: 1, starts: [0, 1, 2]},
  ])('splits $case', ({sizes, budget, starts}) => {
    expect(planChunks(sizes, budget)).toEqual(starts);
  });

  it('keeps a plan the size of the real one (11 chapters, about 20,000 characters each) in one chunk', () => {
    expect(planChunks(Array.from({length: 11}, () => 20_000))).toEqual([0]);
  });

  it('splits the 3,000-page benchmark plan (1,900 chapters of about 14,000 characters) into 14 chunks of 142 chapters', () => {
    const starts = planChunks(Array.from({length: 1900}, () => 14_000));
    expect(starts).toHaveLength(14);
    expect(starts.slice(0, 3)).toEqual([0, 142, 284]);
  });
});
