import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {globSync} from 'tinyglobby';
import {afterAll, describe, expect, it} from 'vitest';

import {generateCorpus} from '../../bench/corpus/generateCorpus';
import {checkContent} from '../../src/toolkit/check';

const dirs: string[] = [];
function freshDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((dir) => rmSync(dir, {recursive: true, force: true})));

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(globSync(['docs/**', 'blog/**', 'i18n/**', 'data/**'], {cwd: dir}).sort().map((file) => [file, readFileSync(path.join(dir, file), 'utf8')]));
}

describe('generateCorpus', () => {
  it('writes the same site for the same seed, and a different one for another seed', async () => {
    const [a, b, c] = [freshDir(), freshDir(), freshDir()];
    await generateCorpus({dir: a, pages: 40, seed: 7, scaffold: false, git: false});
    await generateCorpus({dir: b, pages: 40, seed: 7, scaffold: false, git: false});
    await generateCorpus({dir: c, pages: 40, seed: 8, scaffold: false, git: false});
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a)).not.toEqual(snapshot(c));
  });

  it('writes a site that passes the content check, with diagrams, math and both languages', async () => {
    const dir = freshDir();
    const {files} = await generateCorpus({dir, pages: 60, scaffold: false, git: false});
    const pages = globSync('**/*.md', {cwd: dir});
    expect(files).toBeGreaterThanOrEqual(120);
    expect(pages.filter((page) => page.startsWith('i18n/en/')).length).toBe(pages.filter((page) => !page.startsWith('i18n/')).length);
    const text = pages.map((page) => readFileSync(path.join(dir, page), 'utf8')).join('\n');
    expect(text).toContain('```mermaid');
    expect(text).toContain('$$');
    const result = await checkContent({siteDir: dir, history: new Map()});
    expect(result.diagnostics.map((d) => `${d.file}:${d.line} ${d.ruleId} ${d.message}`)).toEqual([]);
  }, 60_000);
});
