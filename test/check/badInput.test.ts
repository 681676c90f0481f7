import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import fc from 'fast-check';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {checkContent, lineIndex} from '../../src/toolkit/check';
import {brief, FIXTURES, TODAY} from './checkFixture';

const CHAPTER = (body: string) => `---\ntitle: Bab uji\nchapter: 1\nstatus: draft\nowners: [rini]\n---\n\n${body}\n`;
const DIR = 'docs/rencana-induk';

/** Bad inputs, written by the test (a binary or 5 MB fixture does not belong in git). */
const BAD_FILES: Record<string, string | Buffer> = {
  'malformed-yaml.md': '---\ntitle: Bab: uji: rusak\nchapter: 1\n---\n\nIsi.\n',
  'binary.md': Buffer.concat([Buffer.from('---\ntitle: x\n'), Buffer.from([0x00, 0xff, 0x10])]),
  'empty.md': '',
  'huge.md': CHAPTER('Kalimat panjang tentang layanan publik. '.repeat(130_000)),
  'crlf.md': CHAPTER('Program e-goverment.').replace(/\n/g, '\r\n'),
  'bom.md': `\uFEFF${CHAPTER('Program e-goverment.')}`,
};

let siteDir: string;
beforeAll(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'check-bad-input-'));
  cpSync(path.join(FIXTURES, '_base'), siteDir, {recursive: true});
  mkdirSync(path.join(siteDir, DIR), {recursive: true});
  for (const [name, content] of Object.entries(BAD_FILES)) {
    writeFileSync(path.join(siteDir, DIR, name), content, {flag: 'w'});
  }
}, 30_000);
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

describe('bad input', () => {
  it('gives every bad file a positioned diagnostic and checks the others', async () => {
    const before = Object.keys(BAD_FILES).map((name) => statSync(path.join(siteDir, DIR, name)).mtimeMs);
    const result = await checkContent({siteDir, today: TODAY, history: new Map(), paths: [DIR], disable: ['translation']});
    expect(brief(result.diagnostics)).toEqual([
      `${DIR}/binary.md:3:1 parse error Binary data (a NUL byte) at byte 13; pages and registries must be UTF-8 text`,
      `${DIR}/bom.md:1:1 parse warning File starts with a byte-order mark (BOM)`,
      `${DIR}/bom.md:8:9 terminology error Unexpected \`e-goverment\`, expected \`e-government\``,
      `${DIR}/crlf.md:1:4 parse warning File uses CRLF (Windows) line endings`,
      `${DIR}/crlf.md:8:9 terminology error Unexpected \`e-goverment\`, expected \`e-government\``,
      `${DIR}/empty.md:1:1 parse error File is empty; a page needs frontmatter with at least a title`,
      `${DIR}/huge.md:1:1 parse error File is 5.0 MB, over the 1 MB limit for a page, so it was not checked`,
      `${DIR}/malformed-yaml.md:2:8 parse error Malformed YAML: Nested mappings are not allowed in compact mappings`,
      `${DIR}/malformed-yaml.md:2:13 parse error Malformed YAML: Nested mappings are not allowed in compact mappings`,
    ]);
    // The checker never writes.
    expect(Object.keys(BAD_FILES).map((name) => statSync(path.join(siteDir, DIR, name)).mtimeMs)).toEqual(before);
    expect(readFileSync(path.join(siteDir, DIR, 'crlf.md'), 'utf8')).toContain('\r\n');
  });
});

describe('lineIndex', () => {
  it('maps every offset to the line and column a person counts, with LF or CRLF', () => {
    fc.assert(
      fc.property(fc.array(fc.string({unit: 'grapheme-ascii'}).map((line) => line.replace(/[\r\n]/g, '')), {minLength: 1, maxLength: 20}), fc.boolean(), (lines, crlf) => {
        const text = lines.join(crlf ? '\r\n' : '\n');
        const index = lineIndex(text);
        for (let offset = 0; offset <= text.length; offset++) {
          const before = text.slice(0, offset);
          const expectedLine = before.split('\n').length;
          const expectedColumn = offset - (before.lastIndexOf('\n') + 1) + 1;
          expect(index.position(offset)).toEqual({line: expectedLine, column: expectedColumn});
        }
      }),
    );
  });

  it.each([
    ['the first character', 0, {line: 1, column: 1}],
    ['the CR of a CRLF (where the CRLF warning points)', 2, {line: 1, column: 3}],
    ['the start of the second line', 4, {line: 2, column: 1}],
    ['the end of the text', 9, {line: 3, column: 2}],
    ['an offset past the end, clamped', 50, {line: 3, column: 2}],
  ])('maps %s in a CRLF text', (_what, offset, expected) => {
    expect(lineIndex('ab\r\ncd\r\ne').position(offset)).toEqual(expected);
  });

  it('gives a span from start to end', () => {
    expect(lineIndex('ab\ncd').span(1, 4)).toEqual({line: 1, column: 2, endLine: 2, endColumn: 2});
  });
});
