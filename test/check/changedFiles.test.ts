import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {ChangeSetError, changedFiles, checkContent, UnknownBaseError} from '../../src/toolkit/check';

const CHAPTERS = 'docs/rencana-induk';
const CHAPTERS_EN = 'i18n/en/docusaurus-plugin-content-docs/current';
const MODULES = 'docs/kurikulum';

/** A small site: three chapters (one translated), two modules, the registries, and files the checker does not cover. */
const SITE: Record<string, string> = {
  'data/people.yml': 'rini:\n  name: Rini Widyantini\n  institution: Kementerian PANRB\nlee-in-jae:\n  name: Lee In Jae\n  institution: Ministry of the Interior\n',
  'data/programs.yml': 'keamanan-informasi:\n  name: {id: Keamanan informasi, en: Information security}\nportal-layanan:\n  name: {id: Portal layanan, en: Service portal}\n',
  'data/glossary.yml':
    'terms:\n  e-government:\n    term: {id: e-government, en: e-government}\n    definition: {id: Pemerintahan elektronik., en: Electronic government.}\n    variants: [e-goverment]\n' +
    '  komite-bersama:\n    term: {id: Komite Bersama, en: Joint Committee}\n    definition: {id: Forum bersama., en: The joint forum.}\n    variants: []\ncorrections:\n  degan: dengan\n',
  'data/timeline.yml': '- year: 2016\n',
  'blog/authors.yml': 'irvina-falah:\n  name: Irvina Falah\n',
  'blog/tags.yml': 'e-government:\n  label: e-government\n',
  [`${CHAPTERS}/keamanan.md`]: '---\ntitle: Keamanan\nprogram: keamanan-informasi\nowners: [rini]\n---\nIsi bab.\n',
  [`${CHAPTERS}/portal.md`]: '---\ntitle: Portal\nprogram: portal-layanan\nowners: [lee-in-jae]\n---\nLihat [keamanan](./keamanan.md).\n',
  [`${CHAPTERS}/sejarah.mdx`]: '---\ntitle: Sejarah\nslug: riwayat\nowners: [lee-in-jae]\n---\nKerja sama <Term id="komite-bersama">Komite Bersama</Term>.\n',
  [`${CHAPTERS}/ringkasan.md`]: '---\ntitle: Ringkasan\n---\nBaca [riwayat kerja sama](/rencana-induk/riwayat/).\n',
  [`${CHAPTERS_EN}/keamanan.md`]: '---\ntitle: Security\n---\nThe chapter.\n',
  [`${MODULES}/dasar.md`]: '---\ntitle: Dasar\nprerequisites: []\n---\nModul.\n',
  [`${MODULES}/lanjutan.md`]: '---\ntitle: Lanjutan\nprerequisites: [dasar]\n---\nModul.\n',
  'docs/toolkit/api.md': '# API\n\nSee [keamanan](../rencana-induk/keamanan.md).\n',
  'src/index.ts': 'export {};\n',
  '.gitignore': 'build/\n',
};

interface Repo {
  /** The repository's top folder. */
  dir: string;
  /** The site root (the repository, or a folder inside it). */
  siteDir: string;
  git(...args: string[]): string;
  /** Writes a file of the site. */
  write(file: string, text: string): void;
  remove(file: string): void;
}

const repos: Repo[] = [];
afterEach(() => {
  for (const repo of repos.splice(0)) rmSync(repo.dir, {recursive: true, force: true});
});

