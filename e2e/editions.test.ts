import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {load} from 'cheerio';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {launchChromium, type LaunchedChromium} from '../src/toolkit/browser/launchChromium';
import {createEdition} from '../src/toolkit/edition';
import {describeInBrowser} from '../test/support/browser';
import {pageForRoute} from '../test/support/builtFiles';
import {serveBuild, type BuildServer} from '../test/support/serveBuild';
import {buildPagesOnly, createTempSite, type TempSite} from '../test/support/tempSite';

/** The edition the copy publishes; the repository itself publishes none (issue 15). */
const EDITION = '2030-2034';

/** The draft's change after the edition: one word inserted. */
const DRAFT_EDIT = {file: 'docs/rencana-induk/peta-program.md', before: 'usulan tim penyusun untuk dibahas;', after: 'usulan tim penyusun untuk dibahas bersama;'};

let site: TempSite;
let buildDir: string;
const readPage = (route: string) => load(readFileSync(path.join(buildDir, pageForRoute(route)), 'utf8'));

/**
 * A copy of the site that publishes an edition with `createEdition` (what
 * `masterplan edition` runs), built pages-only: the editions' pages and the
 * version dropdown come from Docusaurus, not from the post-build steps.
 */
beforeAll(async () => {
  site = createTempSite({forBuild: true, withGit: true});
  await createEdition(site.dir, EDITION);
  // The chapters' "last updated" comes from git, so the edition is committed as it would be.
  site.git('add', '--all');
  site.git('commit', '--quiet', '--message', `Edition ${EDITION}`);
  // The draft moves on after the edition: one sentence of one chapter, in Indonesian only.
  const chapter = path.join(site.dir, DRAFT_EDIT.file);
  const text = readFileSync(chapter, 'utf8');
  if (!text.includes(DRAFT_EDIT.before)) throw new Error(`${DRAFT_EDIT.file}: "${DRAFT_EDIT.before}" not found; pick another sentence`);
  writeFileSync(chapter, text.replace(DRAFT_EDIT.before, DRAFT_EDIT.after));
  site.git('commit', '--quiet', '--all', '--message', 'Draft after the edition');
  buildDir = buildPagesOnly(site);
}, 900_000);

afterAll(() => {
  if (site && !process.env.KEEP_SITE) site.remove();
});

describe('a site with a published edition', () => {
  it.each(['/', '/en/'])('publishes it under %srencana-induk/<edition>/ with the past-edition banner and a version dropdown', (prefix) => {
    const $ = readPage(`${prefix}rencana-induk/${EDITION}/peta-program/`);
    expect($('.theme-doc-version-banner').length).toBe(1);
    expect($('.navbar .dropdown__link').map((_i, link) => $(link).attr('href')).get()).toContain(`${prefix}rencana-induk/${EDITION}/peta-program/`);
    const draft = readPage(`${prefix}rencana-induk/peta-program/`);
    expect(draft('.theme-doc-version-banner').length).toBe(0);
    expect(draft('.navbar .dropdown__link').map((_i, link) => draft(link).text()).get()).toContain(prefix === '/' ? 'Edisi 2030–2034' : 'Edition 2030–2034');
  });
});

describe('the changes page of a site with an edition', () => {
  it('lists what changed in the draft since the edition, linking to its redline', () => {
    const $ = readPage('/rencana-induk/perubahan/');
    expect($('[data-changed-chapter]').map((_i, row) => $(row).attr('data-changed-chapter')).get()).toEqual(['peta-program']);
    expect($('[data-changed-chapter="peta-program"] a').attr('href')).toBe(`/rencana-induk/perubahan/${EDITION}/peta-program/`);
    expect($('main').text()).toContain(`edisi ${EDITION}`);
  });

  it('marks the inserted word on the redline page, against the edition', () => {
    const $ = readPage(`/rencana-induk/perubahan/${EDITION}/peta-program/`);
    expect($('[data-redline] ins').map((_i, mark) => $(mark).text()).get()).toEqual(['[awal sisipan] bersama [akhir sisipan]']);
    expect($('[data-redline] del').length).toBe(0);
    expect($('main a[href="/rencana-induk/2030-2034/peta-program/"]').text()).toBe(EDITION);
  });

  it('says plainly when nothing changed since the edition (the English draft was not touched)', () => {
    const $ = readPage('/en/rencana-induk/perubahan/');
    expect($('[data-no-changes]').text()).toBe(`No chapter has changed since the ${EDITION} edition.`);
  });
});

describeInBrowser('a published edition in the browser', () => {
  let server: BuildServer;
  let browser: LaunchedChromium;
  beforeAll(async () => {
    server = await serveBuild({dir: buildDir});
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('moves from the edition to the draft through the version dropdown', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}/rencana-induk/${EDITION}/peta-program/`);
    await expect.poll(() => page.locator('.theme-doc-version-banner').isVisible()).toBe(true);
    await page.locator('.navbar__items--right .dropdown').first().hover();
    await page.locator('.navbar__items--right .dropdown__link', {hasText: 'Draf'}).first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/rencana-induk/peta-program/');
    // The address changes as React starts rendering the draft, so wait for the page itself to follow.
    await expect.poll(() => page.locator('.theme-doc-version-banner').count()).toBe(0);
    await expect.poll(() => page.locator('[data-chapter-meta]').count()).toBe(1);
    await page.close();
  });
});
