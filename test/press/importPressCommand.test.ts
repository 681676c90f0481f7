import {spawnSync} from 'node:child_process';
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import {temporarySite} from './support';
import {MASTERPLAN_BIN} from '../support/cli';

const CLI = MASTERPLAN_BIN;

function masterplan(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, 'import-press', ...args], {cwd, encoding: 'utf8'});
  return {code: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('npx masterplan import-press', {timeout: 30_000}, () => {
  const {siteDir} = temporarySite();
  const inbox = path.join(siteDir, 'inbox');
  mkdirSync(inbox);
  writeFileSync(path.join(inbox, 'good.txt'), 'Judul\n:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\nJAKARTA - Isi <script>x</script>. (HUMASMENPAN)\n');
  writeFileSync(path.join(inbox, 'bad.txt'), 'Judul\n:\nOleh Ani, Senin, 31 Februari 2016 | 10:15 WIB\nIsi.\n');

  it('prints {file, ok, error?, record?, output?} per input with --json and exits 1 when one failed', () => {
    const {code, stdout} = masterplan(siteDir, 'inbox', '--json', '--dry-run');
    expect(code).toBe(1);
    const entries = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(entries.map((entry) => Object.keys(entry).sort())).toEqual([
      ['error', 'file', 'ok'],
      ['file', 'ok', 'output', 'record'],
    ]);
    expect(entries[0]).toMatchObject({file: path.join('inbox', 'bad.txt'), ok: false});
    expect(entries[0]?.error).toMatch(/bad\.txt:3: error: .*impossible/);
    expect(entries[1]).toMatchObject({
      ok: true,
      record: {title: 'Judul', titleDerived: false, date: '2017-06-05T10:15:00+07:00', author: 'Ani', editor: null, dateline: 'JAKARTA', sourceTag: 'HUMASMENPAN'},
      output: {status: 'imported'},
    });
  });

  it('records --source-url in the post, and says what a bad one lacks', () => {
    // Its own blog folder, so the other tests still see good.txt as new.
    cpSync(path.join(siteDir, 'blog'), path.join(siteDir, 'blog-with-url'), {recursive: true});
    const {code, stdout} = masterplan(siteDir, path.join('inbox', 'good.txt'), '--source-url', 'https://example.go.id/berita/judul', '--out', 'blog-with-url', '--json');
    expect(code).toBe(0);
    const post = (JSON.parse(stdout) as Array<{output: {path: string}}>)[0]!.output.path;
    expect(readFileSync(post, 'utf8')).toContain('\n  source_url: https://example.go.id/berita/judul\n');
    const bad = masterplan(siteDir, path.join('inbox', 'good.txt'), '--source-url', 'menpan rilis');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--source-url.*https:\/\/.*menpan rilis/);
  });

  it('prints a summary of what it did', () => {
    // Its own blog folder, so the other tests still see good.txt as new.
    cpSync(path.join(siteDir, 'blog'), path.join(siteDir, 'blog-summary'), {recursive: true});
    const {code, stdout, stderr} = masterplan(siteDir, path.join('inbox', 'good.txt'), '--out', 'blog-summary');
    expect(code).toBe(0);
    expect(stdout).toContain('1 imported, 0 unchanged, 0 skipped, 0 failed');
    expect(stderr).toBe('');
    expect(masterplan(siteDir, path.join('inbox', 'good.txt'), '--out', 'blog-summary').stdout).toContain('0 imported, 1 unchanged, 0 skipped, 0 failed');
  });

  it.each([
    ['--title with a folder', ['inbox', '--title', 'Judul']],
    ['--source-url with a folder', ['inbox', '--source-url', 'https://example.go.id/rilis']],
    ['a --source-url that is not a web address', [path.join('inbox', 'good.txt'), '--source-url', 'menpan rilis']],
    ['an impossible --date', ['inbox', '--date', '2016-02-31']],
    ['no input', []],
  ])('exits 2 on bad usage: %s', (_name, args) => {
    expect(masterplan(siteDir, ...args).code).toBe(2);
  });
});
