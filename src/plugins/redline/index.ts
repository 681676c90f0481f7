import path from 'node:path';

import logger from '@docusaurus/logger';
import type {LoadContext, Plugin} from '@docusaurus/types';

import {MASTER_PLAN} from '../../toolkit/content/readChapters';
import {REDLINE_PLUGIN, type ChangesIndexData, type RedlineGlobalData} from '../../content/siteData/redline';
import {currentDocs, MASTER_PLAN_DOCS_PLUGIN, withFrontmatter} from '../loadedDocs';
import {chaptersChangedSinceApproval} from './changedSinceApproval';

/** The changes page's folder under the master plan's URL: `/rencana-induk/perubahan/`. */
export const CHANGES_SEGMENT = 'perubahan';

/**
 * What changed in the master plan (issue 17): a redline page per chapter
 * approved and changed since (`/rencana-induk/perubahan/<chapter>/`), the
 * list of them (`/rencana-induk/perubahan/`), and, as global data, which
 * chapter pages say "changed since approval". Everything is decided at build
 * time from the chapters and git; no page fetches anything.
 *
 * The routes are flat (exact) routes inside the URL space of the docs plugin,
 * whose `/rencana-induk/` route is a parent with nested doc routes:
 * Docusaurus places routes with nested routes after flat ones, so these match first.
 */
export default function pluginRedline(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'id';
  const changesRoute = `${context.baseUrl}${MASTER_PLAN.route.replace(/^\//, '')}${CHANGES_SEGMENT}/`;
  return {
    name: REDLINE_PLUGIN,

    getPathsToWatch() {
      return [path.join(context.siteDir, MASTER_PLAN.dir, '**/*.{md,mdx}'), path.join(context.siteDir, MASTER_PLAN.enDir, '**/*.{md,mdx}')];
    },

    async allContentLoaded({allContent, actions}) {
      const docs = currentDocs(allContent, MASTER_PLAN_DOCS_PLUGIN);
      const shadowed = docs.find((doc) => doc.permalink.startsWith(changesRoute));
      if (shadowed) {
        throw new Error(`${shadowed.source.replace(/^@site\//, '')}: its URL ${shadowed.permalink} is inside ${changesRoute}, where the master plan's changes are listed; give the page another file name or slug.`);
      }
      const {approved, chapters, notFound, problems} = await chaptersChangedSinceApproval(
        context.siteDir,
        await withFrontmatter(context.siteDir, docs),
        locale,
        {redlinePermalinkOf: (doc) => `${changesRoute}${doc.id}/`, changesPermalink: changesRoute},
      );
      for (const {message} of notFound) logger.warn(`Redline: ${message}`);
      for (const problem of problems) logger.warn(`Redline: ${problem.path}:${problem.line}:${problem.column} ${problem.message}`);

      actions.setGlobalData({
        changedSinceApproval: Object.fromEntries(chapters.map((chapter) => [chapter.permalink, chapter.redlinePermalink])),
      } satisfies RedlineGlobalData);

      for (const chapter of chapters) {
        const data = await actions.createData(`redline-${chapter.id.replaceAll('/', '--')}.json`, JSON.stringify(chapter));
        actions.addRoute({path: chapter.redlinePermalink, component: '@site/src/components/RedlinePage', modules: {redline: data}, exact: true});
      }
      const index: ChangesIndexData = {
        comparedWith: {kind: 'approval'},
        approvedChapters: approved,
        chapters: chapters.map(({metadata: _metadata, blocks: _blocks, changesPermalink: _changes, ...chapter}) => chapter),
      };
      const indexData = await actions.createData('redline-index.json', JSON.stringify(index));
      actions.addRoute({path: changesRoute, component: '@site/src/components/ChangesPage', modules: {changes: indexData}, exact: true});
    },
  };
}
