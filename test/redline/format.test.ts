import {describe, expect, it} from 'vitest';

import {comparePage, formatHtml, formatJson, formatMarkdown, GITHUB_COMMENT_LIMIT, REDLINE_COMMENT_MARKER, type PageRedline, type RedlineReport} from '../../src/toolkit/redline';

const before = `---
title: Pendahuluan
chapter: 1
status: draft
owners: [panrb-perencana]
---

## Ringkasan

Program ini dikembangkan bersama oleh pemerintah Republik Indonesia dan Republik Korea sejak 2016.

\`\`\`mermaid
graph TD; A-->B
\`\`\`
`;
const after = before.replace('status: draft', 'status: review').replace('dikembangkan', 'dikelola').replace('A-->B', 'A-->C');

function page(index: number, text = after): PageRedline {
  return {path: `docs/rencana-induk/bab-${index}.md`, collection: 'rencana-induk', locale: 'id', id: `bab-${index}`, change: 'modified', title: `Bab ${index} <b>&`, chapter: index, comparison: comparePage({before, after: text, kind: 'md'})};
}

function report(pages: PageRedline[]): RedlineReport {
  return {
    version: 1,
    base: {spec: 'origin/main', label: 'origin/main (1a2b3c4)', commit: '1a2b3c4'.padEnd(40, '0')},
    head: {spec: 'worktree', label: 'working tree'},
    pages,
    summary: {
      pages: pages.length,
      chapters: pages.length,
      wordsAdded: pages.reduce((sum, p) => sum + p.comparison.wordsAdded, 0),
      wordsRemoved: pages.reduce((sum, p) => sum + p.comparison.wordsRemoved, 0),
      statusChanges: pages.map((p) => ({path: p.path, title: p.title!, before: 'draft', after: 'review'})),
    },
    diagnostics: [],
  };
}

describe('formatMarkdown', () => {
  it('starts with the hidden marker, sums up, then shows each page with its redline', () => {
    const markdown = formatMarkdown(report([page(1)]));
    expect(markdown.startsWith(`${REDLINE_COMMENT_MARKER}\n`)).toBe(true);
    expect(markdown).toContain('| 1 | 1 | +1 −1 | 1 |');
    expect(markdown).toContain('- Bab 1 &#60;b&#62;&#38; (`docs/rencana-induk/bab-1.md`): draft → in review');
    expect(markdown).toContain('### `docs/rencana-induk/bab-1.md` · Bab 1 &#60;b&#62;&#38;');
    expect(markdown).toContain('- Status: draft → in review');
    expect(markdown).toContain('- line 10, paragraph: Program ini <del>dikembangkan</del> <ins>dikelola</ins> bersama oleh pemerintah Republik Indonesia dan …');
    expect(markdown).toContain('- diagram (Mermaid) changed (line 12)');
  });

  it('speaks Indonesian with locale id', () => {
    const markdown = formatMarkdown(report([page(1)]), {locale: 'id'});
    expect(markdown).toContain('- Status: draf → ditinjau');
    expect(markdown).toContain('baris 10, paragraf:');
  });

  it('says when nothing changed', () => {
    expect(formatMarkdown(report([]))).toContain('No page of the master plan');
  });

  it("stays within GitHub's comment limit and says how many pages it left out", () => {
    const long = after.replace('sejak 2016.', `sejak 2016. ${'Kalimat tambahan tentang program. '.repeat(30)}`);
    const pages = Array.from({length: 400}, (_, index) => page(index + 1, long));
    const markdown = formatMarkdown(report(pages));
    expect(markdown.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const shown = markdown.match(/^### /gm)!.length;
    expect(shown).toBeGreaterThan(10);
    expect(shown).toBeLessThan(400);
    expect(markdown).toContain(`${400 - shown} more changed pages are not listed here`);
  });
});

describe('formatJson', () => {
  it('prints the report whole, versioned, with every block', () => {
    const value = JSON.parse(formatJson(report([page(1)]))) as RedlineReport;
    expect(Object.keys(value)).toEqual(['version', 'base', 'head', 'pages', 'summary', 'diagnostics']);
    expect(value.version).toBe(1);
    expect(Object.keys(value.pages[0]!)).toEqual(['path', 'collection', 'locale', 'id', 'change', 'title', 'chapter', 'comparison']);
    expect(Object.keys(value.pages[0]!.comparison)).toEqual(['blocks', 'metadata', 'wordsAdded', 'wordsRemoved', 'sectionsTouched', 'changed', 'problems']);
    expect(value.pages[0]!.comparison.blocks.map((block) => [block.kind, block.change])).toEqual([
      ['heading', 'unchanged'],
      ['paragraph', 'modified'],
      ['mermaid', 'modified'],
    ]);
  });
});

describe('formatHtml', () => {
  const html = formatHtml(report([page(1)]));

  it('is one file that requests nothing', () => {
    expect(html).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//);
  });

  it('marks insertions and deletions with ins and del, announced to screen readers', () => {
    expect(html).toContain('Program ini <del>dikembangkan</del> <ins>dikelola</ins> bersama');
    expect(html).toContain('ins::before { content: " [insertion start] "; }');
    expect(html).toContain('@media (prefers-color-scheme: dark)');
    expect(html).toContain('@media print');
  });

  it('shows a changed diagram before and after, and escapes page text', () => {
    expect(html).toContain(`<figcaption>Before</figcaption><pre class="rl-before"><code><del>graph TD; A--&#62;B</del></code></pre>`);
    expect(html).toContain('<figcaption>After</figcaption><pre class="rl-after"><code><ins>graph TD; A--&#62;C</ins></code></pre>');
    expect(html).toContain('Bab 1 &#60;b&#62;&#38;');
    expect(html).not.toContain('<b>&');
  });
});
