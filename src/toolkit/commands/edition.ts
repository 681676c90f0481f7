import type {Command} from 'commander';

import {editionNameProblem} from '../edition/editionName';
import {printJson, problem, siteDirOf, usageError, withExamples, withJson, withSiteDir} from './common';
import type {RegisterCommand} from './index';

interface EditionOptions {
  json?: boolean;
  siteDir?: string;
}

/** `masterplan edition <name>`: publishes the current master plan as a numbered edition. */
export const registerEdition: RegisterCommand = (program: Command) => {
  const command = program
    .command('edition')
    .description('snapshot the master plan (both languages) as a published edition, e.g. 2020-2024')
    .argument('<name>', 'the years the edition covers, e.g. 2020-2024');
  withJson(command, '{edition, files}');
  withSiteDir(command);
  withExamples(command, [['masterplan edition 2020-2024', 'publish the current text as the 2020\u20132024 edition']]);
  command.action(async (name: string, options: EditionOptions) => {
    const invalid = editionNameProblem(name);
    if (invalid) {
      usageError(invalid);
      return;
    }
    const siteDir = siteDirOf(options);
    const {createEdition, EditionError} = await import('../edition');
    let files: string[];
    try {
      files = await createEdition(siteDir, name);
    } catch (error) {
      if (!(error instanceof EditionError)) throw error;
      problem(error.message);
      return;
    }
    if (options.json) {
      printJson({edition: name, files});
      return;
    }
    console.log(`Created edition ${name}:`);
    for (const file of files) console.log(`  ${file}`);
    console.log(`It is published at /rencana-induk/${name}/ on the next build. Commit these files.`);
  });
};
