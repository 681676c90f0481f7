/**
 * `masterplan diff`: what changed in the words between two versions of the
 * content, for a reviewer. Exit 0 when the versions were compared (changed
 * or not), 1 when a page of the newer version could not be read completely
 * (named with file:line:col; the rest is compared), 2 for bad usage, an
 * unknown ref or edition, or a shallow clone without the history needed.
 */
import {Option, type Command} from 'commander';

import {REDLINE_FORMATS, type RedlineFormat} from '../redline/format/formats';
import {EXIT, problem, siteDirOf, usageError, withExamples, withSiteDir} from './common';
import type {RegisterCommand} from '.';

interface DiffFlags {
  base?: string;
  head?: string;
  format: RedlineFormat;
  json?: boolean;
  out?: string;
  lang: 'id' | 'en';
  siteDir?: string;
}

export const registerDiff: RegisterCommand = (program: Command) => {
  const command = program
    .command('diff')
    .description('show what changed in the words of chapters, modules and consultation notes between two versions (a redline)')
    .option('--base <version>', 'the older version: a branch, tag or commit, or edition:<name> (default: the merge base of HEAD with origin/main, or HEAD without origin/main)')
    .option('--head <version>', 'the newer version: a branch, tag or commit, edition:<name>, or worktree (default: worktree, the files as they are now)')
    .addOption(new Option('-f, --format <format>', 'output format: stylish (terminal), json, markdown (pull-request comment), html (one self-contained file)').choices(REDLINE_FORMATS).default('stylish'))
    .addOption(new Option('--json', 'the same as --format json').conflicts('format'))
    .option('-o, --out <file>', 'write the output to this file (replaced atomically) instead of stdout')
    .addOption(new Option('--lang <locale>', 'language of the markdown and html output').choices(['id', 'en']).default('en'));
  withSiteDir(command);
  withExamples(command, [
    ['masterplan diff', 'what this branch changed, committed or not, since it left origin/main'],
    ['masterplan diff --base v2016 --head HEAD', 'between a tag and the last commit'],
    ['masterplan diff --base edition:2016-2019', 'what the draft changed since a published edition'],
    ['masterplan diff --format html --out redline.html', 'a redline to read in a browser or print'],
    ['masterplan diff --format markdown --base origin/main', 'the pull-request comment'],
  ]);
  command.addHelpText(
    'after',
    `\nExit codes: ${EXIT.ok} compared (whether or not anything changed); ${EXIT.problems} a page of the newer version could not be read completely (named with file:line:col; the rest was compared), or git failed; ${EXIT.usage} bad usage, an unknown ref or edition, or a shallow clone without the history needed.`,
  );
  command.action(async (flags: DiffFlags) => {
    const siteDir = siteDirOf(flags);
    const [{compareVersions, parseVersionSpec, formatRedline, ChangeSetError, UnknownBaseError, ShallowCloneError, UnknownEditionError}, {writeFileAtomic}] = await Promise.all([import('../redline'), import('../fs/atomicWrite')]);
    const head = flags.head === undefined ? undefined : parseVersionSpec(flags.head);
    const base = flags.base === undefined ? undefined : parseVersionSpec(flags.base);
    if (base?.kind === 'worktree') return usageError('--base worktree: the working tree can only be the newer version (--head)');
    let report;
    try {
      report = await compareVersions(siteDir, {...(base ? {base} : {}), ...(head ? {head} : {})});
    } catch (error) {
      if (error instanceof UnknownBaseError || error instanceof ShallowCloneError || error instanceof UnknownEditionError) return usageError(error.message);
      // Not a repository, or git failed: the message says which.
      if (error instanceof ChangeSetError) return problem(error.message);
      throw error;
    }
    const format = flags.json ? 'json' : flags.format;
    const color = format === 'stylish' && flags.out === undefined && process.stdout.isTTY === true && process.env.NO_COLOR === undefined;
    const output = formatRedline(report, format, {locale: flags.lang, color});
    if (flags.out === undefined) process.stdout.write(output);
    else {
      await writeFileAtomic(flags.out, output);
      console.error(`wrote ${flags.out}: ${report.summary.pages} changed ${report.summary.pages === 1 ? 'page' : 'pages'}`);
    }
    for (const diagnostic of report.diagnostics) {
      const version = diagnostic.version === 'base' ? ` (in ${report.base.label})` : '';
      console.error(`${diagnostic.severity}: ${diagnostic.file}:${diagnostic.line}:${diagnostic.column}${version}: ${diagnostic.message}${diagnostic.hint ? `. ${diagnostic.hint}` : ''}`);
    }
    process.exitCode = report.diagnostics.some((diagnostic) => diagnostic.severity === 'error') ? EXIT.problems : EXIT.ok;
  });
};
