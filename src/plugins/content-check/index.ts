import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {checkContent, countBySeverity, formatResult, type CheckResult} from '../../toolkit/check';

/** Set to `1` to build without the check (benchmarks of the bare build do). */
export const SKIP_ENV = 'MASTERPLAN_SKIP_CHECK';

// Docusaurus loads plugins once per locale; one check per process is enough.
const runs = new Map<string, Promise<CheckResult>>();

/**
 * Runs `masterplan check` before the site is built, so a broken chapter never
 * reaches the public site: the production build fails on any error and lists
 * them. The development server only reports them, so a half-written page
 * does not stop the preview.
 */
export default function pluginContentCheck(context: LoadContext): Plugin {
  return {
    name: 'content-check',
    async loadContent() {
      if (process.env[SKIP_ENV] === '1') return;
      let run = runs.get(context.siteDir);
      if (!run) {
        run = checkContent({siteDir: context.siteDir});
        runs.set(context.siteDir, run);
      }
      const result = await run;
      const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
      if (errors.length === 0) {
        if (context.i18n.currentLocale === context.i18n.defaultLocale) {
          logger.info`Content check: number=${result.files.length} files, no errors (details: npx masterplan check).`;
        }
        return;
      }
      const report = formatResult({...result, diagnostics: errors}, 'stylish');
      const message = `Content check found ${countBySeverity(errors).error} error(s); fix them or run npx masterplan check for details.\n${report}`;
      if (process.env.NODE_ENV === 'production') throw new Error(message);
      logger.error(message);
    },
  };
}
