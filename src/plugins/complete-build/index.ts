import type {Plugin} from '@docusaurus/types';

import {incompleteBuildProblem} from './buildKind';

/**
 * Refuses a production build that would publish a site without its post-build
 * work (see buildKind.ts): `docusaurus build` run directly, as hosting presets
 * do, instead of `npm run build`. It is the first plugin of the config and
 * refuses while the plugins are created, before the content check starts or
 * any page is bundled.
 */
export default function pluginCompleteBuild(): Plugin {
  const problem = incompleteBuildProblem();
  if (problem) {
    // Docusaurus prints the stack of a plugin's error; for this one the message says everything.
    throw Object.assign(new Error(problem), {stack: problem});
  }
  return {name: 'masterplan-complete-build'};
}
