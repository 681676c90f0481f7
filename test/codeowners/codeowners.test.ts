import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterEach, beforeEach, describe, expect, it} from 'vitest';

import {checkCodeowners, CODEOWNERS_PATH, expectedCodeowners, readFallbackOwner, writeCodeowners} from '../../src/toolkit/codeowners';
import {createTempSite, REPO_DIR, type TempSite} from '../support/tempSite';
import {MASTERPLAN_BIN} from '../support/cli';

let site: TempSite;
beforeEach(() => {
  site = createTempSite();
});
afterEach(() => site.remove());

const read = (file: string) => readFileSync(path.join(site.dir, file), 'utf8');
const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(site.dir, file), change(read(file)));

describe('masterplan codeowners', () => {
  it("asks a team's GitHub team for the chapters it owns, in both languages", async () => {
    edit('package.json', (text) => JSON.stringify({...JSON.parse(text), masterplan: {codeownersFallback: '@kemenpan/tim-rencana'}}));
    const {text, warnings} = await expectedCodeowners(site.dir);
    expect(text).toContain('/docs/rencana-induk/pendahuluan.md @panrb-egov/perencana\n');
    expect(text).toContain('/i18n/en/docusaurus-plugin-content-docs/current/pendahuluan.md @panrb-egov/perencana\n');
    expect(warnings).toEqual([]);
  });

  it("asks a person's GitHub handle, and names owners without one", async () => {
    edit('data/people.yml', (text) => text.replace('lee-in-jae:\n', 'lee-in-jae:\n  github: leeinjae\n'));
    edit('docs/rencana-induk/keamanan-informasi.md', (text) => text.replace('owners: [panrb-perencana]', 'owners: [lee-in-jae, mois-korea]'));
    const {text, warnings} = await expectedCodeowners(site.dir);
    expect(text).toContain('/docs/rencana-induk/keamanan-informasi.md @leeinjae\n');
    expect(text).toContain('/i18n/en/docusaurus-plugin-content-docs/current/keamanan-informasi.md @leeinjae\n');
    expect(warnings).toEqual([expect.stringMatching(/^mois-korea \(owner of 1 chapter\) has no github handle in data\/teams\.yml or data\/people\.yml/)]);
  });

  it('puts the catch-all before the chapters, since GitHub applies the last matching line', async () => {
    const lines = (await expectedCodeowners(site.dir)).text.split('\n');
    const catchAll = lines.indexOf('* @panrb-egov/perencana');
    expect(catchAll).toBeGreaterThan(-1);
    expect(lines.findIndex((line) => line.startsWith('/docs/'))).toBeGreaterThan(catchAll);
  });

  it('uses the fallback team configured in package.json for owners without a handle', async () => {
    edit('package.json', (text) => JSON.stringify({...JSON.parse(text), masterplan: {codeownersFallback: '@kemenpan/tim-rencana'}}));
    edit('docs/rencana-induk/peta-program.md', (text) => text.replace('owners: [panrb-perencana]', 'owners: [mois-korea]'));
    expect(await readFallbackOwner(site.dir)).toBe('@kemenpan/tim-rencana');
    const {text} = await expectedCodeowners(site.dir);
    expect(text).toContain('* @kemenpan/tim-rencana\n');
    expect(text).toContain('/docs/rencana-induk/peta-program.md @kemenpan/tim-rencana\n');
  });

  it('rejects a fallback that is not a GitHub user or team', async () => {
    edit('package.json', (text) => JSON.stringify({...JSON.parse(text), masterplan: {codeownersFallback: 'perencana'}}));
    await expect(readFallbackOwner(site.dir)).rejects.toThrow(/masterplan\.codeownersFallback must be a GitHub user or team/);
  });

  it('reports a missing file, then nothing once written', async () => {
    expect(await checkCodeowners(site.dir)).toEqual([expect.objectContaining({file: CODEOWNERS_PATH, line: 1, message: expect.stringContaining('is missing')})]);
    await writeCodeowners(site.dir);
    expect(await checkCodeowners(site.dir)).toEqual([]);
  });

  it('reports the first out-of-date line when a chapter changes owner', async () => {
    await writeCodeowners(site.dir);
    edit('data/people.yml', (text) => text.replace('lee-in-jae:\n', 'lee-in-jae:\n  github: leeinjae\n'));
    edit('docs/rencana-induk/peta-program.md', (text) => text.replace('owners: [panrb-perencana]', 'owners: [lee-in-jae]'));
    const diagnostics = await checkCodeowners(site.dir);
    const line = read(CODEOWNERS_PATH).split('\n').indexOf('/docs/rencana-induk/peta-program.md @panrb-egov/perencana') + 1;
    expect(diagnostics).toEqual([
      expect.objectContaining({rule: 'codeowners-up-to-date', line, message: expect.stringContaining('expected `/docs/rencana-induk/peta-program.md @leeinjae`')}),
    ]);
  });

  it('keeps the committed file up to date with the repository', async () => {
    expect(await checkCodeowners(REPO_DIR)).toEqual([]);
  });

  it('exits 1 from --check when out of date and 0 after --write', () => {
    const run = (...args: string[]) => {
      try {
        execFileSync(process.execPath, [MASTERPLAN_BIN, 'codeowners', ...args, '--site-dir', site.dir], {stdio: 'pipe'});
        return 0;
      } catch (error) {
        return (error as {status: number}).status;
      }
    };
    expect(run('--check')).toBe(1);
    expect(run('--write')).toBe(0);
    expect(run('--check')).toBe(0);
  }, 60_000);
});
