import type {Command} from 'commander';

import {checkCodeowners, CODEOWNERS_PATH, expectedCodeowners, writeCodeowners} from '../codeowners';
import type {RegisterCommand} from './index';

interface CodeownersOptions {
  write?: boolean;
  check?: boolean;
  siteDir: string;
}

/** `masterplan codeowners [--write | --check]`: CODEOWNERS from chapter owners and data/people.yml. */
export const registerCodeowners: RegisterCommand = (program: Command) => {
  program
    .command('codeowners')
    .description(`generate ${CODEOWNERS_PATH} from chapter owners and the GitHub handles in data/people.yml`)
    .option('--write', `write ${CODEOWNERS_PATH} instead of printing it`)
    .option('--check', `exit 1 when the committed ${CODEOWNERS_PATH} is out of date`)
    .option('--site-dir <dir>', 'site root', process.cwd())
    .action(async (options: CodeownersOptions) => {
      if (options.write && options.check) {
        console.error('error: use either --write or --check');
        process.exitCode = 2;
        return;
      }
      if (options.check) {
        const diagnostics = await checkCodeowners(options.siteDir);
        for (const diagnostic of diagnostics) console.error(`${diagnostic.file}:${diagnostic.line}  error  ${diagnostic.message}  ${diagnostic.rule}`);
        if (diagnostics.length > 0) process.exitCode = 1;
        else console.log(`${CODEOWNERS_PATH} is up to date.`);
        return;
      }
      const generated = options.write ? await writeCodeowners(options.siteDir) : await expectedCodeowners(options.siteDir);
      for (const warning of generated.warnings) console.error(`warning: ${warning}`);
      if (options.write) console.log(`Wrote ${CODEOWNERS_PATH}.`);
      else process.stdout.write(generated.text);
    });
};
