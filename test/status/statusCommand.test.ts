import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import type {StatusReport} from '../../src/toolkit/status';
import {createTempSite, type TempSite} from '../support/tempSite';
import {MASTERPLAN_BIN} from '../support/cli';

/** A site whose history says: everything written on 2 March 2016; chapter 4 changed in Indonesian a year later. */
let site: TempSite;
beforeAll(() => {
  site = createTempSite({withGit: true});
  const file = path.join(site.dir, 'docs/rencana-induk/keamanan-informasi.md');
  writeFileSync(file, readFileSync(file, 'utf8').replace('status: draft', 'status: review\nreviewers: [mois-korea]\nreview_by: 2017-01-31'));
  process.env.GIT_AUTHOR_DATE = process.env.GIT_COMMITTER_DATE = '2017-03-02T09:00:00+07:00';
  site.git('commit', '--quiet', '--all', '--message', 'Chapter 4 to review');
  delete process.env.GIT_AUTHOR_DATE;
  delete process.env.GIT_COMMITTER_DATE;
}, 60_000);
afterAll(() => site.remove());

function masterplan(...args: string[]): string {
  return execFileSync(process.execPath, [MASTERPLAN_BIN, ...args, '--site-dir', site.dir], {encoding: 'utf8'});
}

// Each test starts the CLI in its own process; allow for a busy machine.
describe('masterplan status', {timeout: 60_000}, () => {
  it('reports every chapter with its git history, translation state and overdue review as JSON', () => {
    const report = JSON.parse(masterplan('status', '--json', '--date', '2017-06-01')) as StatusReport;
    expect(report.chapters.map((row) => row.chapter)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.counts).toEqual({draft: 8, review: 3, approved: 0});
    const chapter4 = report.chapters.find((row) => row.chapter === 4)!;
    expect(chapter4).toMatchObject({
      status: 'review',
      reviewers: ['mois-korea'],
      reviewBy: '2017-01-31',
      reviewOverdue: true,
      translation: 'stale',
      lastChange: {author: 'Rini Widyantini', date: expect.stringMatching(/^2017-03-02T/)},
    });
    const chapter1 = report.chapters.find((row) => row.chapter === 1)!;
    expect(chapter1).toMatchObject({translation: 'current', reviewOverdue: false, lastChange: {date: expect.stringMatching(/^2016-03-02T/)}});
    expect(chapter1.words).toBeGreaterThan(100);
  });

  it('prints a table with counts per status', () => {
    const table = masterplan('status', '--date', '2017-06-01');
    expect(table).toMatch(/^ 4 {2}Pengamanan informasi pemerintah +review +panrb-perencana +mois-korea +2017-03-02 Rini Widyantini +\d+ +stale +2017-01-31 OVERDUE$/m);
    expect(table).toContain('11 chapters: 8 draft, 3 review, 0 approved; 1 review overdue; 1 English translation missing or stale.');
  });

  it('rejects a malformed --date with exit code 2', () => {
    expect(() => masterplan('status', '--date', '1-6-2017')).toThrow(expect.objectContaining({status: 2}));
  });
});
