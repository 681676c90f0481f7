import {execFile} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';

import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {earlierLocaleBuilt} from '../complete-build/buildKind';
import {oncePerBuild} from '../oncePerBuild';

/** Set to `1` to build without the check (benchmarks of the bare build do). */
export const SKIP_ENV = 'MASTERPLAN_SKIP_CHECK';

interface CheckRun {
  code: number;
  output: string;
}

/**
 * Rules a build skips. `codeowners` routes pull-request reviews: the pull
 * request's own check runs it, and a local build or preview of a freshly
 * scaffolded chapter must not fail over review routing.
 */
export const RULES_SKIPPED_IN_BUILD = ['codeowners'] as const;

/**
 * `masterplan check` in its own process, exactly as on the command line
 * (the command npm links), and mermaid's stand-in DOM never leaks into the build.
 */
function runCheck(siteDir: string): Promise<CheckRun> {
  const cli = createRequire(path.join(siteDir, 'package.json')).resolve('@masterplan-egov/cli/bin/masterplan.mjs');
  const skips = RULES_SKIPPED_IN_BUILD.flatMap((rule) => ['--skip', rule]);
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, 'check', '--site-dir', siteDir, '--format', 'stylish', ...skips], {cwd: siteDir, maxBuffer: 64 * 1024 * 1024, env: {...process.env, FORCE_COLOR: '0'}}, (error, stdout, stderr) => {
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
  // Started as soon as the config is read, so it runs while the other plugins initialise; one check serves every
  // locale (it reads every language's files), also when `npm run build` builds each locale in its own process.
  const skip = process.env[SKIP_ENV] === '1' || earlierLocaleBuilt();
  const run = skip ? undefined : oncePerBuild(`content-check:${context.siteDir}`, () => runCheck(context.siteDir));
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
