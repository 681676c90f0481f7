import path from 'node:path';

import logger from '@docusaurus/logger';
import type {AllContent, LoadContext, Plugin, PluginContentLoadedActions} from '@docusaurus/types';

import {MASTER_PLAN} from '../../toolkit/content/readChapters';
import {publishedEditions} from '../../toolkit/edition/editionVersions';
import {compareVersions, type RedlineLocale} from '../../toolkit/redline';
import {REDLINE_PLUGIN, type ChangedChapter, type ChangesIndexData, type ChapterRedlineData, type RedlineGlobalData} from '../../content/siteData/redline';
import {currentDocs, MASTER_PLAN_DOCS_PLUGIN, sitePath, versionDocs, withFrontmatter, type DocPage} from '../loadedDocs';
import {oncePerBuild} from '../oncePerBuild';
import {chaptersChangedSinceApproval} from './changedSinceApproval';
import {chaptersChangedSinceEdition} from './changedSinceEdition';
import {changesIndexStrings} from './strings';

/** The changes page's folder under the master plan's URL: `/rencana-induk/perubahan/`. */
export const CHANGES_SEGMENT = 'perubahan';

/** A chapter page inside the changes page's URLs would be hidden by them: refused, naming the file. */
function refuseShadowedDocs(docs: readonly DocPage[], changesRoute: string): void {
  const shadowed = docs.find((doc) => doc.permalink.startsWith(changesRoute));
  if (shadowed) {
    throw new Error(
      `${sitePath(shadowed.source)}: its URL ${shadowed.permalink} is inside ${changesRoute}, where the master plan's changes are listed; give the page another file name or slug.`,
    );
  }
}

/** The draft's chapters of this locale changed since the last edition; the comparison itself (both locales) is made once per build. */
async function changedSinceEdition(siteDir: string, edition: string, allContent: AllContent, locale: RedlineLocale, changesRoute: string): Promise<ChapterRedlineData[]> {
  const report = await oncePerBuild(`redline:edition:${siteDir}:${edition}`, () =>
    compareVersions(siteDir, {base: {kind: 'edition', name: edition}, head: {kind: 'worktree'}}),
  );
  return chaptersChangedSinceEdition(report.pages, locale, {
    edition,
    draft: currentDocs(allContent, MASTER_PLAN_DOCS_PLUGIN),
    published: versionDocs(allContent, MASTER_PLAN_DOCS_PLUGIN, edition),
    redlinePermalinkOf: (id) => `${changesRoute}${edition}/${id}/`,
    changesPermalink: changesRoute,
  });
}

/** A chapter as the changes page lists it: without its text. */
function listed({metadata: _metadata, blocks: _blocks, changesPermalink: _changes, strings: _strings, ...chapter}: ChapterRedlineData): ChangedChapter {
  return chapter;
}

/** One redline page: its data as a module of its own, so only that page loads it. */
async function addRedlinePage(actions: PluginContentLoadedActions, chapter: ChapterRedlineData): Promise<void> {
  const name = chapter.redlinePermalink.replace(/^\/|\/$/g, '').replaceAll('/', '--');
  const data = await actions.createData(`${name}.json`, JSON.stringify(chapter));
  actions.addRoute({path: chapter.redlinePermalink, component: '@site/src/components/RedlinePage', modules: {redline: data}, exact: true});
}

/**
 * What changed in the master plan (issue 17): a redline page per chapter
 * approved and changed since (`/rencana-induk/perubahan/<chapter>/`), which
 * the chapter's page links to ("changed since approval", global data); and
 * `/rencana-induk/perubahan/`, listing what changed in the draft since the
 * last published edition (each with its redline at
 * `/rencana-induk/perubahan/<edition>/<chapter>/`) or, with no edition, the
 * chapters changed since their approval. Everything is decided at build time
 * from the chapters, the editions and git; no page fetches anything.
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
      refuseShadowedDocs(docs, changesRoute);
      const sinceApproval = await chaptersChangedSinceApproval(context.siteDir, await withFrontmatter(context.siteDir, docs), locale, {
        redlinePermalinkOf: (doc) => `${changesRoute}${doc.id}/`,
        changesPermalink: changesRoute,
      });
      for (const {message} of sinceApproval.notFound) logger.warn(`Redline: ${message}`);
      for (const problem of sinceApproval.problems) logger.warn(`Redline: ${problem.path}:${problem.line}:${problem.column} ${problem.message}`);
      const lastEdition = publishedEditions(context.siteDir)[0];
      const sinceEdition = lastEdition === undefined ? undefined : await changedSinceEdition(context.siteDir, lastEdition, allContent, locale, changesRoute);

      actions.setGlobalData({
        changedSinceApproval: Object.fromEntries(sinceApproval.chapters.map((chapter) => [chapter.permalink, chapter.redlinePermalink])),
      } satisfies RedlineGlobalData);
      for (const chapter of [...sinceApproval.chapters, ...(sinceEdition ?? [])]) await addRedlinePage(actions, chapter);
      const listing: Omit<ChangesIndexData, 'strings'> = {
        comparedWith: lastEdition === undefined ? {kind: 'approval'} : {kind: 'edition', edition: lastEdition},
        approvedChapters: sinceApproval.approved,
        chapters: (sinceEdition ?? sinceApproval.chapters).map(listed),
      };
      const index: ChangesIndexData = {...listing, strings: changesIndexStrings(locale, listing)};
      const indexData = await actions.createData('redline-index.json', JSON.stringify(index));
      actions.addRoute({path: changesRoute, component: '@site/src/components/ChangesPage', modules: {changes: indexData}, exact: true});
    },
  };
}
