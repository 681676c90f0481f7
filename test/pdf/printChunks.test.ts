import {describe, expect, it} from 'vitest';

import {estimatedPrintMemory, planChunks} from '../../src/toolkit/pdf/printChunks';

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

describe('estimatedPrintMemory', () => {
  it('gives the memory measured for the benchmark plans, so two 600-page locales print at once and two 3,000-page ones do not fit 3 GiB', () => {
    expect(estimatedPrintMemory(5.3e6) / 1e9).toBeCloseTo(1.05, 1);
    expect(estimatedPrintMemory(26.5e6) / 1e9).toBeCloseTo(3.3, 1);
    expect(2 * estimatedPrintMemory(5.3e6)).toBeLessThan(3 * 2 ** 30);
    expect(2 * estimatedPrintMemory(26.5e6)).toBeGreaterThan(3 * 2 ** 30);
  });
});