/** A new repository holding {@link SITE} (in `siteFolder` when given), committed once unless `commit` is false. */
function createRepo(options: {siteFolder?: string; commit?: boolean} = {}): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'changed-files-'));
  const siteDir = path.join(dir, options.siteFolder ?? '');
  const env = {...process.env, GIT_AUTHOR_NAME: 'Rini', GIT_AUTHOR_EMAIL: 'r@example.invalid', GIT_COMMITTER_NAME: 'Rini', GIT_COMMITTER_EMAIL: 'r@example.invalid'};
  const repo: Repo = {
    dir,
    siteDir,
    git: (...args) => execFileSync('git', args, {cwd: dir, env, encoding: 'utf8', stdio: 'pipe'}),
    write(file, text) {
      mkdirSync(path.dirname(path.join(siteDir, file)), {recursive: true});
      writeFileSync(path.join(siteDir, file), text);
    },
    remove: (file) => unlinkSync(path.join(siteDir, file)),
  };
  repos.push(repo);
  repo.git('init', '--quiet', '--initial-branch=main');
  for (const [file, text] of Object.entries(SITE)) repo.write(file, text);
  if (options.commit !== false) commitAll(repo, 'First content');
  return repo;
}

function commitAll(repo: Repo, message: string): void {
  repo.git('add', '--all');
  repo.git('commit', '--quiet', '--no-gpg-sign', '--message', message);
}

/** Makes the current commit `origin/main`, as if fetched from a remote. */
function markAsOriginMain(repo: Repo): void {
  repo.git('update-ref', 'refs/remotes/origin/main', 'HEAD');
}

