import {describe, expect, it} from 'vitest';

import {brief, checkFixture} from './checkFixture';

const CHAPTER = 'docs/rencana-induk/bab-uji.md';
const CHAPTER_EN = 'i18n/en/docusaurus-plugin-content-docs/current/bab-uji.md';

describe('sources', () => {
  it('warns about a chapter in review without sources, at its status or its empty list', async () => {
    const {diagnostics} = await checkFixture('chapter-review-without-sources');
    expect(brief(diagnostics, 'sources')).toEqual([
      `${CHAPTER}:4:9 sources warning No sources for a chapter in review`,
      `${CHAPTER_EN}:6:10 sources warning No sources for a chapter in review`,
    ]);
    expect(diagnostics.find((d) => d.ruleId === 'sources')?.hint).toMatch(/publisher, title, date \(YYYY-MM-DD\) and url where known/);
  });

  it('accepts a chapter in review that lists its sources, with or without an address', async () => {
    expect(brief((await checkFixture('chapter-review-with-sources')).diagnostics)).toEqual([]);
  });

  it('leaves draft chapters alone: a draft says itself what is missing', async () => {
    expect(brief((await checkFixture('chapter-valid')).diagnostics, 'sources')).toEqual([]);
  });

  it('warns about an approved module without sources, not about its draft translation', async () => {
    const {diagnostics} = await checkFixture('module-approved-without-sources');
    expect(brief(diagnostics, 'sources')).toEqual(['docs/kurikulum/modul-a.md:3:9 sources warning No sources for a module in approved']);
  });

  it('warns about a consultation note without sources, whatever its state', async () => {
    const {diagnostics} = await checkFixture('consultation-without-sources');
    expect(brief(diagnostics, 'sources')).toEqual([
      'docs/konsultasi/2016-03-02-rapat.md:2:8 sources warning No sources for a consultation note',
      'i18n/en/docusaurus-plugin-content-docs-konsultasi/current/2016-03-02-rapat.md:13:10 sources warning No sources for a consultation note',
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('warns about a press release without press_release.source_url, at the key', async () => {
    const {diagnostics} = await checkFixture('press-title-derived');
    expect(brief(diagnostics, 'sources')).toEqual([
      'blog/2016-03-02-uji/index.md:8:1 sources warning Press release has no press_release.source_url',
      'i18n/en/docusaurus-plugin-content-blog/2016-03-02-uji/index.md:8:1 sources warning Press release has no press_release.source_url',
    ]);
  });

  it('accepts a press release that records its source_url', async () => {
    expect(brief((await checkFixture('press-with-source-url')).diagnostics, 'sources')).toEqual([]);
  });
});
