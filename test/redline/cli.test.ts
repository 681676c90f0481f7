import {execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import type {RedlineReport} from '../../src/toolkit/redline';
import {runMasterplan} from '../support/cli';
import {chapter, createRepository, type TempRepository} from './tempRepository';

const ID = 'docs/rencana-induk';

let repository: TempRepository | undefined;
const cleanUps: string[] = [];
afterEach(() => {
  repository?.cleanUp();
  repository = undefined;
  for (const dir of cleanUps.splice(0)) rmSync(dir, {recursive: true, force: true});
});

function site(): TempRepository {
  repository = createRepository({
    [`${ID}/pendahuluan.md`]: chapter('Pendahuluan', 1, '## Ringkasan\n\nProgram ini dikembangkan bersama oleh kedua pemerintah.\n'),
    [`${ID}/pusat-data.md`]: chapter('Pusat data', 2, '## Ringkasan\n\nPusat data terpadu melayani instansi pusat dan daerah.\n'),
  });
  return repository;
}

const diff = (repo: TempRepository, ...args: string[]) => runMasterplan(['diff', ...args], {cwd: repo.dir});

describe('masterplan diff', () => {
  it('prints the redline and exits 0', () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'dikelola'));
    const result = diff(repo);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`${ID}/pendahuluan.md`);
    expect(result.stdout).toContain('Program ini [-dikembangkan-] {+dikelola+} bersama');
    expect(result.stdout).toMatch(/1 page changed \(1 chapter\), \+1 −1 words, 0 status changes\n$/);
  });

  it('exits 0 and says so when nothing changed', () => {
    const result = diff(site());
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('no content changed');
  });

  it('prints the report as JSON with --json', () => {
    const repo = site();
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('status: draft', 'status: review'));
    const result = diff(repo, '--json');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as RedlineReport;
    expect(report.version).toBe(1);
    expect(report.summary.statusChanges).toEqual([{path: `${ID}/pusat-data.md`, title: 'Pusat data', before: 'draft', after: 'review'}]);
  });

  it('writes the HTML redline to --out', () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'dikelola'));
    const out = path.join(repo.dir, 'out', 'redline.html');
    const result = diff(repo, '--format', 'html', '--out', out);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('wrote');
    expect(readFileSync(out, 'utf8')).toContain('<del>dikembangkan</del> <ins>dikelola</ins>');
  });

  it('exits 1 and names the file, line and column of a page it cannot read, comparing the rest', () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('status: draft', 'status: [draft'));
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('pusat dan daerah', 'pusat'));
    const result = diff(repo);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: ${ID}/pendahuluan\\.md:\\d+:\\d+: Malformed YAML`, 'm'));
    expect(result.stdout).toContain(`${ID}/pusat-data.md`);
  });

  it('exits 2 for a base that does not exist', () => {
    const result = diff(site(), '--base', 'no-such-branch');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error: Unknown base "no-such-branch"');
    expect(result.stdout).toBe('');
  });

  it('compares with a published edition, and exits 2 for one that is not published', () => {
    const repo = site();
    repo.write('versions.json', '["2016"]\n');
    repo.write('versioned_docs/version-2016/pendahuluan.md', repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'disusun'));
    repo.write('versioned_docs/version-2016/pusat-data.md', repo.read(`${ID}/pusat-data.md`));
    const result = diff(repo, '--base', 'edition:2016');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Comparing edition 2016 with working tree');
    expect(result.stdout).toContain('[-disusun-] {+dikembangkan+}');
    const unknown = diff(repo, '--base', 'edition:2020');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('error: Unknown edition "2020": the published editions are 2016');
  });

  it('exits 2 for --base worktree and for an unknown format', () => {
    const repo = site();
    expect(diff(repo, '--base', 'worktree').status).toBe(2);
    expect(diff(repo, '--format', 'pdf').status).toBe(2);
  });

  it('exits 2 in a shallow clone without the base, saying how to fetch the history', () => {
    const repo = site();
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'dikelola'));
    repo.commit('Second');
    const clone = mkdtempSync(path.join(tmpdir(), 'masterplan-shallow-'));
    cleanUps.push(clone);
    execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${repo.dir}`, clone], {stdio: 'ignore'});
    const result = runMasterplan(['diff', '--base', 'HEAD~1'], {cwd: clone});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('git fetch --unshallow');
    expect(result.stderr).toContain('fetch-depth: 0');
  });

  it('exits 2 in a shallow clone of a pull request whose merge base with origin/main was not fetched', () => {
    const repo = site();
    repo.git('checkout', '--quiet', '-b', 'feature');
    repo.write(`${ID}/pendahuluan.md`, repo.read(`${ID}/pendahuluan.md`).replace('dikembangkan', 'dikelola'));
    repo.commit('Feature');
    repo.git('checkout', '--quiet', 'main');
    repo.write(`${ID}/pusat-data.md`, repo.read(`${ID}/pusat-data.md`).replace('daerah', 'desa'));
    repo.commit('Main moves on');
    const clone = mkdtempSync(path.join(tmpdir(), 'masterplan-shallow-'));
    cleanUps.push(clone);
    execFileSync('git', ['clone', '--quiet', '--depth', '1', '--no-single-branch', '--branch', 'feature', `file://${repo.dir}`, clone], {stdio: 'ignore'});
    expect(existsSync(path.join(clone, 'docusaurus.config.ts'))).toBe(true);
    const result = runMasterplan(['diff'], {cwd: clone});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('The merge base with origin/main is not in this clone');
  });

  it('documents its exit codes in --help', () => {
    const result = diff(site(), '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Exit codes: 0 compared');
  });
});
