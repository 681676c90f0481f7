#!/usr/bin/env node
/**
 * `masterplan`: the authoring toolkit's command line. It parses arguments and
 * hands everything to the library; this is the only file that prints or exits.
 */
import {Command, CommanderError} from 'commander';

import {COMMANDS} from './commands';

/** Exit codes: 0 success, 1 the work found errors, 2 bad usage. */
export const EXIT = {ok: 0, failed: 1, usage: 2} as const;

async function main(argv: string[]): Promise<number> {
  const program = new Command('masterplan')
    .description('Authoring toolkit for the e-government master plan site')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are "errors" to commander but successes to the user.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
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
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = EXIT.failed;
  },
);
