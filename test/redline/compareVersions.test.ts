import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {compareVersions, parseVersionSpec, ShallowCloneError, UnknownBaseError, UnknownEditionError} from '../../src/toolkit/redline';
import {chapter, createRepository, type TempRepository} from './tempRepository';

const PARAGRAPHS = [
  'Pusat Kerja Sama e-Government diresmikan pada 2 Maret 2016 di kantor Kementerian PANRB, Jakarta.',
  'Program ini dikembangkan bersama oleh pemerintah Republik Indonesia dan Republik Korea.',
  'Siaran pers tidak menjelaskan anggaran, jadwal, atau instansi penanggung jawab program.',
].join('\n\n');

const ID = 'docs/rencana-induk';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

let repository: TempRepository | undefined;
afterEach(() => {
  repository?.cleanUp();
  repository = undefined;
});

function site(): TempRepository {
  repository = createRepository({
    [`${ID}/pendahuluan.md`]: chapter('Pendahuluan', 1, `## Ringkasan\n\n${PARAGRAPHS}\n`),
    [`${ID}/pusat-data.md`]: chapter('Pusat data', 2, `## Ringkasan\n\n${PARAGRAPHS.replace('Program ini', 'Pusat data ini')}\n`),
    [`${EN}/pendahuluan.md`]: chapter('Introduction', 1, '## Summary\n\nThe Cooperation Center was inaugurated on 2 March 2016.\n'),
    'docs/kurikulum/dasar.md': '---\ntitle: Dasar\n---\n\nModul dasar e-government untuk aparatur sipil negara di daerah.\n',
  });
  return repository;
}

