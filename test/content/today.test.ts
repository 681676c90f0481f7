import {describe, expect, it} from 'vitest';

import {SITE_TIME_ZONE, todayIso} from '../../src/content/today';

describe('todayIso', () => {
  it('is the day in Asia/Jakarta, whatever the machine clock zone', () => {
    expect(SITE_TIME_ZONE).toBe('Asia/Jakarta');
  });

  it.each([
    // 16:59 UTC is 23:59 WIB: still the same day.
    ['2026-03-01T16:59:59Z', '2026-03-01'],
    // 17:00 UTC is midnight WIB: already the next day there, though UTC is not.
    ['2026-03-01T17:00:00Z', '2026-03-02'],
    // An instant written with an offset counts where it falls in Jakarta.
    ['2026-03-02T00:30:00+09:00', '2026-03-01'],
    ['2024-02-29T12:00:00Z', '2024-02-29'],
    ['2025-12-31T17:00:00Z', '2026-01-01'],
  ])('gives %s as %s', (instant, day) => {
    expect(todayIso(new Date(instant))).toBe(day);
  });
});
