import fc from 'fast-check';
import {describe, expect, it} from 'vitest';

import {idSchema} from '../../src/content';
import {slugFromTitle} from '../../src/toolkit/scaffold';

describe('slugFromTitle', () => {
  it.each([
    ['Pengamanan informasi pemerintah', 'pengamanan-informasi-pemerintah'],
    ['Kerja Sama RI–ROK: Tahap Ke-2', 'kerja-sama-ri-rok-tahap-ke-2'],
    ['Sistem  Portal  Layanan  Publik ', 'sistem-portal-layanan-publik'],
    ['Kebijakan e-Government (2016/2019)', 'kebijakan-e-government-2016-2019'],
    ['Réforme', 'reforme'],
    ['!!!', ''],
  ])('turns "%s" into "%s"', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('always gives an empty string or a valid id', () => {
    fc.assert(
      fc.property(fc.string(), (title) => {
        const slug = slugFromTitle(title);
        expect(slug === '' || idSchema.safeParse(slug).success).toBe(true);
      }),
    );
  });
});
