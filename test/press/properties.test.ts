import fc from 'fast-check';
import matter from 'gray-matter';
import {describe, expect, it} from 'vitest';

import {toIsoString, type Zone} from '../../src/toolkit/press/calendar';
import {decodeRelease} from '../../src/toolkit/press/decode';
import {parseReleaseText} from '../../src/toolkit/press/parseRelease';
import {readPressPost} from '../../src/toolkit/press/readPost';
import type {PressRecord} from '../../src/toolkit/press/record';
import {renderPressPost, isUntouchedImport} from '../../src/toolkit/press/renderPost';
import {pressAuthor} from '../../src/toolkit/press/authors';

/** Lines that look like the parts of a release, so generated files reach the byline, dateline and tag code. */
const releaseLine = fc.oneof(
  fc.string(),
  fc.constantFrom(':', '', '(Foto: Humas)', 'Baca juga: x', '(HUMASMENPAN)', 'Kategori: Berita'),
  fc.tuple(fc.string(), fc.integer({min: -5, max: 40}), fc.string(), fc.integer({min: 0, max: 3000})).map(
    ([name, day, month, year]) => `Oleh ${name}, Rabu, ${day} ${month} ${year} | 14:35 WIB - Redaktur: ${name} - 1K`,
  ),
  fc.tuple(fc.string(), fc.integer({min: 0, max: 40})).map(([name, day]) => `Oleh ${name}  Dipublikasikan pada ${day} Februari 2016`),
  fc.string().map((text) => `JAKARTA - ${text}. (${text})`),
);

/** Text that is mostly markup: what must come out of a post as the same literal characters. */
const MARKUP_PIECES = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '{braces}', '{{ x }}', '${HOME}', '# ', '---', '*', '_', '[a](b)', '\\', '1. ', '- ', '> ', '`', '$x$', ':::note', ':abbr', '&amp;', '&#60;', '~~s~~', '|', '![i](x)', '[^1]', 'www.example.com', 'a@b.co', '<!-- truncate -->', '+ ', '=', ' ', 'kata', 'Jakarta', '“”', '\t'];
const paragraph = fc
  .array(fc.oneof(fc.constantFrom(...MARKUP_PIECES), fc.string({unit: 'grapheme', minLength: 1, maxLength: 8})), {minLength: 1, maxLength: 12})
  .map((pieces) => pieces.join('').replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim())
  .filter((text) => text !== '' && text === text.trim());
const line = fc.string({unit: 'grapheme', minLength: 1, maxLength: 40}).map((text) => text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').trim()).filter((text) => text !== '');
const nullableLine = fc.option(line, {nil: null});

const record: fc.Arbitrary<PressRecord> = fc.record({
  title: line,
  titleDerived: fc.boolean(),
  date: fc
    .record({
      year: fc.integer({min: 1990, max: 2100}),
      month: fc.integer({min: 1, max: 12}),
      day: fc.integer({min: 1, max: 28}),
      hour: fc.integer({min: 0, max: 23}),
      minute: fc.integer({min: 0, max: 59}),
      zone: fc.constantFrom<Zone>('WIB', 'WITA', 'WIT'),
    })
    .map(toIsoString),
  author: nullableLine,
  editor: nullableLine,
  dateline: nullableLine,
  newsAgency: nullableLine,
  sourceTag: nullableLine,
  paragraphs: fc.array(paragraph, {minLength: 1, maxLength: 4}),
});

function render(value: PressRecord) {
  const rendered = renderPressPost(value, {author: pressAuthor(value.author), tags: [], sourceSha256: 'a'.repeat(64)});
  if (!rendered.ok) throw new Error(rendered.problems.join('; '));
  return rendered;
}

describe('press parsing and rendering, for any input', () => {
  it('never throws while decoding arbitrary bytes', () => {
    fc.assert(fc.property(fc.uint8Array({maxLength: 600}), (bytes) => void decodeRelease(bytes)));
  });

  it('never throws while parsing arbitrary text, and reports errors with a line inside the file', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(releaseLine, {maxLength: 8}).map((lines) => lines.join('\n'))), (text) => {
        const parsed = parseReleaseText(text);
        const lines = text.split('\n').length;
        for (const diagnostic of parsed.diagnostics) expect(diagnostic.line).toBeLessThanOrEqual(lines);
        expect(parsed.record === null).toBe(parsed.diagnostics.some((diagnostic) => diagnostic.severity === 'error'));
      }),
      {numRuns: 500},
    );
  });

  it('renders a record that reads back as the same record, every paragraph plain text', () => {
    fc.assert(
      fc.property(record, (value) => {
        const post = readPressPost(render(value).markdown);
        expect(post.markup).toEqual([]);
        expect(post.record).toEqual(value);
      }),
      {numRuns: 300},
    );
  });

  it('writes frontmatter that Docusaurus (gray-matter, js-yaml) reads back unchanged', () => {
    fc.assert(
      fc.property(record, (value) => {
        const rendered = render(value);
        // js-yaml reads the date as a timestamp: the same instant, which Docusaurus then uses as is.
        const {date, ...rest} = matter(rendered.markdown).data;
        const {date: written, ...expected} = JSON.parse(JSON.stringify(rendered.frontmatter)) as Record<string, unknown>;
        expect(rest).toEqual(expected);
        expect((date as Date).toISOString()).toBe(new Date(written as string).toISOString());
      }),
      {numRuns: 300},
    );
  });

  it('records a post hash that matches the post until someone edits it', () => {
    fc.assert(
      fc.property(record, fc.string({minLength: 1}), (value, edit) => {
        const {markdown} = render(value);
        expect(isUntouchedImport(markdown)).toBe(true);
        expect(isUntouchedImport(`${markdown}${edit}`)).toBe(false);
      }),
      {numRuns: 100},
    );
  });
});
