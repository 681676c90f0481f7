import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {createEdition, EDITION_FILES, editionNameProblem, editionVersions, listEditions} from '../../src/toolkit/edition';
import {runMasterplan} from '../support/cli';
import {createTempSite, type TempSite} from '../support/tempSite';

describe('editionNameProblem', () => {
  it.each(['2016', '2016-2019', '2020-2020'])('accepts %s', (name) => {
    expect(editionNameProblem(name)).toBeUndefined();
  });
  it.each([
    ['2019-2016', /ends before it starts/],
    ['v1', /not an edition name/],
    ['2016–2019', /not an edition name/],
    ['../2016', /not an edition name/],
    ['current', /not an edition name/],
  ])('rejects %s', (name, message) => {
    expect(editionNameProblem(name)).toMatch(message);
  });
});

describe('masterplan edition', () => {
  let site: TempSite;
  let created: string[];
  beforeAll(async () => {
    site = createTempSite({withCode: true});
    // The repository publishes no edition, so the copy starts without one.
    expect(existsSync(path.join(site.dir, 'versions.json'))).toBe(false);
    created = await createEdition(site.dir, '2030-2034');
  }, 120_000);
  afterAll(() => site.remove());

  it('snapshots the master plan in both languages, and its sidebar', () => {
    const chapters = (dir: string) => readdirSync(path.join(site.dir, dir)).sort();
    expect(chapters(EDITION_FILES.docs('2030-2034'))).toEqual(chapters('docs/rencana-induk'));
    expect(chapters(EDITION_FILES.docsEn('2030-2034'))).toEqual(chapters('i18n/en/docusaurus-plugin-content-docs/current'));
    expect(existsSync(path.join(site.dir, EDITION_FILES.sidebars('2030-2034')))).toBe(true);
    expect(created).toContain(EDITION_FILES.docsEn('2030-2034'));
  });

  it('leaves curricula and consultations alone', () => {
    expect(existsSync(path.join(site.dir, 'kurikulum_versioned_docs'))).toBe(false);
    expect(existsSync(path.join(site.dir, 'konsultasi_versioned_docs'))).toBe(false);
    expect(readdirSync(path.join(site.dir, 'versioned_docs'))).toEqual(['version-2030-2034']);
  });

  it('records the edition and labels it in both languages', async () => {
    expect(await listEditions(site.dir)).toEqual(['2030-2034']);
    const labels = JSON.parse(readFileSync(path.join(site.dir, EDITION_FILES.labelsEn('2030-2034')), 'utf8'));
    expect(labels['version.label'].message).toBe('Edition 2030–2034');
    expect(editionVersions(site.dir)).toMatchObject({current: {label: 'Draf'}, '2030-2034': {label: 'Edisi 2030–2034', banner: 'unmaintained'}});
  });

  it('refuses an edition that already exists', async () => {
    await expect(createEdition(site.dir, '2030-2034')).rejects.toThrow(/edition 2030-2034 already exists/);
    expect(await listEditions(site.dir)).toEqual(['2030-2034']);
  });

  it('refuses a bad name before touching anything', async () => {
    await expect(createEdition(site.dir, '2034-2030')).rejects.toThrow(/ends before it starts/);
    expect(readdirSync(path.join(site.dir, 'versioned_docs'))).toEqual(['version-2030-2034']);
  });
});

/** The navbar item types and the master plan's versions of the site configuration in `siteDir`. */
async function configOf(configFile: string): Promise<{navbarTypes: (string | undefined)[]; versions?: Record<string, {label?: string}>; lastVersion?: string}> {
  const {default: createConfig} = (await import(configFile)) as typeof import('../../docusaurus.config');
  const config = await createConfig();
  const preset = config.presets?.[0] as [string, {docs: {lastVersion?: string; versions?: Record<string, {label?: string}>}}];
  const navbar = (config.themeConfig as {navbar: {items: {type?: string}[]}}).navbar.items;
  return {navbarTypes: navbar.map((item) => item.type), versions: preset[1].docs.versions, lastVersion: preset[1].docs.lastVersion};
}

describe('the site configuration', () => {
  it('keeps the draft at /rencana-induk/ and shows no version dropdown while no edition is published', async () => {
    const config = await configOf('../../docusaurus.config');
    expect(config.lastVersion).toBe('current');
    expect(config.versions).toEqual({current: {label: 'Draf', banner: 'none'}});
    expect(config.navbarTypes).not.toContain('docsVersionDropdown');
  });

  it('offers past editions in a version dropdown once one is published', async () => {
    const site = createTempSite({withCode: true});
    try {
      await createEdition(site.dir, '2030-2034');
      const config = await configOf(path.join(site.dir, 'docusaurus.config.ts'));
      expect(config.lastVersion).toBe('current');
      expect(Object.keys(config.versions ?? {})).toEqual(['current', '2030-2034']);
      expect(config.navbarTypes).toContain('docsVersionDropdown');
    } finally {
      site.remove();
    }
  }, 120_000);
});

describe('masterplan edition, the command', () => {
  let site: TempSite;
  beforeAll(() => {
    // Its own copy: the tests above count the editions of theirs.
    site = createTempSite({withCode: true});
  });
  afterAll(() => site.remove());

  it('lists the files it created with --json', () => {
    const result = runMasterplan(['edition', '2035-2039', '--json'], {cwd: site.dir});
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {edition: string; files: string[]};
    expect(report.edition).toBe('2035-2039');
    expect(report.files).toContain(EDITION_FILES.docs('2035-2039'));
    for (const file of report.files) expect(existsSync(path.join(site.dir, file))).toBe(true);
  }, 120_000);
});
