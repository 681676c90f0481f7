import {describe, expect, it} from 'vitest';

import {chapterPermalink} from '../../src/plugins/status-board/chapterPermalink';

describe('chapterPermalink', () => {
  it.each<[string, string | undefined, string]>([
    ['peta-program', undefined, '/rencana-induk/peta-program/'],
    ['pendahuluan', '/', '/rencana-induk/'],
    ['pendahuluan', '/awal', '/rencana-induk/awal/'],
    ['bagian/bab-satu', 'satu', '/rencana-induk/bagian/satu/'],
  ])('links %s (slug %s) to %s', (id, slug, permalink) => {
    expect(chapterPermalink('/rencana-induk/', id, slug)).toBe(permalink);
  });
});
