/**
 * `npm run build` is the one way to publish: a bare `docusaurus build` (what
 * hosting presets run) refuses before it writes anything, naming the command
 * to use, instead of publishing a site without search, PDF or CSP.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, describe, expect, it} from 'vitest';

import {SITE_DIR} from '../test/support/paths';

describe('a bare docusaurus build', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'bare-docusaurus-build-'));
  afterAll(() => rmSync(work, {recursive: true, force: true}));

  it('refuses, names npm run build, and writes no site', () => {
    const outDir = path.join(work, 'build');
    const env: NodeJS.ProcessEnv = {...process.env, FORCE_COLOR: '0'};
    delete env.MASTERPLAN_BUILD;
    const result = spawnSync(process.execPath, [path.join(SITE_DIR, 'node_modules/@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', outDir], {
      cwd: SITE_DIR,
      encoding: 'utf8',
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('Build the site with `npm run build`');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  }, 120_000);
});
