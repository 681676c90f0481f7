/**
 * `masterplan check [paths...]`: checks content and prints the findings.
 * Exit code 0 when there are no errors (and warnings within --max-warnings),
 * 1 otherwise, 2 for bad usage.
 */
import path from 'node:path';

import {InvalidArgumentError, Option, type Command} from 'commander';

import {checkContent, countBySeverity, FORMATS, formatResult, RULES, type Format} from '../check';
import type {RegisterCommand} from '.';

/** The repository's site root. */
const SITE_DIR = path.resolve(__dirname, '..', '..', '..');

function nonNegativeInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return number;
}

function ruleId(value: string, previous: string[] = []): string[] {
  if (!RULES.some((rule) => rule.id === value)) {
    throw new InvalidArgumentError(`unknown rule; known: ${RULES.map((rule) => rule.id).join(', ')}`);
  }
  return [...previous, value];
}

interface CheckFlags {
  format: Format;
  maxWarnings?: number;
  rule?: string[];
  skip?: string[];
  siteDir?: string;
}

export const registerCheck: RegisterCommand = (program: Command) => {
  program
    .command('check')
    .description('check pages and registries: schema, terminology, diagrams, math, references, translations, review dates, unsafe markup')
    .argument('[paths...]', 'files or folders to check (default: all content and registries)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('stylish'))
    .option('--max-warnings <n>', 'fail when there are more warnings than this', nonNegativeInteger)
    .option('--rule <id>', 'also run an opt-in rule (repeatable), e.g. spelling', ruleId)
    .option('--skip <id>', 'skip a rule (repeatable)', ruleId)
    .option('--site-dir <dir>', 'site root to check (default: this repository)')
    .action(async (paths: string[], flags: CheckFlags) => {
      const result = await checkContent({siteDir: path.resolve(flags.siteDir ?? SITE_DIR), paths, cwd: process.cwd(), enable: flags.rule ?? [], disable: flags.skip ?? []});
      if (result.missing.length > 0) {
        console.error(`No such file or folder: ${result.missing.join(', ')}`);
        process.exitCode = 2;
        return;
      }
      process.stdout.write(formatResult(result, flags.format));
      const counts = countBySeverity(result.diagnostics);
      const tooManyWarnings = flags.maxWarnings !== undefined && counts.warning > flags.maxWarnings;
      if (tooManyWarnings) console.error(`${counts.warning} warnings, more than --max-warnings ${flags.maxWarnings}`);
      process.exitCode = counts.error > 0 || tooManyWarnings ? 1 : 0;
    });
};
