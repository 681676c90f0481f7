import {describe, expect, it} from 'vitest';

import {comparePage, describeMetadataChange, type RedlineBlock} from '../../src/toolkit/redline';

const page = (body: string, frontmatter = 'title: Pendahuluan\nchapter: 1\nstatus: draft\nowners: [panrb-perencana]') => `---\n${frontmatter}\n---\n\n${body}`;

const BODY = `## Ringkasan

Pusat Kerja Sama e-Government diresmikan pada
2 Maret 2016 di Jakarta.

- Program jaringan intrapemerintah.
- Program pusat data terpadu.

| Program | Tahun |
| --- | --- |
| Portal layanan | 2016 |

> Kutipan dari siaran pers.

\`\`\`mermaid
graph TD; A-->B
\`\`\`

$$
x^2 + y^2
$$
`;

const changed = (blocks: readonly RedlineBlock[]) => blocks.filter((block) => block.change !== 'unchanged');

describe('comparePage', () => {
  it.each([
    ['a reflowed paragraph', BODY.replace('diresmikan pada\n2 Maret', 'diresmikan\npada 2 Maret')],
    ['CRLF line endings', BODY.replace(/\n/g, '\r\n')],
    ['trailing spaces', BODY.replace(/\n/g, '  \n')],
    ['a hard break instead of a line break', BODY.replace('pada\n2 Maret', 'pada  \n2 Maret')],
  ])('finds no change in %s', (_, after) => {
    const result = comparePage({before: page(BODY), after: page(after), kind: 'md'});
    expect(changed(result.blocks)).toEqual([]);
    expect(result.changed).toBe(false);
  });

  it('shows one word changed as one word, in its section', () => {
    const result = comparePage({before: page(BODY), after: page(BODY.replace('di Jakarta', 'di Bandung')), kind: 'md'});
    const [block] = changed(result.blocks);
    expect(block).toMatchObject({kind: 'paragraph', change: 'modified', section: 'Ringkasan', wordsAdded: 1, wordsRemoved: 1});
    expect(block?.words?.filter((segment) => segment.op !== 'equal')).toEqual([
      {op: 'delete', text: ' Jakarta'},
      {op: 'insert', text: ' Bandung'},
    ]);
    expect(result.sectionsTouched).toEqual(['Ringkasan']);
    expect([result.wordsAdded, result.wordsRemoved]).toEqual([1, 1]);
  });

  it.each([
    ['a list item', 'Program pusat data terpadu.', 'Program pusat data nasional.', 'listItem'],
    ['a table cell', '| Portal layanan | 2016 |', '| Portal layanan | 2017 |', 'tableCell'],
    ['a quotation', 'Kutipan dari siaran pers.', 'Kutipan dari siaran pers resmi.', 'blockquote'],
    ['a heading', '## Ringkasan', '## Ringkasan program', 'heading'],
  ])('compares %s as text', (_, from, to, kind) => {
    const result = comparePage({before: page(BODY), after: page(BODY.replace(from, to)), kind: 'md'});
    const blocks = changed(result.blocks);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({kind, change: 'modified'});
    expect(blocks[0]?.words?.some((segment) => segment.op === 'insert')).toBe(true);
  });

  it('shows a changed Mermaid diagram whole, before and after, without word counts', () => {
    const result = comparePage({before: page(BODY), after: page(BODY.replace('A-->B', 'A-->C')), kind: 'md'});
    const [block] = changed(result.blocks);
    expect(block).toMatchObject({kind: 'mermaid', change: 'modified', before: {text: 'graph TD; A-->B'}, after: {text: 'graph TD; A-->C'}, wordsAdded: 0});
    expect(block?.words).toBeUndefined();
  });

  it('compares math as its source', () => {
    const result = comparePage({before: page(BODY), after: page(BODY.replace('x^2 + y^2', 'x^2 + y^3')), kind: 'md'});
    expect(changed(result.blocks)).toMatchObject([{kind: 'math', change: 'modified', before: {text: 'x^2 + y^2'}, after: {text: 'x^2 + y^3'}}]);
  });

  it('shows a code block whose indentation changed, but not one with trailing spaces', () => {
    const code = '```ts\nconst a = 1;\n```\n';
    expect(changed(comparePage({before: page(code), after: page(code.replace('const', '  const')), kind: 'md'}).blocks)).toHaveLength(1);
    expect(changed(comparePage({before: page(code), after: page(code.replace('1;', '1;   ')), kind: 'md'}).blocks)).toEqual([]);
  });

  it('reports a new paragraph as added and a dropped one as removed, with their words', () => {
    const added = comparePage({before: page(BODY), after: page(`${BODY}\nParagraf baru tentang anggaran.\n`), kind: 'md'});
    expect(changed(added.blocks)).toMatchObject([{kind: 'paragraph', change: 'added', wordsAdded: 4, words: [{op: 'insert', text: 'Paragraf baru tentang anggaran.'}]}]);
    const removed = comparePage({before: page(`${BODY}\nParagraf baru tentang anggaran.\n`), after: page(BODY), kind: 'md'});
    expect(changed(removed.blocks)).toMatchObject([{change: 'removed', wordsRemoved: 4}]);
  });

  it('keeps a rewritten paragraph as removed and added, not a redline with every word struck', () => {
    const result = comparePage({before: page('Satu dua tiga empat lima.'), after: page('Anggaran belum bersumber sama sekali.'), kind: 'md'});
    expect(changed(result.blocks).map((block) => block.change)).toEqual(['removed', 'added']);
  });

  it('marks a changed link target as a Markdown-only change', () => {
    const result = comparePage({before: page('Lihat [peta program](./a.md).'), after: page('Lihat [peta program](./b.md).'), kind: 'md'});
    expect(changed(result.blocks)).toMatchObject([{change: 'modified', markupOnly: true, wordsAdded: 0, wordsRemoved: 0}]);
  });

  it('compares the attributes of an MDX element apart from the Markdown inside it', () => {
    const before = '<Callout type="note">\n\nIsi catatan.\n\n</Callout>\n';
    const result = comparePage({before: page(before), after: page(before.replace('note', 'warning')), kind: 'mdx'});
    expect(changed(result.blocks)).toMatchObject([{kind: 'element', change: 'modified', after: {text: '<Callout type="warning">'}}]);
  });

  it('names the frontmatter changes as data and in words', () => {
    const before = page(BODY, 'title: Pendahuluan\nchapter: 1\nstatus: draft\nowners: [panrb-perencana]\nreview_by: 2026-12-31');
    const after = page(BODY, 'title: Pendahuluan rencana induk\nchapter: 2\nstatus: approved\nowners: [panrb-perencana, kominfo]\napproved_by: [panrb]\napproved_on: 2027-01-15');
    const {metadata} = comparePage({before, after, kind: 'md'});
    expect(metadata.map((change) => change.field)).toEqual(['title', 'chapter', 'status', 'owners', 'review_by', 'approved_by', 'approved_on']);
    expect(metadata.map((change) => describeMetadataChange(change, 'en'))).toEqual([
      'Title: “Pendahuluan” → “Pendahuluan rencana induk”',
      'Chapter number: 1 → 2',
      'Status: draft → approved',
      'Owners: added kominfo',
      'Review by: removed (was 2026-12-31)',
      'Approved by: added panrb',
      'Approved on: set to 2027-01-15',
    ]);
    expect(describeMetadataChange(metadata[2]!, 'id')).toBe('Status: draf → disetujui');
    expect(describeMetadataChange(metadata[3]!, 'id')).toBe('Pemilik: ditambah kominfo');
  });

  it('still compares the body when the frontmatter no longer parses, and says where', () => {
    const broken = `---\ntitle: Pendahuluan\nstatus: [draft\n---\n\n${BODY.replace('Jakarta', 'Bandung')}`;
    const result = comparePage({before: page(BODY), after: broken, kind: 'md'});
    expect(result.problems).toMatchObject([{side: 'after', line: expect.any(Number), column: expect.any(Number), message: expect.stringContaining('Malformed YAML')}]);
    expect(result.problems[0]!.line).toBeGreaterThanOrEqual(3);
    expect(result.metadata).toEqual([]);
    expect(changed(result.blocks)).toHaveLength(1);
  });

  it('reads MDX that does not parse as Markdown, and says where', () => {
    const result = comparePage({before: page('Satu {dua'), after: page('Satu {tiga'), kind: 'mdx'});
    expect(result.problems.map((problem) => problem.side)).toEqual(['before', 'after']);
    expect(result.problems[0]!.message).toContain('Cannot parse the MDX');
    expect(result.changed).toBe(true);
  });

  it('treats a page missing on one side as all added or all removed', () => {
    expect(comparePage({before: undefined, after: page(BODY), kind: 'md'}).blocks.every((block) => block.change === 'added')).toBe(true);
    const removed = comparePage({before: page(BODY), after: undefined, kind: 'md'});
    expect(removed.blocks.every((block) => block.change === 'removed')).toBe(true);
    expect(removed.metadata.find((change) => change.field === 'status')).toMatchObject({before: 'draft'});
  });
});
