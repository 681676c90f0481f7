import {describe, expect, it} from 'vitest';

import {readRelease, scenarios} from './support';

describe('parseReleaseText over the known layouts', () => {
  it.each(scenarios('fixtures').map((scenario) => [scenario.name, scenario] as const))('reads %s', (_name, {bytes, expected}) => {
    const {decoded, parsed, diagnostics} = readRelease(bytes);
    const {layout, paragraphCount, encoding, warning, ...fields} = expected;
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    expect(parsed?.record).toMatchObject(fields);
    if (layout !== undefined) expect(parsed?.layout).toBe(layout);
    if (paragraphCount !== undefined) expect(parsed?.record?.paragraphs).toHaveLength(paragraphCount as number);
    if (encoding !== undefined) expect(decoded.encoding).toBe(encoding);
    expect(diagnostics.some((diagnostic) => diagnostic.severity === 'warning')).toBe(warning === true);
  });

  it('keeps every body paragraph exactly as published, dateline and tag included', () => {
    const {parsed} = readRelease(Buffer.from('Judul\n:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\nJAKARTA- Satu.  Dua.\n"Tiga," tegas Rini. (HUMASMENPAN)\n'));
    expect(parsed?.record?.paragraphs).toEqual(['JAKARTA- Satu.  Dua.', '"Tiga," tegas Rini. (HUMASMENPAN)']);
  });

  it('does not take a parenthesised date at the end for a source tag', () => {
    const {parsed} = readRelease(Buffer.from('Judul\n:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\nRapat digelar Rabu (2/3).\n'));
    expect(parsed?.record?.sourceTag).toBeNull();
  });

  it('derives a headline of at most about 90 characters, cut at a word', () => {
    const lede = `JAKARTA - ${'Pemerintah meresmikan pusat kerja sama yang sangat penting bagi pelayanan publik '.repeat(3)}hari ini.`;
    const {parsed} = readRelease(Buffer.from(`:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\n${lede}\n`));
    const title = parsed?.record?.title ?? '';
    expect(parsed?.record?.titleDerived).toBe(true);
    expect(title.length).toBeLessThanOrEqual(91);
    expect(title).toMatch(/^Pemerintah meresmikan .*[a-z]…$/);
    expect(lede).toContain(title.slice(0, -1));
  });

  it.each([
    ['--title replaces a lost headline', {title: 'Judul Baru'}, {title: 'Judul Baru', titleDerived: false}],
    ['--date replaces the byline date', {date: '2016-03-02T14:35'}, {date: '2016-03-02T14:35:00+07:00'}],
    ['--date keeps a given offset', {date: '2016-03-02T14:35:00+09:00'}, {date: '2016-03-02T14:35:00+09:00'}],
  ])('%s', (_name, options, expected) => {
    const {parsed} = readRelease(Buffer.from(':\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\nJAKARTA - Isi siaran pers.\n'), options);
    expect(parsed?.record).toMatchObject(expected);
  });

  it('imports a 300,000-character paragraph', () => {
    const paragraph = `JAKARTA - ${'kata '.repeat(60_000)}selesai.`;
    const {parsed, diagnostics} = readRelease(Buffer.from(`Judul\n:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\n${paragraph}\n`));
    expect(diagnostics).toEqual([]);
    expect(parsed?.record?.paragraphs).toEqual([paragraph]);
  });
});
