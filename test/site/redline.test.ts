import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {requireFrontmatter} from '../../src/toolkit/content/frontmatter';
import type {LoadedDoc} from '../../src/plugins/loadedDocs';
import {chaptersChangedSinceApproval} from '../../src/plugins/redline/changedSinceApproval';
import {changesIndexStrings, redlinePageStrings} from '../../src/plugins/redline/strings';

const chapter = (id: string, number: number, status: string, body: string, extra = '') =>
  `---\ntitle: Bab ${id}\nchapter: ${number}\nstatus: ${status}\nowners: [panrb-perencana]\n${status === 'approved' ? 'approved_by: [panrb-perencana]\napproved_on: 2026-11-02\n' : ''}${extra}---\n\n## Ringkasan\n\n${body}\n`;

/** The pages as the docs plugin would hand them over, with our frontmatter reader's data. */
function docsIn(siteDir: string, ids: string[]): LoadedDoc[] {
  return ids.map((id) => {
    const source = `docs/rencana-induk/${id}.md`;
    return {
      id,
      title: `Bab ${id}`,
      permalink: `/rencana-induk/${id}/`,
      source: `@site/${source}`,
      frontMatter: requireFrontmatter(readFileSync(path.join(siteDir, source), 'utf8'), source).data,
    };
  });
}

const ROUTES = {redlinePermalinkOf: (doc: LoadedDoc) => `/rencana-induk/perubahan/${doc.id}/`, changesPermalink: '/rencana-induk/perubahan/'};
const IDS = ['diubah', 'tetap', 'tanggal-tinjauan', 'draf'];

let site: string;
const git = (...args: string[]) =>
  execFileSync('git', args, {cwd: site, stdio: 'pipe', env: {...process.env, GIT_AUTHOR_NAME: 'Rini', GIT_AUTHOR_EMAIL: 'r@example.invalid', GIT_COMMITTER_NAME: 'Rini', GIT_COMMITTER_EMAIL: 'r@example.invalid'}});
const write = (id: string, text: string) => writeFileSync(path.join(site, `docs/rencana-induk/${id}.md`), text);

/**
 * Four chapters approved (or not) and committed; then one has a word changed,
 * one is left alone, one only gets a review date, and the draft changes freely.
 */
beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'redline-site-'));
  mkdirSync(path.join(site, 'docs/rencana-induk'), {recursive: true});
  write('diubah', chapter('diubah', 2, 'approved', 'Program ini menghubungkan instansi pemerintah.'));
  write('tetap', chapter('tetap', 1, 'approved', 'Teks yang tidak berubah.'));
  write('tanggal-tinjauan', chapter('tanggal-tinjauan', 3, 'approved', 'Teks yang sama.'));
  write('draf', chapter('draf', 4, 'draft', 'Draf awal.'));
  git('init', '--quiet');
  git('add', '--all');
  git('commit', '--quiet', '--no-gpg-sign', '-m', 'Approve three chapters');
  write('diubah', chapter('diubah', 2, 'approved', 'Program ini menghubungkan seluruh instansi pemerintah.'));
  write('tanggal-tinjauan', chapter('tanggal-tinjauan', 3, 'approved', 'Teks yang sama.', 'review_by: 2027-11-02\n'));
  write('draf', chapter('draf', 4, 'draft', 'Draf kedua.'));
  git('commit', '--quiet', '--no-gpg-sign', '--all', '-m', 'Edit');
});
afterAll(() => rmSync(site, {recursive: true, force: true}));

