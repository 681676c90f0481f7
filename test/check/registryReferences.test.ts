import {describe, expect, it} from 'vitest';

import {brief, checkFixture} from './checkFixture';

const CHAPTER = 'docs/rencana-induk/bab-uji.md';
const PRESS = 'blog/2016-03-02-uji/index.md';

describe('registry-references', () => {
  it('accepts planners and a program that are in the registries', async () => {
    expect(brief((await checkFixture('chapter-known-references')).diagnostics)).toEqual([]);
  });

  it('reports an unknown team or person and program at the value, with suggestions', async () => {
    const {diagnostics} = await checkFixture('chapter-unknown-owner');
    expect(brief(diagnostics, 'registry-references').filter((line) => line.startsWith('docs/'))).toEqual([
      `${CHAPTER}:5:16 registry-references error owners[1]: unknown team or person "rni", did you mean "rini"?`,
      `${CHAPTER}:6:10 registry-references error program: unknown program "portal-layanan", did you mean "portal-layanan-publik"?`,
    ]);
  });

  it("reports a press release's unknown author and tag against blog/authors.yml and blog/tags.yml", async () => {
    const {diagnostics} = await checkFixture('press-unknown-author-and-tag');
    expect(brief(diagnostics, 'registry-references').filter((line) => line.startsWith('blog/'))).toEqual([
      `${PRESS}:5:11 registry-references error authors[0]: unknown author (blog/authors.yml) "irvina-fallah", did you mean "irvina-falah"?`,
      `${PRESS}:6:8 registry-references error tags[0]: unknown tag (blog/tags.yml) "e-goverment", did you mean "e-government"?`,
    ]);
  });

  it('is skipped by --skip references, the name of the rule it was split from', async () => {
    const {diagnostics} = await checkFixture('chapter-unknown-owner', {disable: ['references']});
    expect(brief(diagnostics, 'registry-references')).toEqual([]);
  });
});
