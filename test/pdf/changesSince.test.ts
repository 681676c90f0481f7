import {readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {createEdition} from '../../src/toolkit/edition';
import {changesSince, ChangesBaseError} from '../../src/toolkit/pdf/changesSince';
import {createTempSite, type TempSite} from '../support/tempSite';

const EDITION = '2030-2034';
const EN = 'i18n/en/docusaurus-plugin-content-docs/current';

/**
 * A copy of the site that publishes an edition and commits; then, in its
 * working tree, one sentence of the programme map changes and the data
 * centre chapter is deleted in both languages; the edition's copy of the
 * introduction loses a word.
 */
describe('changesSince', {timeout: 60_000}, () => {
  let site: TempSite;
  beforeAll(async () => {
    // Publishing the edition runs Docusaurus (hence the code and the longer timeout).
    site = createTempSite({withGit: true, withCode: true});
    await createEdition(site.dir, EDITION);
    site.git('add', '--all');
    site.git('commit', '--quiet', '--message', `Edition ${EDITION}`);
    const map = path.join(site.dir, 'docs/rencana-induk/peta-program.md');
    writeFileSync(map, readFileSync(map, 'utf8').replace('Siaran pers tidak menyebut program lainnya.', 'Siaran pers tidak merinci program lainnya.'));
    for (const dir of ['docs/rencana-induk', EN]) rmSync(path.join(site.dir, dir, 'pusat-data-terpadu.md'));
    // The edition's own copy of the introduction differs from the committed draft too.
    const editionIntro = path.join(site.dir, `versioned_docs/version-${EDITION}/pendahuluan.md`);
    writeFileSync(editionIntro, readFileSync(editionIntro, 'utf8').replace('Rencana induk ini disusun bersama', 'Rencana induk ini disusun'));
  }, 120_000);
  afterAll(() => site?.remove());

  it('compares the working tree with a git ref, keyed by the file each chapter is printed from', async () => {
    const changes = await changesSince({siteDir: site.dir, since: 'HEAD'});
    expect(changes.base).toEqual({ref: 'HEAD', commit: site.git('rev-parse', '--short=7', 'HEAD').trim()});
    expect([...changes.chapters.keys()]).toEqual(['docs/rencana-induk/peta-program.md']);
    const {comparison, added} = changes.chapters.get('docs/rencana-induk/peta-program.md')!;
    expect(added).toBe(false);
    expect(comparison.blocks.filter((block) => block.change !== 'unchanged').map((block) => block.words?.filter((word) => word.op !== 'equal'))).toEqual([
      [
        {op: 'delete', text: ' menyebut'},
        {op: 'insert', text: ' merinci'},
      ],
    ]);
    expect(changes.removedChapters).toEqual([{title: 'Pusat Data Elektronik Terpadu', sourceFile: 'docs/rencana-induk/pusat-data-terpadu.md'}]);
  });

  it('titles a removed chapter in the language of the PDF', async () => {
    const changes = await changesSince({siteDir: site.dir, since: 'HEAD', locale: 'en'});
    expect(changes.removedChapters).toEqual([{title: 'Integrated electronic data centre', sourceFile: 'docs/rencana-induk/pusat-data-terpadu.md'}]);
  });

  it.each([EDITION, `edition:${EDITION}`])('takes a published edition as the base: %s', async (since) => {
    const changes = await changesSince({siteDir: site.dir, since});
    expect(changes.base).toEqual({edition: EDITION});
    expect([...changes.chapters.keys()]).toEqual(['docs/rencana-induk/pendahuluan.md', 'docs/rencana-induk/peta-program.md']);
  });

  it('keys the chapters of an edition it prints by the edition’s own files', async () => {
    const changes = await changesSince({siteDir: site.dir, since: 'HEAD', edition: EDITION});
    expect([...changes.chapters.keys()]).toEqual([`versioned_docs/version-${EDITION}/pendahuluan.md`]);
    expect(changes.removedChapters).toEqual([]);
  });

  it.each([
    ['v9', 'No edition or git ref "v9" to mark changes against: the published editions are 2030-2034, and no branch, tag or commit has that name.'],
    ['edition:2099-2100', 'No edition or git ref "edition:2099-2100" to mark changes against: the published editions are 2030-2034'],
  ])('rejects %s, naming the editions there are', async (since, message) => {
    const error = await changesSince({siteDir: site.dir, since}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ChangesBaseError);
    expect((error as Error).message.startsWith(message)).toBe(true);
  });
});
