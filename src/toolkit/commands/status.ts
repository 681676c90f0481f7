import type {Command} from 'commander';

import {EXIT, printJson, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';
import type {RegisterCommand} from './index';

interface StatusOptions {
  json?: boolean;
  date?: string;
  siteDir?: string;
}

/** `masterplan status [--json]`: where every chapter stands. */
export const registerStatus: RegisterCommand = (program: Command) => {
  const command = program
    .command('status')
    .description('show every chapter: status, owners, reviewers, last change, words, English translation, review date')
    .option('--date <YYYY-MM-DD>', 'measure overdue reviews against this date instead of today');
  withJson(command, 'StatusReport in src/content/status.ts');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan status', 'a table of every chapter'],
    ['masterplan status --json > status.json', 'the same, for another program'],
    ['masterplan status --date 2026-12-31', 'which reviews will be overdue at the end of the year'],
  ]);
  command.action(async (options: StatusOptions) => {
    if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
      usageError(`--date ${options.date}: expected YYYY-MM-DD, e.g. 2016-03-02`);
      return;
    }
    const siteDir = siteDirOf(options);
    const [{collectStatus, formatStatusTable}, {todayIso}, {chapterProblemPlace}] = await Promise.all([import('../status'), import('../../content/today'), import('../content/readChapters')]);
    const report = await collectStatus(siteDir, options.date ?? todayIso());
    // A chapter that cannot be read is left out of the report, named on stderr, and makes the exit code 1.
    if (report.problems.length > 0) process.exitCode = EXIT.problems;
    if (options.json) {
      printJson(report);
      return;
    }
    process.stdout.write(formatStatusTable(report));
    for (const problem of report.problems) console.error(`error: ${chapterProblemPlace(problem)} left out: ${problem.message}`);
  });
};
