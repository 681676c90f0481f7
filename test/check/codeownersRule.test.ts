import {appendFileSync, cpSync, mkdirSync} from 'node:fs';
import path from 'node:path';

import {afterEach, describe, expect, it} from 'vitest';

import {checkContent} from '../../src/toolkit/check/checkContent';
import {createTempSite, REPO_DIR, type TempSite} from '../support/tempSite';

describe('codeowners rule', () => {
  let site: TempSite | undefined;
  afterEach(() => site?.remove());

  function siteWithCodeowners(): TempSite {
    const created = createTempSite();
    mkdirSync(path.join(created.dir, '.github'), {recursive: true});
    cpSync(path.join(REPO_DIR, '.github', 'CODEOWNERS'), path.join(created.dir, '.github', 'CODEOWNERS'));
    return created;
  }

  const codeownersFindings = async (dir: string) =>
    (await checkContent({siteDir: dir, history: new Map()})).diagnostics.filter((diagnostic) => diagnostic.ruleId === 'codeowners');

  it('accepts the committed CODEOWNERS file', async () => {
    site = siteWithCodeowners();
    expect(await codeownersFindings(site.dir)).toEqual([]);
  });

  it('fails a whole-site check when CODEOWNERS is out of date, at the first differing line', async () => {
    site = siteWithCodeowners();
    appendFileSync(path.join(site.dir, '.github', 'CODEOWNERS'), '/docs/rencana-induk/lama.md @orang-lain\n');
    const findings = await codeownersFindings(site.dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({file: '.github/CODEOWNERS', severity: 'error'});
    expect(findings[0]?.message).toContain('masterplan codeowners --write');
  });
});
