import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {parseMarkdownTree} from '../../src/toolkit/check/parseFile';
import {blocksOf, withSections} from '../../src/toolkit/redline/blocks';
import {diffWords, readPage, tokenize} from '../../src/toolkit/redline';

const join = (segments: readonly {op: string; text: string}[], keep: string) =>
  segments
    .filter((segment) => segment.op === 'equal' || segment.op === keep)
    .map((segment) => segment.text)
    .join('');

describe('diffWords (properties)', () => {
  it('rebuilds the older text’s words from equal and deleted runs, the newer’s from equal and inserted ones', () => {
    const words = (text: string) => tokenize(text).map((token) => token.text);
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const {segments, wordsAdded, wordsRemoved} = diffWords(before, after);
        expect(words(join(segments, 'delete'))).toEqual(words(before));
        expect(words(join(segments, 'insert'))).toEqual(words(after));
        expect(join(segments, 'insert')).toBe(join(diffWords(after, after).segments, 'equal'));
        expect(wordsAdded + wordsRemoved === 0).toBe(segments.every((segment) => segment.op === 'equal' || !/[\p{L}\p{N}]/u.test(segment.text)));
      }),
    );
  });

  it('finds no change between a text and the same text reflowed', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-zA-Z,.;()-]{1,8}$/), {minLength: 1, maxLength: 30}), fc.array(fc.constantFrom(' ', '\n', '  \n', '\r\n', '\t')), (words, spaces) => {
        const reflowed = words.map((word, index) => `${word}${spaces[index % Math.max(spaces.length, 1)] ?? ' '}`).join('');
        const result = diffWords(words.join(' '), reflowed);
        expect(result.segments.every((segment) => segment.op === 'equal')).toBe(true);
      }),
    );
  });
});

/**
 * Lines a page is made of, the awkward ones included: fences, formulas,
 * comments and raw HTML that span blank lines, setext underlines, indented
 * continuations, tables, quotes. (Not reference definitions: the one
 * documented difference of reading piece by piece.)
 */
const PAGE_LINES = [
  '',
  '',
  'Satu dua tiga.',
  'Program ini dikembangkan bersama.',
  '## Ringkasan',
  '# Judul *miring*',
  '- butir satu',
  '- butir [dua](./x.md)',
  '1. pertama',
  '2) kedua',
  '  lanjutan butir',
  '    kode terindentasi',
  '> kutipan',
  '```',
  '```mermaid',
  '~~~',
  'graph TD; A-->B',
  '$$',
  'x^2',
  '<!-- catatan',
  'penutup -->',
  '<pre>',
  '</pre>',
  '<div>',
  '---',
  '===',
  '| a | b |',
  '| --- | --- |',
  '| 1 | 2 |',
  'Teks dengan `kode` dan $x$.',
  '***',
];

const summary = (blocks: ReturnType<typeof blocksOf>) => blocks.map((block) => [block.kind, block.version.text, block.version.line, block.section ?? null]);

describe('readPage (properties)', () => {
  it('finds the blocks parsing the page whole finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PAGE_LINES), {maxLength: 25}), (lines) => {
        const text = `---\ntitle: Uji\n---\n\n${lines.join('\n')}\n`;
        const whole = withSections(blocksOf(parseMarkdownTree(text, {mdx: false}), text));
        expect(summary(readPage(text, 'md').blocks)).toEqual(summary(whole));
      }),
      {numRuns: 500},
    );
  }, 120_000);
});
