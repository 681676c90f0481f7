import type {Command} from 'commander';

import {createEdition, EditionError, editionNameProblem} from '../edition';
import type {RegisterCommand} from './index';

/** `masterplan edition <name>`: publishes the current master plan as a numbered edition. */
export const registerEdition: RegisterCommand = (program: Command) => {
  program
    .command('edition')
    .description('snapshot the master plan (both languages) as a published edition, e.g. 2016-2019')
    .argument('<name>', 'the years the edition covers, e.g. 2016-2019')
    .option('--site-dir <dir>', 'site root', process.cwd())
    .action(async (name: string, options: {siteDir: string}) => {
      const problem = editionNameProblem(name);
      if (problem) {
        console.error(`error: ${problem}`);
        process.exitCode = 2;
        return;
      }
      try {
        const files = await createEdition(options.siteDir, name);
        console.log(`Created edition ${name}:`);
        for (const file of files) console.log(`  ${file}`);
        console.log(`It is published at /rencana-induk/${name}/ on the next build. Commit these files.`);
      } catch (error) {
        if (!(error instanceof EditionError)) throw error;
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
      }
    });
};
