import type {Command} from 'commander';

import {todayIso} from '../dates/today';
import {collectStatus, formatStatusTable} from '../status';
import type {RegisterCommand} from './index';

interface StatusOptions {
  json?: boolean;
  date?: string;
  siteDir: string;
}

/** `masterplan status [--json]`: where every chapter stands. */
export const registerStatus: RegisterCommand = (program: Command) => {
  program
    .command('status')
    .description('show every chapter: status, owners, reviewers, last change, words, English translation, review date')
    .option('--json', 'print the report as JSON (shape: StatusReport in src/toolkit/status/types.ts)')
    .option('--date <YYYY-MM-DD>', 'measure overdue reviews against this date instead of today')
    .option('--site-dir <dir>', 'site root', process.cwd())
    .action(async (options: StatusOptions) => {
      if (options.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
        console.error(`error: --date ${options.date}: expected YYYY-MM-DD, e.g. 2016-03-02`);
        process.exitCode = 2;
        return;
      }
      const report = await collectStatus(options.siteDir, options.date ?? todayIso());
      if (options.json) {
        process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        return;
      }
      process.stdout.write(formatStatusTable(report));
      for (const problem of report.problems) console.error(`warning: ${problem.path}${problem.line ? `:${problem.line}:${problem.column}` : ''} left out: ${problem.message}`);
    });
};
