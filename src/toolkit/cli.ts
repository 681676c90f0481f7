#!/usr/bin/env node
/**
 * `masterplan`: the authoring toolkit's command line. It parses arguments and
 * hands everything to the library; the command files print, this file sets
 * the exit code. Each command loads its library only when it runs.
 */
import {Command, CommanderError} from 'commander';

import {COMMANDS} from './commands';
import {EXIT, SiteNotFoundError} from './commands/common';

async function main(argv: string[]): Promise<number> {
  const program = new Command('masterplan')
    .description('Authoring toolkit for the e-government master plan site')
    .showHelpAfterError()
    .exitOverride()
    .addHelpText(
      'after',
      `\nExit codes: ${EXIT.ok} ok, ${EXIT.problems} the work found problems, ${EXIT.usage} bad usage.\nEvery command takes --help, --site-dir and, where it reports, --json.`,
    );
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof SiteNotFoundError) {
      console.error(`error: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }
  return process.exitCode === undefined ? EXIT.ok : Number(process.exitCode);
}

// The exit code is set, never `process.exit()`ed: output to a pipe may still be queued (a 5 MB
// SARIF report was cut at 128 KiB), and Node writes it all before the process ends by itself.
main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Bad content and bad usage are reported above; reaching this is a bug in the toolkit.
    console.error(`masterplan: internal error, please report it with this output:\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = EXIT.problems;
  },
);