describe('chaptersChangedSinceApproval', () => {
  it('lists only the approved chapter whose text changed, with the words marked and the approval it is compared with', async () => {
    const found = await chaptersChangedSinceApproval(site, docsIn(site, IDS), 'id', ROUTES);
    expect(found.approved).toBe(3);
    expect(found.notFound).toEqual([]);
    expect(found.chapters.map((changed) => changed.id)).toEqual(['diubah']);
    const [changed] = found.chapters;
    expect(changed).toMatchObject({
      chapter: 2,
      permalink: '/rencana-induk/diubah/',
      redlinePermalink: '/rencana-induk/perubahan/diubah/',
      changesPermalink: '/rencana-induk/perubahan/',
      basis: {kind: 'approval', approvedOn: '2026-11-02', approvedBy: ['panrb-perencana'], commit: git('rev-parse', 'HEAD~1').toString().trim()},
      wordsAdded: 1,
      wordsRemoved: 0,
      sectionsTouched: ['Ringkasan'],
      metadata: [],
    });
    expect(changed?.blocks).toEqual([
      {kind: 'heading', change: 'unchanged', comparedAs: 'words', depth: 2, after: 'Ringkasan'},
      {
        kind: 'paragraph',
        change: 'modified',
        comparedAs: 'words',
        words: [
          {op: 'equal', text: 'Program ini menghubungkan'},
          {op: 'insert', text: ' seluruh'},
          {op: 'equal', text: ' instansi pemerintah.'},
        ],
      },
    ]);
  });

  it('finds nothing, and reports nothing, in a copy of the site without git', async () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'redline-site-nogit-'));
    try {
      mkdirSync(path.join(copy, 'docs/rencana-induk'), {recursive: true});
      for (const id of IDS) writeFileSync(path.join(copy, `docs/rencana-induk/${id}.md`), readFileSync(path.join(site, `docs/rencana-induk/${id}.md`)));
      const found = await chaptersChangedSinceApproval(copy, docsIn(copy, IDS), 'id', ROUTES);
      expect(found).toEqual({approved: 3, chapters: [], notFound: [], problems: []});
    } finally {
      rmSync(copy, {recursive: true, force: true});
    }
  });
});

describe('the words of the redline pages', () => {
  const listing = {comparedWith: {kind: 'approval' as const}, approvedChapters: 0, chapters: []};
  const page = {title: 'Pendahuluan', chapter: 1, basis: {kind: 'edition' as const, edition: '2030-2034'}};

  it('exist in both languages, with the same placeholders, and differ wherever the words do', () => {
    const placeholders = (value: unknown): string[] => JSON.stringify(value).match(/\{\w+\}/g)?.sort() ?? [];
    const pairs: [object, object][] = [
      [changesIndexStrings('id', listing), changesIndexStrings('en', listing)],
      [redlinePageStrings('id', page), redlinePageStrings('en', page)],
    ];
    for (const [id, en] of pairs as [Record<string, unknown>, Record<string, unknown>][]) {
      expect(Object.keys(en).sort()).toEqual(Object.keys(id).sort());
      expect(placeholders(en)).toEqual(placeholders(id));
      const same = Object.keys(id).filter((key) => JSON.stringify(id[key]) === JSON.stringify(en[key]));
      expect(same).toEqual([]);
    }
  });

  it('say plainly why nothing is listed: no approval, no change since approval, no change since the edition', () => {
    expect(changesIndexStrings('id', listing).nothing).toBe('Belum ada edisi yang diterbitkan dan belum ada bab yang disetujui, jadi belum ada perubahan untuk ditampilkan.');
    expect(changesIndexStrings('en', {...listing, approvedChapters: 2}).nothing).toBe('No chapter has changed since its approval (approved chapters: 2).');
    expect(changesIndexStrings('en', {...listing, comparedWith: {kind: 'edition', edition: '2030-2034'}}).nothing).toBe('No chapter has changed since the 2030-2034 edition.');
  });

  it('name the page by what it compares with', () => {
    expect(redlinePageStrings('en', page).title).toBe('Changes since the 2030-2034 edition: Pendahuluan');
    expect(redlinePageStrings('id', {...page, basis: {kind: 'approval', approvedOn: '2026-11-02', approvedBy: [], commit: 'c', committedOn: 'd'}}).title).toBe('Perubahan sejak disetujui: Pendahuluan');
  });
});
