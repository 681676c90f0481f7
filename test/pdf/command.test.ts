import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {MASTERPLAN_BIN, runMasterplan} from '../support/cli';
import {createTempSite, type TempSite} from '../support/tempSite';

const SITE_DIR = path.resolve(__dirname, '..', '..');

function masterplan(...args: string[]) {
  return spawnSync(process.execPath, [MASTERPLAN_BIN, ...args], {cwd: SITE_DIR, encoding: 'utf8'});
}

// Each run starts the CLI in its own process; allow for a busy machine.
describe('masterplan pdf', {timeout: 60_000}, () => {
  it('asks for a build when there is none', () => {
    const result = masterplan('pdf', '--build-dir', 'test/pdf/fixtures/no-such-build');
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/No built site at .*no-such-build\. Run `npm run build` first/);
  });

  it('rejects an unknown locale as bad usage', () => {
    const result = masterplan('pdf', '--locale', 'ko');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("argument 'ko' is invalid. expected one of id, en");
  });

  it('names the chapters there are when --chapters asks for none of them', () => {
    // Only the two locale front pages: the chapters are checked before any page is read.
    const build = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-build-'));
    try {
      mkdirSync(path.join(build, 'en'));
      for (const file of ['index.html', 'en/index.html']) writeFileSync(path.join(build, file), '<!doctype html>');
      const result = masterplan('pdf', '--build-dir', build, '--chapters', '98,99');
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^error: No chapter 98, 99 in the master plan; its chapters are 1, 2, 3, [\d, ]+\.$/m);
    } finally {
      rmSync(build, {recursive: true, force: true});
    }
  });

  it('rejects a chapter list that is not numbers', () => {
    const result = masterplan('pdf', '--chapters', 'satu,2');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('expected chapter numbers separated by commas');
  });
});

describe('masterplan pdf --changes-since', {timeout: 60_000}, () => {
  let site: TempSite;
  let notInGit: TempSite;
  beforeAll(() => {
    site = createTempSite({withGit: true});
    notInGit = createTempSite();
  });
  afterAll(() => {
    site?.remove();
    notInGit?.remove();
  });

  it('rejects a base that is neither an edition nor a git ref as bad usage, before looking for a build', () => {
    const result = runMasterplan(['pdf', '--changes-since', 'edisi-lama', '--build-dir', 'no-such-build'], {cwd: site.dir});
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'error: No edition or git ref "edisi-lama" to mark changes against: this site has published no edition yet, and no branch, tag or commit has that name. ' +
        'Name an edition, or a branch, tag or commit (`git branch --all` lists branches; run `git fetch` if it is on the remote).\n',
    );
  });

  it('says why a git ref cannot be the base of a site outside git', () => {
    const result = runMasterplan(['pdf', '--changes-since', 'main'], {cwd: notInGit.dir});
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `error: Cannot mark changes since "main": ${notInGit.dir} is not in a git repository (or git is not installed), so "main" names no commit; nor has the site published an edition to name instead.\n`,
    );
  });

  it('goes on to the build once the base is found', () => {
    const result = runMasterplan(['pdf', '--changes-since', 'HEAD', '--build-dir', 'no-such-build'], {cwd: site.dir});
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^error: No built site at .*no-such-build\. Run `npm run build` first/);
  });
});
