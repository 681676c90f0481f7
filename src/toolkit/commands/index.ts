import type {Command} from 'commander';

import {registerCodeowners} from './codeowners';
import {registerEdition} from './edition';
import {registerNew} from './new';
import {registerStatus} from './status';
import {registerImportPress} from './importPress';
import {registerPdfCommand} from './pdf';
import {registerCheck} from './check';
import {registerDiff} from './diff';

/**
 * Every `masterplan` subcommand, each in its own file. A command file exports
 * one `register*` function that adds the subcommand to the program; the action
 * calls the library and sets `process.exitCode`, it never calls `process.exit`.
 */
export type RegisterCommand = (program: Command) => void;

export const COMMANDS: RegisterCommand[] = [
  registerCheck,
  registerNew,
  registerStatus,
  registerCodeowners,
  registerEdition,
  registerImportPress,
  registerPdfCommand,
  registerDiff,
];
