import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {commitThatSetApproval, findApprovalCommits, parseFollowLog} from '../../src/toolkit/history/approvals';

/** The site sits in a folder of the repository, as it may in a monorepo. */
const SITE = 'site';
const OLD_PATH = 'docs/rencana-induk/bab-lama.md';
const CHAPTER = 'docs/rencana-induk/bab-uji.md';
const NEVER_COMMITTED = 'docs/rencana-induk/bab-baru.md';

const page = (approvedOn: string | undefined, body: string) =>
  `---\ntitle: Bab uji\nchapter: 2\nstatus: ${approvedOn ? 'approved' : 'review'}\nowners: [panrb-perencana]\n${approvedOn ? `approved_by: [panrb-perencana]\napproved_on: ${approvedOn}\n` : ''}---\n\n${body}\n`;

let repo: string;
const commits: Record<string, string> = {};
function git(args: string[], date = '2026-01-01T00:00:00+07:00'): string {
  const env = {...process.env, GIT_AUTHOR_NAME: 'Rini', GIT_AUTHOR_EMAIL: 'r@example.invalid', GIT_COMMITTER_NAME: 'Rini', GIT_COMMITTER_EMAIL: 'r@example.invalid', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date};
  return execFileSync('git', args, {cwd: repo, env, encoding: 'utf8', stdio: 'pipe'});
}
function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(repo, SITE, file)), {recursive: true});
  writeFileSync(path.join(repo, SITE, file), text);
}
function commit(name: string, date: string): void {
  git(['add', '--all'], date);
  git(['commit', '--quiet', '--no-gpg-sign', '-m', name], date);
  commits[name] = git(['rev-parse', 'HEAD']).trim();
}

/**
 * A chapter written, approved, renamed, approved again, its date re-quoted,
 * then edited: the approval that counts is the second one, under the old name.
 */
beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'approvals-'));
  git(['init', '--quiet']);
  write(OLD_PATH, page(undefined, 'Draf pertama.'));
  commit('written', '2026-01-01T00:00:00+07:00');
  write(OLD_PATH, page('2026-01-10', 'Draf pertama.'));
  commit('approved', '2026-01-10T00:00:00+07:00');
  write(OLD_PATH, page('2026-02-01', 'Teks yang disetujui.'));
  commit('approved again', '2026-02-01T00:00:00+07:00');
  git(['mv', `${SITE}/${OLD_PATH}`, `${SITE}/${CHAPTER}`]);
  commit('renamed', '2026-02-02T00:00:00+07:00');
  write(CHAPTER, page("'2026-02-01'", 'Teks yang disetujui.'));
  commit('date quoted', '2026-02-03T00:00:00+07:00');
  write(CHAPTER, page("'2026-02-01'", 'Teks yang sudah diubah.'));
  commit('edited', '2026-02-04T00:00:00+07:00');
  write(NEVER_COMMITTED, page('2026-03-01', 'Belum dikomit.'));
});
afterAll(() => rmSync(repo, {recursive: true, force: true}));

describe('findApprovalCommits', () => {
  it('finds the commit that set the current approved_on, through a rename and a re-quoted date, with the page as it was then', async () => {
    const {found, notFound} = await findApprovalCommits(path.join(repo, SITE), [{path: CHAPTER, approvedOn: '2026-02-01'}]);
    expect(notFound).toEqual([]);
    const approval = found.get(CHAPTER);
    expect(approval?.commit).toBe(commits['approved again']);
    expect(approval?.date).toBe('2026-02-01T00:00:00+07:00');
    expect(approval?.pathThen).toBe(`${SITE}/${OLD_PATH}`);
    expect(approval?.text).toContain('Teks yang disetujui.');
  });

  it('names an approval that is not committed yet, and says what to do', async () => {
    const {found, notFound} = await findApprovalCommits(path.join(repo, SITE), [{path: NEVER_COMMITTED, approvedOn: '2026-03-01'}]);
    expect(found.size).toBe(0);
    expect(notFound).toEqual([
      {
        path: NEVER_COMMITTED,
        reason: 'not-committed',
        message: `${NEVER_COMMITTED}: approved_on: 2026-03-01 is not committed yet, so there is no approved version to compare with; commit the approval.`,
      },
    ]);
  });

  it('finds nothing and reports nothing outside a repository (a copy of the site without git)', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'approvals-nogit-'));
    try {
      expect(await findApprovalCommits(copy, [{path: CHAPTER, approvedOn: '2026-02-01'}])).toEqual({found: new Map(), notFound: []});
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  });

  it('does not take the cut-off commit of a shallow clone for the approval', async () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'approvals-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo}`, clone], {stdio: 'pipe'});
      const {found, notFound} = await findApprovalCommits(path.join(clone, SITE), [{path: CHAPTER, approvedOn: '2026-02-01'}]);
      expect(found.size).toBe(0);
      expect(notFound.map((problem) => problem.reason)).toEqual(['shallow-history']);
      expect(notFound[0]?.message).toContain('git fetch --unshallow');
    } finally {
      rmSync(clone, {recursive: true, force: true});
    }
  });
});

describe('commitThatSetApproval', () => {
  const change = (commit: string, approvedOn: string | undefined) => ({commit, approvedOn});

  it.each([
    ['the newest commit set it', [change('c', 'B'), change('b', 'A')], 'B', 'c'],
    ['a later commit only rewrote the line', [change('d', 'B'), change('c', 'B'), change('b', 'A')], 'B', 'c'],
    ['it was approved, withdrawn, and approved again with the same date', [change('d', 'A'), change('c', undefined), change('b', 'A')], 'A', 'd'],
    ['the newest commit leaves another date (not committed yet)', [change('c', 'A')], 'B', undefined],
    ['no commit touched the line', [], 'A', undefined],
  ])('when %s', (_label, newestFirst, current, expected) => {
    expect(commitThatSetApproval(newestFirst, current)?.commit).toBe(expected);
  });
});

describe('parseFollowLog', () => {
  it('reads commits, root commits and the path before a rename', () => {
    const output = '\u0001c2\u00022026-02-02T00:00:00+07:00\u0002c1\0\nR100\0docs/a.md\0docs/b.md\0\u0001c1\u00022026-01-01T00:00:00+07:00\u0002\0\nA\0docs/a b.md\0';
    expect(parseFollowLog(output)).toEqual([
      {commit: 'c2', date: '2026-02-02T00:00:00+07:00', root: false, pathThen: 'docs/b.md'},
      {commit: 'c1', date: '2026-01-01T00:00:00+07:00', root: true, pathThen: 'docs/a b.md'},
    ]);
  });
});
