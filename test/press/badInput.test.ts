import {describe, expect, it} from 'vitest';

import {MAX_RELEASE_BYTES} from '../../src/toolkit/press/limits';
import {readRelease, scenarios} from './support';

describe('bad releases are refused with the line and what to do', () => {
  it.each(scenarios('bad-fixtures').map((scenario) => [scenario.name, scenario] as const))('refuses %s', (_name, {bytes, expected}) => {
    const {parsed, diagnostics} = readRelease(bytes);
    expect(parsed?.record ?? null).toBeNull();
    const error = diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    expect(error).toMatchObject({line: expected.line});
    expect(error?.message).toContain(expected.message as string);
    expect(error?.hint).toContain(expected.hint as string);
  });

  it('refuses a file over the size limit, naming the line where the limit is reached', () => {
    const line = `${'x'.repeat(1023)}\n`;
    const bytes = Buffer.from(line.repeat(MAX_RELEASE_BYTES / 1024 + 1));
    const {parsed, diagnostics} = readRelease(bytes);
    expect(parsed).toBeNull();
    expect(diagnostics[0]).toMatchObject({severity: 'error', line: MAX_RELEASE_BYTES / 1024 + 1});
    expect(diagnostics[0]?.message).toContain('limit');
  });

  it('never falls back to today when the date is missing', () => {
    const {parsed} = readRelease(Buffer.from('Judul\nJAKARTA - Isi siaran pers.\n'));
    expect(parsed?.record).toBeNull();
  });

  it('accepts the same release once --date supplies the missing date', () => {
    const {parsed} = readRelease(Buffer.from('Judul\nJAKARTA - Isi siaran pers.\n'), {date: '2016-03-02'});
    expect(parsed?.record?.date).toBe('2016-03-02T00:00:00+07:00');
  });
});
