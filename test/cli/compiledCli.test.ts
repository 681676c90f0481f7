/**
 * The launcher runs the compiled CLI and never a stale one: a source file
 * changed after the last compile is compiled before the command runs.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {REPO_DIR} from '../support/tempSite';

describe('the masterplan launcher', () => {
  let copy: string;
  const launch = (...args: string[]) =>
    spawnSync(process.execPath, [path.join(copy, 'packages', 'cli', 'bin', 'masterplan.mjs'), ...args], {cwd: REPO_DIR, encoding: 'utf8'});

  beforeAll(() => {
    // A copy of what the compile reads, so this test never races other tests on the repository's dist/.
    copy = mkdtempSync(path.join(tmpdir(), 'masterplan-cli-'));
    for (const part of ['src', 'packages', 'tsconfig.json', 'package.json']) cpSync(path.join(REPO_DIR, part), path.join(copy, part), {recursive: true});
    symlinkSync(path.join(REPO_DIR, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  });
  afterAll(() => rmSync(copy, {recursive: true, force: true}));

  it('compiles on first use when nothing was compiled yet', () => {
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    const result = launch('--help');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: masterplan');
    expect(existsSync(path.join(copy, 'dist', 'cli', 'cli.mjs'))).toBe(true);
  });

  it('recompiles when a source file is newer than the compile, and runs the new code', () => {
    const commandFile = path.join(copy, 'src', 'toolkit', 'commands', 'status.ts');
    writeFileSync(commandFile, readFileSync(commandFile, 'utf8').replace("show every chapter: status", "show every chapter (edited): status"));
    // A clock step the file system can see, whatever its timestamp resolution.
    const later = new Date(Date.now() + 5_000);
    utimesSync(commandFile, later, later);
    const result = launch('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('show every chapter (edited): status');
  });

  it('does not recompile when nothing changed', () => {
    const record = path.join(copy, 'dist', 'cli', 'inputs.json');
    const before = statSync(record).mtimeMs;
    expect(launch('--help').status).toBe(0);
    expect(statSync(record).mtimeMs).toBe(before);
  });
});
