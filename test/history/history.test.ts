import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {lastChanges, parseGitLog} from '../../src/toolkit/history/gitHistory';
import {decideTranslationState, recordedSourceHash, sourceHash, translationStates} from '../../src/toolkit/history/translationState';

const SOURCE = 'docs/rencana-induk/bab-uji.md';
const TRANSLATION = 'i18n/en/docusaurus-plugin-content-docs/current/bab-uji.md';
const NEW_SOURCE = 'docs/rencana-induk/bab-baru.md';

let repo: string;
function git(args: string[], date: string): void {
  const env = {...process.env, GIT_AUTHOR_NAME: 'Rini', GIT_AUTHOR_EMAIL: 'r@example.invalid', GIT_COMMITTER_NAME: 'Rini', GIT_COMMITTER_EMAIL: 'r@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date};
  execFileSync('git', args, {cwd: repo, env, stdio: 'pipe'});
}
function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, file)), {recursive: true});
  writeFileSync(path.join(repo, file), text);
}

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'history-'));
  git(['init', '--quiet'], '2026-01-01T00:00:00+07:00');
  write(SOURCE, '---\ntitle: Bab\n---\nSatu.\n');
  write(TRANSLATION, '---\ntitle: Chapter\n---\nOne.\n');
  git(['add', '--all'], '2026-01-01T00:00:00+07:00');
  git(['commit', '--quiet', '--no-gpg-sign', '-m', 'first'], '2026-01-01T00:00:00+07:00');
  write(SOURCE, '---\ntitle: Bab\n---\nSatu, diubah.\n');
  write(NEW_SOURCE, '---\ntitle: Bab baru\n---\nBaru.\n');
  git(['add', '--all'], '2026-02-01T00:00:00+07:00');
  git(['commit', '--quiet', '--no-gpg-sign', '-m', 'change the source'], '2026-02-01T00:00:00+07:00');
});
afterAll(() => rmSync(repo, {recursive: true, force: true}));

describe('lastChanges', () => {
  it('gives each file its last commit, keyed by path from the site root', async () => {
    const changes = await lastChanges(repo);
    expect(changes.get(SOURCE)?.date).toBe('2026-02-01T00:00:00+07:00');
    expect(changes.get(TRANSLATION)?.date).toBe('2026-01-01T00:00:00+07:00');
    expect(changes.get(SOURCE)?.author).toBe('Rini');
    expect(changes.get(SOURCE)?.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('keys paths relative to a site folder inside the repository', async () => {
    const changes = await lastChanges(path.join(repo, 'docs'));
    expect([...changes.keys()].sort()).toEqual(['rencana-induk/bab-baru.md', 'rencana-induk/bab-uji.md']);
  });

  it('returns an empty map outside a repository', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    expect((await lastChanges(outside)).size).toBe(0);
    rmSync(outside, {recursive: true});
  });

  it('parses file names with spaces and non-ASCII letters', () => {
    const log = '\u0001commit\u0001abc\u00022026-01-01T00:00:00+07:00\u0002Rini\0\ndocs/bab satu.md\0docs/ü.md\0';
    expect([...parseGitLog(log, '').keys()]).toEqual(['docs/bab satu.md', 'docs/ü.md']);
  });
});

describe('translation state', () => {
  it('is stale when git says the source changed after the translation, missing without a translation', async () => {
    const states = await translationStates(repo);
    expect(states.map((state) => [state.source, state.state, state.basis])).toEqual([
      [NEW_SOURCE, 'missing', 'none'],
      [SOURCE, 'stale', 'git'],
    ]);
  });

  it('uses the recorded source hash where there is no git history, and it overrides git', () => {
    const text = '---\ntitle: Bab\n---\nSatu.\n';
    const recorded = recordedSourceHash(`---\ntitle: Chapter\ntranslation_source: ${sourceHash(text)}\n---\nOne.\n`);
    expect(decideTranslationState({sourceText: text, translationExists: true, ...(recorded ? {recordedHash: recorded} : {})}).state).toBe('current');
    expect(decideTranslationState({sourceText: `${text}Dua.\n`, translationExists: true, ...(recorded ? {recordedHash: recorded} : {})}).state).toBe('stale');
  });

  it('hashes the same text the same with CRLF endings or a BOM', () => {
    expect(sourceHash('\uFEFFa\r\nb\r\n')).toBe(sourceHash('a\nb\n'));
  });
});
