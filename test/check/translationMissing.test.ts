import {rmSync} from 'node:fs';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {checkContent} from '../../src/toolkit/check/checkContent';
import {createTempSite, type TempSite} from '../support/tempSite';

const POST = '2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok/index.md';

describe('translation rule, missing English page', () => {
  let site: TempSite | undefined;
  afterEach(() => site?.remove());

  const missingTranslations = async (dir: string) =>
    (await checkContent({siteDir: dir, history: new Map()})).diagnostics
      .filter((diagnostic) => diagnostic.ruleId === 'translation')
      .map(({file, severity}) => ({file, severity}));

  it('fails for a master plan chapter', async () => {
    site = createTempSite();
    rmSync(path.join(site.dir, 'i18n/en/docusaurus-plugin-content-docs/current/peta-program.md'));
    expect(await missingTranslations(site.dir)).toEqual([{file: 'docs/rencana-induk/peta-program.md', severity: 'error'}]);
  });

  it('only warns for a press release, which the English site shows in Indonesian', async () => {
    site = createTempSite();
    rmSync(path.join(site.dir, 'i18n/en/docusaurus-plugin-content-blog', POST));
    expect(await missingTranslations(site.dir)).toEqual([{file: `blog/${POST}`, severity: 'warning'}]);
  });
});
