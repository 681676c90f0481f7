/**
 * One way to call every command: `--site-dir` found from any subfolder,
 * `--json` wherever a command reports, one exit-code table, examples in `--help`.
 */
import {cpSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {runMasterplan} from '../support/cli';
import {createTempSite, REPO_DIR, type TempSite} from '../support/tempSite';

const COMMANDS = ['check', 'new', 'status', 'codeowners', 'edition', 'import-press', 'pdf'];

describe('every command', () => {
  it.each(COMMANDS)('%s --help shows examples and exits 0', (command) => {
    const result = runMasterplan([command, '--help'], {cwd: REPO_DIR});
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\nExamples:\n {2}\$ masterplan /);
    expect(result.stdout).toContain('--site-dir <dir>');
  });

  it.each(COMMANDS)('%s exits 2 on an unknown option', (command) => {
    const result = runMasterplan([command, '--no-such-option'], {cwd: REPO_DIR});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-option'");
  });

  it('the top-level help states the exit codes', () => {
    const result = runMasterplan(['--help'], {cwd: REPO_DIR});
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Exit codes: 0 ok, 1 the work found problems, 2 bad usage.');
  });
});

describe('the site folder', () => {
  let site: TempSite;
  beforeAll(() => {
    site = createTempSite({withGit: true});
  });
  afterAll(() => site?.remove());

  it('is found from a subfolder, as --site-dir would give it', () => {
    const fromSub = runMasterplan(['status', '--json', '--date', '2016-03-02'], {cwd: path.join(site.dir, 'docs', 'rencana-induk')});
    const explicit = runMasterplan(['status', '--json', '--date', '2016-03-02', '--site-dir', site.dir], {cwd: tmpdir()});
    expect(fromSub.status).toBe(0);
    expect(JSON.parse(fromSub.stdout)).toEqual(JSON.parse(explicit.stdout));
  });

  it('outside any site is bad usage, with what to do', () => {
    const nowhere = path.join(tmpdir(), `no-site-${process.pid}`);
    mkdirSync(nowhere, {recursive: true});
    const result = runMasterplan(['status'], {cwd: nowhere});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`error: no docusaurus.config.ts in ${nowhere} or any folder above it. Run masterplan inside the site, or pass --site-dir`);
  });
});

describe('--json', () => {
  let site: TempSite;
  beforeAll(() => {
    site = createTempSite({withGit: true});
    cpSync(path.join(REPO_DIR, '.github'), path.join(site.dir, '.github'), {recursive: true});
    site.git('add', '--all');
    site.git('commit', '--quiet', '--message', 'CODEOWNERS');
  });
  afterAll(() => site?.remove());

  it('check --json is the JSON report', () => {
    const result = runMasterplan(['check', '--json', '--skip', 'mermaid', 'data'], {cwd: site.dir});
    expect(JSON.parse(result.stdout)).toHaveProperty('summary');
  });

  it('codeowners --check --json says whether the file is up to date', () => {
    const result = runMasterplan(['codeowners', '--check', '--json'], {cwd: site.dir});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({file: '.github/CODEOWNERS', upToDate: true, problems: []});
  });

  it('new --json lists the files it created; a new chapter updates CODEOWNERS, so the full check (codeowners rule included) passes', () => {
    const result = runMasterplan(['new', 'chapter', 'Tata kelola data pemerintah', '--owner', 'rini', '--json'], {cwd: site.dir, env: {CI: 'true'}});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const created = JSON.parse(result.stdout) as {type: string; chapter: number; files: string[]};
    expect(created).toMatchObject({type: 'chapter', title: 'Tata kelola data pemerintah'});
    expect(created.files).toContain('.github/CODEOWNERS');
    expect(readFileSync(path.join(site.dir, '.github', 'CODEOWNERS'), 'utf8')).toContain(created.files[0]!.replace(/^docs\//, '/docs/'));
    const check = runMasterplan(['check', '--rule', 'codeowners', '--skip', 'mermaid', ...created.files], {cwd: site.dir});
    expect(check.stdout).not.toContain('CODEOWNERS is out of date');
    expect(check.status).toBe(0);
    const owners = runMasterplan(['codeowners', '--check'], {cwd: site.dir});
    expect(owners.status).toBe(0);
  });
});

describe('check --changed', () => {
  let site: TempSite;
  let untouched: TempSite;
  beforeAll(() => {
    site = createTempSite({withGit: true});
    untouched = createTempSite({withGit: true});
  });
  afterAll(() => {
    site?.remove();
    untouched?.remove();
  });

  it('checks nothing, and passes, when nothing changed', () => {
    const result = runMasterplan(['check', '--changed', '--json'], {cwd: untouched.dir});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({summary: {files: 0, errors: 0}});
  });

  it('reports a slip in an edited chapter, and not in untouched ones', () => {
    const chapter = path.join(site.dir, 'docs', 'rencana-induk', 'keamanan-informasi.md');
    writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\nPusat e-goverment baru.\n`);
    const result = runMasterplan(['check', '--changed', '--json', '--skip', 'mermaid'], {cwd: site.dir});
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout) as {summary: {files: number}};
    // The chapter and the few pages that link to it or translate it, not the whole site.
    const everything = JSON.parse(runMasterplan(['check', '--json', '--skip', 'mermaid'], {cwd: site.dir}).stdout) as {summary: {files: number}};
    expect(report.summary.files).toBeGreaterThan(0);
    expect(report.summary.files).toBeLessThan(everything.summary.files / 4);
    expect(result.stdout).toContain('Unexpected `e-goverment`');
  });

  it('is bad usage with paths, or --base without it', () => {
    expect(runMasterplan(['check', '--changed', 'docs'], {cwd: site.dir}).status).toBe(2);
    expect(runMasterplan(['check', '--base', 'HEAD'], {cwd: site.dir}).status).toBe(2);
    const unknown = runMasterplan(['check', '--changed', '--base', 'no-such-ref'], {cwd: site.dir});
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('Unknown base "no-such-ref"');
  });
});
