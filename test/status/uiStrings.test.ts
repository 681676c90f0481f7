import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {REPO_DIR} from '../support/tempSite';

const COMPONENTS = ['src/components/StatusBoard/index.tsx', 'src/components/ChapterMeta/index.tsx', 'src/components/ChapterStatusBadge/index.tsx'];

/** Translation ids a component uses, from `<Translate id="…">` and `translate({id: '…'})`. */
function idsIn(file: string): string[] {
  const source = readFileSync(path.join(REPO_DIR, file), 'utf8');
  return [...source.matchAll(/\bid(?:=|:\s*)["']([a-zA-Z]\w*\.[\w.]+)["']/g)].map((match) => match[1]!);
}

const read = (locale: string) =>
  JSON.parse(readFileSync(path.join(REPO_DIR, `i18n/${locale}/code.json`), 'utf8')) as Record<string, {message: string}>;

describe('status board and chapter header strings', () => {
  const ids = COMPONENTS.flatMap(idsIn);

  it('finds the strings it checks', () => {
    expect(ids.length).toBeGreaterThan(30);
  });

  it.each(['id', 'en'])('are all in i18n/%s/code.json', (locale) => {
    const code = read(locale);
    expect(ids.filter((id) => code[id] === undefined)).toEqual([]);
  });

  it('use one plural form in Indonesian', () => {
    const code = read('id');
    expect(ids.filter((id) => code[id]?.message.includes('|'))).toEqual([]);
  });

  it('are translated into English wherever the words differ', () => {
    const [id, en] = [read('id'), read('en')];
    const same = ids.filter((key) => id[key]?.message === en[key]?.message);
    // Only words spelled alike in both languages.
    expect([...new Set(same.map((key) => id[key]!.message))].sort()).toEqual(['No.', 'Status']);
  });
});
