import {describe, expect, it} from 'vitest';

import {pagePartsForPrint} from '../../src/toolkit/pdf/pagePartsForPrint';

const head = '<head><link rel="stylesheet" href="/assets/css/styles.css"><link rel="canonical" href="https://example.go.id/bab-1/"></head>';

describe('pagePartsForPrint', () => {
  it('keeps the head and the article and drops the navigation around them', () => {
    const page = `<!doctype html><html lang="id">${head}<body><nav class="navbar">menu</nav><aside><ul><li>bab 1</li><li>bab 2</li></ul></aside>` +
      '<main><article><div class="theme-doc-markdown markdown"><h1>Bab 1</h1><p>Teks</p></div></article><div class="table-of-contents">isi</div></main>' +
      '<footer>kaki</footer></body></html>';
    const kept = pagePartsForPrint(page);
    expect(kept).toContain(head.replace('</head>', ''));
    expect(kept).toContain('<article><div class="theme-doc-markdown markdown"><h1>Bab 1</h1><p>Teks</p></div></article>');
    for (const dropped of ['navbar', '<aside>', 'table-of-contents', '<footer>']) expect(kept).not.toContain(dropped);
  });

  it('keeps articles nested in the chapter whole', () => {
    const page = `<html>${head}<body><aside>nav</aside><article><div class="theme-doc-markdown"><article>kutipan</article><p>akhir</p></div></article></body></html>`;
    expect(pagePartsForPrint(page)).toContain('<article><div class="theme-doc-markdown"><article>kutipan</article><p>akhir</p></div></article>');
  });

  it('keeps a page without an article as it is', () => {
    const page = `<html>${head}<body><main><div class="theme-doc-markdown">x</div></main></body></html>`;
    expect(pagePartsForPrint(page)).toBe(page);
  });
});
