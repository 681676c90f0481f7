/** Runs git: the one place the toolkit starts a git process. */
import {spawn} from 'node:child_process';

/** What a git call gave back. `code` is `undefined` when git could not be started (not installed). */
export interface GitResult {
  code: number | undefined;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git args` in `cwd`, feeding `input` to its stdin; never throws, the caller reads `code`. */
export function runGit(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = spawn('git', args, {cwd, stdio: ['pipe', 'pipe', 'pipe']});
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', () => resolve({code: undefined, stdout: Buffer.alloc(0), stderr: 'git could not be started'}));
    child.on('close', (code) => resolve({code: code ?? undefined, stdout: Buffer.concat(stdout), stderr: Buffer.concat(stderr).toString('utf8')}));
    // git may exit before reading all of stdin (a bad revision); that is reported by its code, not as EPIPE.
    child.stdin.on('error', () => {});
    child.stdin.end(input ?? '');
  });
}

/** Runs git and returns its output as text, or `undefined` when it failed. */
export async function gitOutput(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const result = await runGit(cwd, args);
  return result.code === 0 ? result.stdout.toString('utf8') : undefined;
}
