import type {Command} from 'commander';

import {EXIT, printJson, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';
import type {RegisterCommand} from './index';

const CODEOWNERS_PATH = '.github/CODEOWNERS';

interface Located {
  file: string;
  line: number;
  column: number;
  message: string;
}

/** A chapter the generator could not read, where `--check` and `--json` report problems. */
function located(chapter: {path: string; line?: number; column?: number; message: string}): Located {
  return {file: chapter.path, line: chapter.line ?? 1, column: chapter.column ?? 1, message: chapter.message};
}

function printProblems(problems: readonly Located[]): void {
  for (const problem of problems) console.error(`${problem.file}:${problem.line}:${problem.column}  error  ${problem.message}`);
}

interface CodeownersOptions {
  write?: boolean;
  check?: boolean;
  json?: boolean;
  siteDir?: string;
}

/** `masterplan codeowners [--write | --check]`: CODEOWNERS from chapter owners, data/teams.yml and data/people.yml. */
export const registerCodeowners: RegisterCommand = (program: Command) => {
  const command = program
    .command('codeowners')
    .description(`generate ${CODEOWNERS_PATH} from chapter owners and the GitHub teams and handles in data/teams.yml and data/people.yml`)
    .option('--write', `write ${CODEOWNERS_PATH} instead of printing it`)
    .option('--check', `exit 1 when the committed ${CODEOWNERS_PATH} is out of date`);
  withJson(command, '{file, upToDate?, written?, text, warnings, problems}');
  withSiteDir(command);
  withExamples(command, [
    ['masterplan codeowners', `print the ${CODEOWNERS_PATH} the chapters call for`],
    ['masterplan codeowners --write', 'update the file after changing a chapter\u2019s owners'],
    ['masterplan codeowners --check', 'in CI: fail when the committed file is out of date'],
  ]);
  command.action(async (options: CodeownersOptions) => {
    if (options.write && options.check) {
      usageError('use either --write or --check');
      return;
    }
    const siteDir = siteDirOf(options);
    const {checkCodeowners, expectedCodeowners, writeCodeowners} = await import('../codeowners');
    if (options.check) {
      const expected = await expectedCodeowners(siteDir);
      const problems = await checkCodeowners(siteDir, expected);
      const all = [...expected.unreadable.map(located), ...problems.map((problem) => ({file: problem.file, line: problem.line, column: 1, message: problem.message}))];
      if (all.length > 0) process.exitCode = EXIT.problems;
      if (options.json) printJson({file: CODEOWNERS_PATH, upToDate: all.length === 0, text: expected.text, warnings: expected.warnings, problems: all});
      printProblems(all);
      if (all.length === 0 && !options.json) console.log(`${CODEOWNERS_PATH} is up to date.`);
      return;
    }
    const generated = options.write ? await writeCodeowners(siteDir) : {...(await expectedCodeowners(siteDir)), written: false};
    const problems = generated.unreadable.map(located);
    for (const warning of generated.warnings) console.error(`warning: ${warning}`);
    printProblems(problems);
    if (problems.length > 0) {
      process.exitCode = EXIT.problems;
      console.error(`error: ${options.write ? `${CODEOWNERS_PATH} was not written` : 'the text above leaves out'}: the chapters above cannot be read, so their owners would be missing. Fix them first.`);
    }
    if (options.json) printJson({file: CODEOWNERS_PATH, written: generated.written, text: generated.text, warnings: generated.warnings, problems});
    else if (generated.written) console.log(`Wrote ${CODEOWNERS_PATH}.`);
    else if (!options.write) process.stdout.write(generated.text);
  });
};