describe('changedFiles', () => {
  it('finds nothing to check in a clean working tree', async () => {
    const repo = createRepo();
    const result = await changedFiles({siteDir: repo.siteDir});
    expect(result).toEqual({base: repo.git('rev-parse', 'HEAD').trim(), baseSource: 'HEAD', files: [], reasons: {}});
  });

  it('includes committed, staged, unstaged and untracked pages, and leaves out ignored and unchecked files', async () => {
    const repo = createRepo();
    markAsOriginMain(repo);
    repo.write(`${MODULES}/dasar.md`, '---\ntitle: Dasar\nprerequisites: []\n---\nModul, diubah.\n');
    repo.write('src/index.ts', 'export const changed = true;\n');
    commitAll(repo, 'Committed on the branch');
    repo.write(`${CHAPTERS}/keamanan.md`, '---\ntitle: Keamanan\nprogram: keamanan-informasi\nowners: [rini]\n---\nIsi bab, diubah.\n');
    repo.git('add', `${CHAPTERS}/keamanan.md`);
    repo.write(`${CHAPTERS_EN}/keamanan.md`, '---\ntitle: Security\n---\nThe chapter, edited.\n');
    repo.write(`${CHAPTERS}/baru.md`, '---\ntitle: Baru\n---\nBab baru.\n');
    repo.write('build/rencana-induk/index.md', 'Built.\n');
    repo.write('docs/toolkit/api.md', '# API, edited\n');
    repo.write('data/timeline.yml', '- year: 2017\n');

    const result = await changedFiles({siteDir: repo.siteDir});

    expect(result.baseSource).toBe('merge-base');
    expect(result.base).toBe(repo.git('rev-parse', 'origin/main').trim());
    expect(result.reasons).toMatchObject({
      [`${MODULES}/dasar.md`]: 'changed',
      [`${CHAPTERS}/keamanan.md`]: 'changed',
      [`${CHAPTERS_EN}/keamanan.md`]: 'changed',
      [`${CHAPTERS}/baru.md`]: 'changed',
    });
    for (const outside of ['src/index.ts', 'build/rencana-induk/index.md', 'docs/toolkit/api.md', 'data/timeline.yml', `${CHAPTERS}/sejarah.mdx`]) {
      expect(result.files).not.toContain(outside);
    }
    expect(result.files).toEqual([...result.files].sort());
  });

  it('adds the pages that link to a changed page, by file path or by its slug route', async () => {
    const repo = createRepo();
    repo.write(`${CHAPTERS}/keamanan.md`, '---\ntitle: Keamanan\nprogram: keamanan-informasi\nowners: [rini]\n---\nIsi bab, diubah.\n');
    repo.write(`${CHAPTERS}/sejarah.mdx`, '---\ntitle: Sejarah\nslug: riwayat\nowners: [lee-in-jae]\n---\nDiubah.\n');

    const {reasons} = await changedFiles({siteDir: repo.siteDir});

    expect(reasons[`${CHAPTERS}/portal.md`]).toBe(`links to ${CHAPTERS}/keamanan.md`);
    expect(reasons[`${CHAPTERS}/ringkasan.md`]).toBe(`links to ${CHAPTERS}/sejarah.mdx`);
    expect(reasons[`${CHAPTERS_EN}/keamanan.md`]).toBe(`translation of ${CHAPTERS}/keamanan.md`);
    expect(reasons[`${MODULES}/lanjutan.md`]).toBeUndefined();
  });

  it('leaves a deleted page out but checks the pages that linked to it, and to its old slug', async () => {
    const repo = createRepo();
    repo.git('rm', '--quiet', `${CHAPTERS}/keamanan.md`);
    repo.remove(`${CHAPTERS}/sejarah.mdx`);

    const {files, reasons} = await changedFiles({siteDir: repo.siteDir});

    expect(files).not.toContain(`${CHAPTERS}/keamanan.md`);
    expect(files).not.toContain(`${CHAPTERS}/sejarah.mdx`);
    expect(reasons[`${CHAPTERS}/portal.md`]).toBe(`links to ${CHAPTERS}/keamanan.md (deleted)`);
    expect(reasons[`${CHAPTERS}/ringkasan.md`]).toBe(`links to ${CHAPTERS}/sejarah.mdx (deleted)`);
    expect(reasons[`${CHAPTERS_EN}/keamanan.md`]).toBe(`translation of ${CHAPTERS}/keamanan.md`);
  });

  it('adds the modules that require a changed module', async () => {
    const repo = createRepo();
    repo.write(`${MODULES}/dasar.md`, '---\ntitle: Dasar\nprerequisites: [lanjutan]\n---\nModul.\n');
    const {reasons} = await changedFiles({siteDir: repo.siteDir});
    expect(reasons[`${MODULES}/lanjutan.md`]).toBe(`requires ${MODULES}/dasar.md`);
  });

  it.each([
    ['a changed program', 'data/programs.yml', (text: string) => text.replace('Keamanan informasi', 'Pengamanan informasi'), `${CHAPTERS}/keamanan.md`, 'uses data/programs.yml entry keamanan-informasi', `${CHAPTERS}/portal.md`],
    ['a removed planner', 'data/people.yml', (text: string) => text.replace(/^rini:\n(?: .*\n)+/m, ''), `${CHAPTERS}/keamanan.md`, 'uses data/people.yml entry rini', `${CHAPTERS}/portal.md`],
    ['a changed glossary term used with <Term>', 'data/glossary.yml', (text: string) => text.replace('The joint forum.', 'The joint forum of both ministries.'), `${CHAPTERS}/sejarah.mdx`, 'uses data/glossary.yml entry komite-bersama', `${CHAPTERS}/keamanan.md`],
  ])('adds the pages that use %s, not those that use an unchanged entry', async (_case, registry, edit, user, reason, nonUser) => {
    const repo = createRepo();
    repo.write(registry, edit(SITE[registry] ?? ''));

    const {files, reasons} = await changedFiles({siteDir: repo.siteDir});

    expect(reasons[registry]).toBe('changed');
    expect(reasons[user]).toBe(reason);
    expect(files).not.toContain(nonUser);
  });

  it('adds the pages whose prose holds a new glossary variant or correction', async () => {
    const repo = createRepo();
    repo.write(`${MODULES}/dasar.md`, '---\ntitle: Dasar\nprerequisites: []\n---\nModul tentang Komite Bersma degan contoh.\n');
    commitAll(repo, 'A module with two slips');
    repo.write('data/glossary.yml', SITE['data/glossary.yml']!.replace('variants: []', 'variants: [Komite Bersma]'));
    const withVariant = await changedFiles({siteDir: repo.siteDir});
    expect(withVariant.reasons[`${MODULES}/dasar.md`]).toBe('uses data/glossary.yml entry komite-bersama');

    repo.write('data/glossary.yml', SITE['data/glossary.yml']!.replace('degan: dengan', 'degan: dengan\n  contho: contoh'));
    const withCorrection = await changedFiles({siteDir: repo.siteDir});
    expect(withCorrection.files).toEqual(['data/glossary.yml']);
    repo.write('data/glossary.yml', SITE['data/glossary.yml']!.replace('degan: dengan', 'degan: dan'));
    expect((await changedFiles({siteDir: repo.siteDir})).reasons[`${MODULES}/dasar.md`]).toBe('uses data/glossary.yml correction degan');
  });

  it('compares registries with the base in a site inside a subfolder of the repository', async () => {
    const repo = createRepo({siteFolder: 'site'});
    repo.write('data/programs.yml', SITE['data/programs.yml']!.replace('Portal layanan', 'Portal layanan publik'));

    const result = await changedFiles({siteDir: repo.siteDir});

    expect(result.reasons).toEqual({'data/programs.yml': 'changed', [`${CHAPTERS}/portal.md`]: 'uses data/programs.yml entry portal-layanan'});
  });

  it('counts from an explicit base, committed changes included', async () => {
    const repo = createRepo();
    repo.git('tag', 'edition-2016');
    repo.write(`${MODULES}/lanjutan.md`, '---\ntitle: Lanjutan\nprerequisites: []\n---\nModul.\n');
    commitAll(repo, 'Later change');

    const result = await changedFiles({siteDir: repo.siteDir, base: 'edition-2016'});

    expect(result).toMatchObject({baseSource: 'explicit', base: repo.git('rev-parse', 'edition-2016').trim(), files: [`${MODULES}/lanjutan.md`]});
  });

  it('uses HEAD without origin/main, and the empty tree before the first commit', async () => {
    const repo = createRepo({commit: false});
    const first = await changedFiles({siteDir: repo.siteDir});
    expect(first.baseSource).toBe('no-commits');
    expect(first.files).toContain(`${CHAPTERS}/keamanan.md`);

    commitAll(repo, 'First content');
    expect(await changedFiles({siteDir: repo.siteDir})).toMatchObject({baseSource: 'HEAD', base: repo.git('rev-parse', 'HEAD').trim()});
  });

  it('rejects an unknown --base with a message that names it and says what to do', async () => {
    const repo = createRepo();
    const attempt = changedFiles({siteDir: repo.siteDir, base: 'origin/mian'});
    await expect(attempt).rejects.toBeInstanceOf(UnknownBaseError);
    await expect(attempt).rejects.toThrow(/^Unknown base "origin\/mian": no branch, tag or commit has that name\. Name an existing one .*leave out --base/);
  });

  it('treats a base that looks like an option as a name, not as an option', async () => {
    const repo = createRepo();
    await expect(changedFiles({siteDir: repo.siteDir, base: '--all'})).rejects.toThrow('Unknown base "--all"');
  });

  it('says so outside a git repository', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-repo-'));
    try {
      for (const base of [undefined, 'main']) {
        const attempt = changedFiles({siteDir: dir, ...(base ? {base} : {})});
        await expect(attempt).rejects.toBeInstanceOf(ChangeSetError);
        await expect(attempt).rejects.toThrow(`${dir} is not inside a git repository`);
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});

describe('checkContent with the changed files', () => {
  it('checks exactly the files given, and nothing for an empty change set', async () => {
    const repo = createRepo();
    repo.write(`${CHAPTERS}/keamanan.md`, '---\ntitle: Keamanan\nprogram: keamanan-informasi\nowners: [rini]\n---\nIsi bab, diubah.\n');
    const changes = await changedFiles({siteDir: repo.siteDir});
    expect((await checkContent({siteDir: repo.siteDir, files: changes.files})).files).toEqual([`${CHAPTERS}/keamanan.md`, `${CHAPTERS}/portal.md`, `${CHAPTERS_EN}/keamanan.md`]);
    expect(await checkContent({siteDir: repo.siteDir, files: []})).toMatchObject({files: [], diagnostics: []});
  });
});
