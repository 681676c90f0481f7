import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {searchIndex} from '../../scripts/postbuild/searchIndex';
import {parseDone} from '../../src/components/CurriculumProgress/store';

const FIXTURES = path.join(__dirname, 'fixtures');
const made: string[] = [];

/** A copy of a fixture site in a temporary folder, as a build output. */
function builtSite(fixture: string): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'masterplan-search-'));
  made.push(outDir);
  cpSync(path.join(FIXTURES, fixture), outDir, {recursive: true});
  return outDir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

describe('the search index post-build step', () => {
  it('writes one Pagefind index per page language', async () => {
    const outDir = builtSite('two-locale-site');
    await searchIndex.run({siteDir: outDir, outDir});
    const entry = JSON.parse(readFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, {page_count: number}>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(['en-gb', 'id-id']);
    expect(entry.languages['id-id']?.page_count).toBe(1);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(path.join(outDir, 'pagefind', 'pagefind-ui.js'))).toBe(false);
  });

  it('fails when no page marks its article for the index', async () => {
    const outDir = builtSite('site-without-articles');
    await expect(searchIndex.run({siteDir: outDir, outDir})).rejects.toThrow(/marks its article with data-pagefind-body/);
  });
});

describe('parseDone (stored curriculum progress)', () => {
  it.each([
    [null, []],
    ['', []],
    ['["dasar-e-government","integrasi-layanan"]', ['dasar-e-government', 'integrasi-layanan']],
    ['["a", 3, null]', ['a']],
    ['{"a": true}', []],
    ['not json', []],
  ])('reads %j as %j', (raw, expected) => {
    expect(parseDone(raw)).toEqual(expected);
  });
});
