import {execFile} from 'node:child_process';
import path from 'node:path';

import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {oncePerBuild} from '../oncePerBuild';

/** Set to `1` to build without the check (benchmarks of the bare build do). */
export const SKIP_ENV = 'MASTERPLAN_SKIP_CHECK';

interface CheckRun {
  code: number;
  output: string;
}

/**
 * `masterplan check` in its own process: the toolkit runs under tsx as on the
 * command line, and mermaid's stand-in DOM never leaks into the build.
 */
function runCheck(siteDir: string): Promise<CheckRun> {
  const cli = path.join(siteDir, 'bin', 'masterplan.cjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'check', '--site-dir', siteDir, '--format', 'stylish'], {cwd: siteDir, maxBuffer: 64 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0'}}, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({code, output: `${stdout}${stderr}`});
    });
  });
}

/**
 * Runs `masterplan check` before the site is built, so a broken chapter never
 * reaches the public site: the production build fails on any error and lists
 * the findings. The development server only reports them, so a half-written
 * page does not stop the preview.
 */
export default function pluginContentCheck(context: LoadContext): Plugin {
  // Started as soon as the config is read, so it runs while the other plugins initialise; one check serves every locale.
  const run = process.env[SKIP_ENV] === '1' ? undefined : oncePerBuild(`content-check:${context.siteDir}`, () => runCheck(context.siteDir));
  return {
    name: 'content-check',
    async loadContent() {
      if (!run) return;
      const {code, output} = await run;
      if (code === 0) {
        if (context.i18n.currentLocale === context.i18n.defaultLocale) logger.info('Content check passed: no errors (details: npx masterplan check).');
        return;
      }
      const message = `Content check failed (npx masterplan check exited with ${code}):\n${output}`;
      if (process.env.NODE_ENV === 'production') throw new Error(message);
      logger.error(message);
    },
  };
}
