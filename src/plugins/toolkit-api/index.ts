/**
 * The toolkit's API reference: docusaurus-plugin-typedoc writes Markdown into
 * `docs/toolkit/api/` while the plugin initialises (about 4 s of TypeScript
 * analysis). The pages are the same for every locale, so a production build
 * runs typedoc for its first locale only (in its process, or in the first
 * locale's process when `npm run build` builds each locale in its own).
 */
import {createRequire} from 'node:module';

import type {LoadContext, Plugin} from '@docusaurus/types';

import {earlierLocaleBuilt} from '../complete-build/buildKind';
import {oncePerBuild} from '../oncePerBuild';

type TypedocPlugin = (context: LoadContext, options: unknown) => Promise<Plugin>;

/** Options are docusaurus-plugin-typedoc's (see TOOLKIT_API in docusaurus.config.ts). */
export default async function pluginToolkitApi(context: LoadContext, options: unknown): Promise<Plugin> {
  // The pages in docs/toolkit/api/ are there: the toolkit docs instance reads them.
  if (earlierLocaleBuilt()) return {name: 'toolkit-api'};
  // ESM-only; Node's own require loads it where Docusaurus's config loader cannot.
  const {default: pluginTypedoc} = createRequire(import.meta.url)('docusaurus-plugin-typedoc') as {default: TypedocPlugin};
  const generated = await oncePerBuild(`toolkit-api:${context.siteDir}`, () => pluginTypedoc(context, options));
  return {...generated, name: 'toolkit-api'};
}
