import {spawnSync} from 'node:child_process';
import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {FIXTURES} from './checkFixture';
import {MASTERPLAN_BIN} from '../support/cli';

const CLI = MASTERPLAN_BIN;
let siteDir: string;

function masterplan(...args: string[]): {status: number | null; stdout: string; stderr: string} {
  const result = spawnSync(process.execPath, [CLI, ...args], {encoding: 'utf8', env: {...process.env, FORCE_COLOR: '0'}});
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

beforeAll(() => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'check-cli-'));
  cpSync(path.join(FIXTURES, '_base'), siteDir, {recursive: true});
  cpSync(path.join(FIXTURES, 'every-kind'), siteDir, {recursive: true});
});
afterAll(() => rmSync(siteDir, {recursive: true, force: true}));

describe('npx masterplan check', () => {
  it('exits 1 on errors and prints the stylish report with a summary', () => {
    const {status, stdout} = masterplan('check', '--site-dir', siteDir, '--skip', 'mermaid');
    expect(status).toBe(1);
    expect(stdout).toContain('docs/rencana-induk/bab-rusak.md\n');
    expect(stdout).toMatch(/✖ \d+ errors, \d+ warnings\n$/);
  }, 60_000);

  it('exits 0 when only warnings remain, and 1 when they exceed --max-warnings', () => {
    const blog = path.join(siteDir, 'blog');
    expect(masterplan('check', '--site-dir', siteDir, blog).status).toBe(0);
    expect(masterplan('check', '--site-dir', siteDir, blog, '--max-warnings', '0').status).toBe(1);
  }, 60_000);

  it.each([
    [['check', '--format', 'xml'], /argument 'xml' is invalid/],
    [['check', '--rule', 'nonsense'], /unknown rule/],
    [['check', 'no/such/folder'], /no such file or folder: no\/such\/folder/],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const {status, stderr} = masterplan(...args);
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
  }, 60_000);
});
