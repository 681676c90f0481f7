import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {COLLECTIONS} from '../../src/content';
import {pagesOf, SITE_DIR} from './sitePages';

describe('locales', () => {
  it.each(COLLECTIONS.map((collection) => [collection.id, collection] as const))(
    '%s: every Indonesian page has an English counterpart and vice versa',
    (_id, collection) => {
      const id = pagesOf(collection, 'id').map((page) => page.relativePath);
      const en = pagesOf(collection, 'en').map((page) => page.relativePath);
      expect(id.length).toBeGreaterThan(0);
      expect(en).toEqual(id);
    },
  );

  it('uses one plural form in every Indonesian UI string (Indonesian has no plural)', () => {
    const code = JSON.parse(readFileSync(path.join(SITE_DIR, 'i18n/id/code.json'), 'utf8')) as Record<string, {message: string}>;
    const plurals = Object.entries(code).filter(([, entry]) => entry.message.includes('|'));
    expect(plurals).toEqual([]);
    expect(code['theme.blog.post.readingTime.plurals']?.message).toBe('{readingTime} menit membaca');
  });

  it('translates every custom UI string into English', () => {
    const read = (locale: string) =>
      JSON.parse(readFileSync(path.join(SITE_DIR, `i18n/${locale}/code.json`), 'utf8')) as Record<string, {message: string}>;
    const [id, en] = [read('id'), read('en')];
    const custom = Object.keys(id).filter((key) => key.startsWith('home.'));
    expect(custom.length).toBeGreaterThan(10);
    const untranslated = custom.filter((key) => en[key]?.message === id[key]?.message);
    expect(untranslated).toEqual([]);
  });
});
