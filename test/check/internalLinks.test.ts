import {describe, expect, it} from 'vitest';

import {brief, checkFixture} from './checkFixture';

const CHAPTER = 'docs/rencana-induk/bab-uji.md';

describe('internal-links', () => {
  it('accepts links to existing files and routes', async () => {
    expect(brief((await checkFixture('chapter-valid-links')).diagnostics)).toEqual([]);
  });

  it('finds a page with a number prefix at the URL Docusaurus gives it', async () => {
    expect(brief((await checkFixture('chapter-link-to-numbered-page')).diagnostics)).toEqual([]);
  });

  it('reports links to missing files and pages, not links inside code', async () => {
    const {diagnostics} = await checkFixture('chapter-broken-link');
    expect(brief(diagnostics, 'internal-links').filter((line) => line.startsWith('docs/'))).toEqual([
      `${CHAPTER}:8:7 internal-links error Link to a missing file \`./bab-lain.md\`, did you mean \`bab-uji.md\`?`,
      `${CHAPTER}:8:37 internal-links error Link to a missing page \`/kurikulum/tidak-ada/\``,
    ]);
  });

  it('checks a link to a page outside the checked paths against that page', async () => {
    const {diagnostics} = await checkFixture('chapter-broken-link', {paths: ['docs/rencana-induk/bab-uji.md']});
    expect(brief(diagnostics, 'internal-links')).toEqual([
      `${CHAPTER}:8:7 internal-links error Link to a missing file \`./bab-lain.md\`, did you mean \`bab-uji.md\`?`,
      `${CHAPTER}:8:37 internal-links error Link to a missing page \`/kurikulum/tidak-ada/\``,
    ]);
  });
});
