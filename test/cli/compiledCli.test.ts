/**
 * The launcher runs the compiled CLI and never a stale one: a source file
 * changed after the last compile is compiled before the command runs.
 */
import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, describe, expect, it} from 'vitest';

import {REPO_DIR} from '../support/tempSite';

/** A copy of what the compile reads, so a test never races others on the repository's dist/. */
function copyOfTheToolkit(): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'masterplan-cli-'));
  for (const part of ['src', 'packages', 'tsconfig.json', 'package.json']) cpSync(path.join(REPO_DIR, part), path.join(copy, part), {recursive: true});
  symlinkSync(path.join(REPO_DIR, 'node_modules'), path.join(copy, 'node_modules'), 'dir');
  return copy;
}

function launch(copy: string, ...args: string[]) {
  return spawnSync(process.execPath, [path.join(copy, 'packages', 'cli', 'bin', 'masterplan.mjs'), ...args], {cwd: REPO_DIR, encoding: 'utf8'});
}

describe('the masterplan launcher', () => {
  const copies: string[] = [];
  const freshCopy = () => {
    const copy = copyOfTheToolkit();
    copies.push(copy);
    return copy;
  };
  afterAll(() => {
    for (const copy of copies) rmSync(copy, {recursive: true, force: true});
  });

  it('compiles on first use when nothing was compiled yet', () => {
    const copy = freshCopy();
    expect(existsSync(path.join(copy, 'dist'))).toBe(false);
    const result = launch(copy, '--help');
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage: masterplan');
    expect(existsSync(path.join(copy, 'dist', 'cli', 'cli.mjs'))).toBe(true);
  });

  it('recompiles when a source file is newer than the compile, and runs the new code', () => {
    const copy = freshCopy();
    expect(launch(copy, '--help').status).toBe(0);
    const commandFile = path.join(copy, 'src', 'toolkit', 'commands', 'status.ts');
    writeFileSync(commandFile, readFileSync(commandFile, 'utf8').replace('show every chapter: status', 'show every chapter (edited): status'));
    // A clock step the file system can see, whatever its timestamp resolution.
    const later = new Date(Date.now() + 5_000);
    utimesSync(commandFile, later, later);
    const result = launch(copy, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('show every chapter (edited): status');
  });

  it('does not recompile when nothing changed', () => {
    const copy = freshCopy();
    expect(launch(copy, '--help').status).toBe(0);
    const record = path.join(copy, 'dist', 'cli', 'inputs.json');
    const before = statSync(record).mtimeMs;
    expect(launch(copy, '--help').status).toBe(0);
    expect(statSync(record).mtimeMs).toBe(before);
  });
});
