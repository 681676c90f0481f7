/**
 * `masterplan check [paths...]`: checks content and prints the findings.
 * Exit code 0 when there are no errors (and warnings within --max-warnings),
 * 1 otherwise, 2 for bad usage.
 */
import {InvalidArgumentError, Option, type Command} from 'commander';

import {FORMATS, type Format} from '../check/format/formats';
import {EXIT, siteDirOf, usageError, withExamples, withSiteDir} from './common';
import type {RegisterCommand} from '.';

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return number;
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

interface CheckFlags {
  format: Format;
  json?: boolean;
  maxWarnings?: number;
  rule?: string[];
  skip?: string[];
  changed?: boolean;
  base?: string;
  siteDir?: string;
}

export const registerCheck: RegisterCommand = (program: Command) => {
  const command = program
    .command('check')
    .description('check pages and registries: schema, terminology, diagrams, math, references, translations, review dates, unsafe markup')
    .argument('[paths...]', 'files or folders to check (default: all content and registries)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('--json', 'the same as --format json').conflicts('format'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInteger)
    .option('--rule <id>', 'also run an opt-in rule (repeatable), e.g. spelling', collect)
    .option('--skip <id>', 'skip a rule (repeatable)', collect)
    .option('--changed', 'check what changed since the base (committed, staged, unstaged or untracked), and the pages that link to it, translate it or use a registry entry it changed')
    .option('--base <ref>', 'with --changed: the branch, tag or commit to compare with (default: the merge base of HEAD with origin/main, or HEAD without origin/main)');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan check', 'every page and registry of the site'],
    ['masterplan check docs/rencana-induk/pendahuluan.md', 'one chapter'],
    ['masterplan check --rule spelling', 'with the opt-in spelling rule'],
    ['masterplan check --changed', 'what this branch changed, and what depends on it (pre-commit)'],
    ['masterplan check --changed --base v2016', 'what changed since a tag'],
    ['masterplan check --format sarif > check.sarif', 'for GitHub code scanning'],
  ]);
  command.action(async (paths: string[], flags: CheckFlags) => {
    if (flags.base !== undefined && !flags.changed) return usageError('--base only goes with --changed');
    if (flags.changed && paths.length > 0) return usageError('name paths or use --changed, not both');
    const siteDir = siteDirOf(flags);
    const {changedFiles, ChangeSetError, checkContent, countBySeverity, formatResult, isRuleName, RULE_GROUPS, RULES} = await import('../check');
    const unknown = [...(flags.rule ?? []), ...(flags.skip ?? [])].filter((id) => !isRuleName(id));
    if (unknown.length > 0) {
      usageError(`unknown rule ${unknown.join(', ')}; known rules: ${[...RULES.map((rule) => rule.id), ...Object.keys(RULE_GROUPS)].join(', ')}`);
      return;
    }
    let files: string[] | undefined;
    if (flags.changed) {
      try {
        files = (await changedFiles({siteDir, ...(flags.base === undefined ? {} : {base: flags.base})})).files;
      } catch (error) {
        // Not a repository, no git, or an unknown --base: the message says which and what to do.
        if (error instanceof ChangeSetError) return usageError(error.message);
        throw error;
      }
    }
    // `files: []` (nothing changed) checks nothing; empty `paths` checks everything.
    const result = await checkContent({siteDir, ...(files ? {files} : {paths, cwd: process.cwd()}), enable: flags.rule ?? [], disable: flags.skip ?? []});
    if (result.missing.length > 0) {
      usageError(`no such file or folder: ${result.missing.join(', ')}`);
      return;
    }
    process.stdout.write(formatResult(result, flags.json ? 'json' : flags.format));
    const counts = countBySeverity(result.diagnostics);
    const tooManyWarnings = flags.maxWarnings !== undefined && counts.warning > flags.maxWarnings;
    if (tooManyWarnings) console.error(`${counts.warning} warnings, more than --max-warnings ${flags.maxWarnings}`);
    process.exitCode = counts.error > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
  });
};
