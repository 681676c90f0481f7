import {spawnSync, type SpawnSyncOptions} from 'node:child_process';
import path from 'node:path';

import {REPO_DIR} from './tempSite';

/** The `masterplan` command as npm links it (node_modules/.bin/masterplan points here). */
export const MASTERPLAN_BIN = path.join(REPO_DIR, 'packages', 'cli', 'bin', 'masterplan.mjs');

/** Runs `masterplan <args>` to completion in `cwd`; output as text, colours off. */
export function runMasterplan(args: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv; input?: string} & Pick<SpawnSyncOptions, 'timeout'>) {
  return spawnSync(process.execPath, [MASTERPLAN_BIN, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    input: options.input,
    timeout: options.timeout,
    maxBuffer: 256 * 1024 * 1024,
    env: {...process.env, FORCE_COLOR: '0', ...options.env},
  });
}
