import {describe, expect, it} from 'vitest';

import {chapterSchema, type ChapterInput} from '../../src/content';
import type {ChapterFile} from '../../src/toolkit/content/readChapters';
import {buildStatusReport, countWords, type StatusInputs} from '../../src/toolkit/status';

function chapter(id: string, front: Partial<ChapterInput>, body = 'Satu dua tiga.'): ChapterFile {
  const frontMatter = chapterSchema.parse({title: `Bab ${id}`, chapter: 1, status: 'draft', owners: ['rini'], ...front});
  return {path: `docs/rencana-induk/${id}.md`, id, frontMatter, text: body, body, en: {path: `i18n/en/x/${id}.md`, title: `Chapter ${id}`, body, frontMatter: {}}};
}

function inputs(chapters: ChapterFile[], extra: Partial<StatusInputs> = {}): StatusInputs {
  return {chapters, changes: new Map(), translations: new Map(), programIds: ['keamanan-informasi', 'portal-layanan-publik'], date: '2016-03-02', ...extra};
}

describe('buildStatusReport', () => {
  it.each([
    ['2016-03-01', true],
    ['2016-03-02', false],
    ['2016-03-03', false],
  ])('marks a review due %s as overdue: %s (report dated 2016-03-02)', (reviewBy, overdue) => {
    const report = buildStatusReport(inputs([chapter('a', {review_by: reviewBy})]));
    expect(report.chapters[0]).toMatchObject({reviewBy, reviewOverdue: overdue});
  });

  it('counts chapters per status and per program, in registry order, with chapters outside programs last', () => {
    const report = buildStatusReport(
      inputs([
        chapter('a', {chapter: 1, status: 'review'}),
        chapter('b', {chapter: 2, program: 'portal-layanan-publik'}),
        chapter('c', {chapter: 3, program: 'portal-layanan-publik', status: 'approved', approved_by: ['lee-in-jae'], approved_on: '2016-03-01'}),
      ]),
    );
    expect(report.counts).toEqual({draft: 1, review: 1, approved: 1});
    expect(report.programs).toEqual([
      {program: 'keamanan-informasi', counts: {draft: 0, review: 0, approved: 0}},
      {program: 'portal-layanan-publik', counts: {draft: 1, review: 0, approved: 1}},
      {program: null, counts: {draft: 0, review: 1, approved: 0}},
    ]);
    expect(report.chapters[2]).toMatchObject({approvedBy: ['lee-in-jae'], approvedOn: '2016-03-01'});
  });

  it('orders chapters by number and takes history and translation state by source path', () => {
    const change = {commit: 'abc', date: '2016-03-02T10:00:00+07:00', author: 'Rini Widyantini'};
    const report = buildStatusReport(
      inputs([chapter('b', {chapter: 2}), chapter('a', {chapter: 1})], {
        changes: new Map([['docs/rencana-induk/a.md', change]]),
        translations: new Map([['docs/rencana-induk/b.md', 'stale']]),
      }),
    );
    expect(report.chapters.map((row) => [row.chapter, row.lastChange, row.translation])).toEqual([
      [1, {date: change.date, author: change.author, commit: 'abc'}, 'current'],
      [2, null, 'stale'],
    ]);
    expect(Object.keys(report.chapters[0]!.lastChange!)).toEqual(['date', 'author', 'commit']);
  });

  it('keeps the documented JSON shape', () => {
    const report = buildStatusReport(inputs([chapter('a', {})]));
    expect(Object.keys(report)).toEqual(['version', 'date', 'chapters', 'counts', 'programs', 'problems']);
    expect(Object.keys(report.chapters[0]!)).toEqual([
      'chapter', 'id', 'path', 'title', 'titleEn', 'status', 'program', 'owners', 'reviewers', 'lastChange',
      'words', 'translation', 'reviewBy', 'reviewOverdue', 'approvedBy', 'approvedOn',
    ]);
  });
});

describe('countWords', () => {
  it.each([
    ['Satu dua tiga.', 3],
    ['## Ringkasan\n\nProgram ini **penting** bagi [kita](https://example.go.id/a-b-c).', 6],
    ['```mermaid\ngraph TD; A-->B\n```\n\nSatu.', 1],
    ['$$\nI = \\sum w_i\n$$\n\nIndeks kematangan', 2],
    ['| Tindakan | Tenggat |\n| --- | --- |\n| Rapat | 2019 |', 4],
    ['e-government RI–ROK', 4],
  ])('counts %j as %i words', (markdown, words) => {
    expect(countWords(markdown)).toBe(words);
  });
});
