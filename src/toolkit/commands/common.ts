/**
 * What every `masterplan` command shares: the exit codes, the `--site-dir`
 * option and its default, `--json` output and help examples. Kept free of
 * library imports, so registering the commands (and `--help`) loads nothing
 * a command does not use.
 */
import {existsSync} from 'node:fs';
import path from 'node:path';

import {Option, type Command} from 'commander';

/** The one exit-code table of every command. */
export const EXIT = {
  /** The work was done and found nothing wrong. */
  ok: 0,
  /** The work found problems (content errors, a failed import, an outdated file) or could not be done. */
  problems: 1,
  /** The command line itself is wrong: unknown option, bad value, missing argument. */
  usage: 2,
} as const;

export const SITE_CONFIG_FILE = 'docusaurus.config.ts';

/** Thrown when no site is found; the CLI reports it as bad usage. */
export class SiteNotFoundError extends Error {
  constructor(readonly start: string) {
    super(`no ${SITE_CONFIG_FILE} in ${start} or any folder above it. Run masterplan inside the site, or pass --site-dir <folder with ${SITE_CONFIG_FILE}>.`);
    this.name = 'SiteNotFoundError';
  }
}

/** The nearest folder, from `start` upward, that holds `docusaurus.config.ts`. */
export function findSiteDir(start: string): string {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, SITE_CONFIG_FILE))) return dir;
    if (path.dirname(dir) === dir) throw new SiteNotFoundError(path.resolve(start));
  }
}

/** `--site-dir` as given, or found from the working folder upward. */
export function siteDirOf(options: {siteDir?: string}): string {
  return options.siteDir === undefined ? findSiteDir(process.cwd()) : path.resolve(options.siteDir);
}

/** Adds `--site-dir`, the same for every command that reads the site. */
export function withSiteDir(command: Command): Command {
  return command.addOption(new Option('--site-dir <dir>', `the site's root folder (default: the nearest folder upward with ${SITE_CONFIG_FILE})`));
}

/** Adds `--json`, the same for every command that reports. */
export function withJson(command: Command, shape: string): Command {
  return command.option('--json', `print the result as JSON on stdout (${shape}); messages still go to stderr`);
}

/** Adds an "Examples" section to a command's `--help`. */
export function withExamples(command: Command, examples: ReadonlyArray<readonly [string, string]>): Command {
  const width = Math.max(...examples.map(([line]) => line.length));
  const lines = examples.map(([line, what]) => `  $ ${line.padEnd(width)}  # ${what}`);
  return command.addHelpText('after', `\nExamples:\n${lines.join('\n')}`);
}

/** Writes a JSON result to stdout. The process is left to end by itself, so a pipe receives all of it. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Reports bad usage: the message on stderr and exit code 2. */
export function usageError(message: string): void {
  console.error(`error: ${message}`);
  process.exitCode = EXIT.usage;
}

/** Reports a problem the work found: the message on stderr and exit code 1. */
export function problem(message: string): void {
  console.error(`error: ${message}`);
  process.exitCode = EXIT.problems;
}