describe('compareVersions', () => {
  it('reports a word changed in the working tree against the last commit', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'dikelola'));
    const report = await compareVersions(repo.dir);
    expect(report.base).toMatchObject({label: expect.stringContaining('HEAD'), commit: expect.stringMatching(/^[0-9a-f]{40}$/)});
    expect(report.head).toMatchObject({spec: 'worktree', label: 'working tree'});
    expect(report.pages).toMatchObject([{path: `${ID}/pendahuluan.md`, change: 'modified', collection: 'rencana-induk', locale: 'id', id: 'pendahuluan', title: 'Pendahuluan', chapter: 1}]);
    expect(report.summary).toEqual({pages: 1, chapters: 1, wordsAdded: 1, wordsRemoved: 1, statusChanges: []});
  });

  it('follows a renamed and renumbered chapter (git mv), not "removed + added"', async () => {
    const repo = site();
    repo.git('mv', `${ID}/pusat-data.md`, `${ID}/pusat-data-terpadu.md`);
    repo.write(`${ID}/pusat-data-terpadu.md`, repo.read(`${ID}/pusat-data-terpadu.md`).replace('chapter: 2', 'chapter: 3'));
    repo.commit('Rename');
    const report = await compareVersions(repo.dir, {base: parseVersionSpec('HEAD~1'), head: parseVersionSpec('HEAD')});
    expect(report.pages).toHaveLength(1);
    expect(report.pages[0]).toMatchObject({path: `${ID}/pusat-data-terpadu.md`, previousPath: `${ID}/pusat-data.md`, change: 'renamed', chapter: 3});
    expect(report.pages[0]!.comparison.metadata).toMatchObject([{field: 'chapter', before: 2, after: 3}]);
    expect(report.pages[0]!.comparison.blocks.every((block) => block.change === 'unchanged')).toBe(true);
  });

  it('follows a chapter renamed with a plain mv, not yet added to git', async () => {
    const repo = site();
    repo.move(`${ID}/pusat-data.md`, `${ID}/pusat-data-nasional.md`);
    const report = await compareVersions(repo.dir);
    expect(report.pages).toMatchObject([{path: `${ID}/pusat-data-nasional.md`, previousPath: `${ID}/pusat-data.md`, change: 'renamed'}]);
  });

  it('reports a page moved to another collection as a move', async () => {
    const repo = site();
    repo.move('docs/kurikulum/dasar.md', 'docs/konsultasi/dasar.md');
    repo.git('add', '--all');
    const report = await compareVersions(repo.dir);
    expect(report.pages).toMatchObject([{path: 'docs/konsultasi/dasar.md', previousPath: 'docs/kurikulum/dasar.md', change: 'moved', collection: 'konsultasi', previousCollection: 'kurikulum'}]);
  });

  it('reports a change to the English page alone', async () => {
    const repo = site();
    repo.write(`${EN}/pendahuluan.md`, repo.read(`${EN}/pendahuluan.md`).replace('inaugurated', 'opened'));
    const report = await compareVersions(repo.dir);
    expect(report.pages).toMatchObject([{path: `${EN}/pendahuluan.md`, locale: 'en', id: 'pendahuluan', change: 'modified', comparison: {wordsAdded: 1, wordsRemoved: 1}}]);
    expect(report.summary.chapters).toBe(1);
  });

  it('reports nothing when only line endings or trailing spaces changed', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace(/\n/g, '\r\n'));
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace(/\n/g, '   \n'));
    const report = await compareVersions(repo.dir);
    expect(report.pages).toEqual([]);
  });

  it('names a chapter whose frontmatter no longer parses, with file and line, and compares the rest', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('status: draft', 'status: [draft').replace('Jakarta', 'Bandung'));
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('anggaran', 'biaya'));
    const report = await compareVersions(repo.dir);
    expect(report.diagnostics).toMatchObject([{file: `${ID}/pendahuluan.md`, version: 'head', line: expect.any(Number), column: expect.any(Number), severity: 'error', message: expect.stringContaining('Malformed YAML')}]);
    expect(report.pages.map((page) => page.path)).toEqual([`${ID}/pendahuluan.md`, `${ID}/pusat-data.md`]);
    expect(report.pages[0]!.comparison.wordsAdded).toBe(1);
  });

  it('counts status changes in the summary', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('status: draft', 'status: review'));
    const report = await compareVersions(repo.dir);
    expect(report.summary.statusChanges).toEqual([{path: `${ID}/pendahuluan.md`, title: 'Pendahuluan', before: 'draft', after: 'review'}]);
  });

  it('lists added and removed pages', async () => {
    const repo = site();
    repo.remove('docs/kurikulum/dasar.md');
    repo.write(`${ID}/baru.md`, chapter('Bab baru', 9, 'Anggaran dan jadwal program belum bersumber.\n'));
    const report = await compareVersions(repo.dir);
    expect(report.pages.map((page) => [page.path, page.change])).toEqual([
      [`${ID}/baru.md`, 'added'],
      ['docs/kurikulum/dasar.md', 'removed'],
    ]);
  });

  it('compares the draft with a published edition', async () => {
    const repo = site();
    repo.write('versions.json', '["2016"]\n');
    repo.write(`versioned_docs/version-2016/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'disusun'));
    repo.write(`versioned_docs/version-2016/pusat-data.md`, repo.read(`${ID}/pusat-data.md`));
    repo.write('i18n/en/docusaurus-plugin-content-docs/version-2016/pendahuluan.md', repo.read(`${EN}/pendahuluan.md`));
    const report = await compareVersions(repo.dir, {base: parseVersionSpec('edition:2016')});
    expect(report.base).toEqual({spec: 'edition:2016', label: 'edition 2016'});
    expect(report.pages.map((page) => page.path)).toEqual([`${ID}/pendahuluan.md`]);
    await expect(compareVersions(repo.dir, {base: parseVersionSpec('edition:2019')})).rejects.toBeInstanceOf(UnknownEditionError);
    // The same against the last commit, read from git rather than from the working tree.
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('anggaran', 'biaya'));
    const atHead = await compareVersions(repo.dir, {base: parseVersionSpec('edition:2016'), head: parseVersionSpec('HEAD')});
    expect(atHead.head).toMatchObject({spec: 'HEAD', commit: expect.stringMatching(/^[0-9a-f]{40}$/)});
    expect(atHead.pages.map((page) => page.path)).toEqual([`${ID}/pendahuluan.md`]);
  });

  it('throws UnknownBaseError for a base that does not exist', async () => {
    const repo = site();
    await expect(compareVersions(repo.dir, {base: parseVersionSpec('no-such-branch')})).rejects.toBeInstanceOf(UnknownBaseError);
    await expect(compareVersions(repo.dir, {head: parseVersionSpec('no-such-branch')})).rejects.toThrow('Unknown head "no-such-branch"');
  });

  it('says a shallow clone lacks the history, and how to fetch it', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('Jakarta', 'Bandung'));
    repo.commit('Second');
    const clone = mkdtempSync(path.join(tmpdir(), 'masterplan-shallow-'));
    try {
      execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], {stdio: 'ignore'});
      const attempt = compareVersions(clone, {base: parseVersionSpec('HEAD~1')});
      await expect(attempt).rejects.toBeInstanceOf(ShallowCloneError);
      await expect(attempt).rejects.toThrow(/git fetch --unshallow.*fetch-depth: 0/);
    } finally {
      rmSync(clone, {recursive: true, force: true});
    }
  });

  it('compares only the files asked for', async () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('Jakarta', 'Bandung'));
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('anggaran', 'biaya'));
    const report = await compareVersions(repo.dir, {paths: [`${ID}/pusat-data.md`]});
    expect(report.pages.map((page) => page.path)).toEqual([`${ID}/pusat-data.md`]);
  });
});
