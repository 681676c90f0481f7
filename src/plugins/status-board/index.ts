import path from 'node:path';

import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

import {loadRegistries, REGISTRY_FILES, type Registries} from '../../toolkit/content/registries';
import {assigneeNames} from '../../content/assignees';
import {STATUS_BOARD_PLUGIN, type BoardData, type StatusBoardGlobalData} from '../../content/siteData/statusBoard';
import {todayIso} from '../../content/today';
import {MASTER_PLAN} from '../../toolkit/content/readChapters';
import {collectStatus, type StatusReport} from '../../toolkit/status';
import {currentDocs, MASTER_PLAN_DOCS_PLUGIN, sitePath} from '../loadedDocs';
import {oncePerBuild} from '../oncePerBuild';

interface Loaded {
  report: StatusReport;
  registries: Registries;
}

/**
 * The chapter status board at `/status/` in every locale, from the same report
 * as `masterplan status` (collected once per build, git included),
 * and the names of teams and people as global data for chapter headers.
 */
function pluginStatusBoard(context: LoadContext): Plugin<Loaded> {
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'id';
  return {
    name: STATUS_BOARD_PLUGIN,

    getPathsToWatch() {
      return [path.join(context.siteDir, MASTER_PLAN.dir, '**/*.{md,mdx}'), path.join(context.siteDir, MASTER_PLAN.enDir, '**/*.{md,mdx}'), ...Object.values(REGISTRY_FILES).map((file) => path.join(context.siteDir, file))];
    },

    loadContent() {
      // The report does not depend on the locale: collected (git included) once per build.
      return oncePerBuild(`status-board:${context.siteDir}`, async () => {
        const [report, registries] = await Promise.all([collectStatus(context.siteDir, todayIso()), loadRegistries(context.siteDir)]);
        return {report, registries};
      });
    },

    // After every plugin has loaded: each chapter's link is the permalink the
    // docs plugin gave its page, not a URL worked out again here.
    async allContentLoaded({allContent, actions}) {
      const {report, registries} = (allContent[STATUS_BOARD_PLUGIN]?.default ?? {}) as Loaded;
      // Keyed by the path inside the collection: in English builds `source` is the translation's file.
      const insideCollection = (file: string) => sitePath(file).replace(`${MASTER_PLAN.dir}/`, '').replace(`${MASTER_PLAN.enDir}/`, '');
      const permalinks = new Map(currentDocs(allContent, MASTER_PLAN_DOCS_PLUGIN).map((doc) => [insideCollection(doc.source), doc.permalink]));
      const permalinkOf = (chapterPath: string) => {
        const permalink = permalinks.get(insideCollection(chapterPath));
        if (permalink === undefined) throw new Error(`status board: the docs plugin has no page for ${chapterPath}; is it a Docusaurus draft?`);
        return permalink;
      };
      actions.setGlobalData({date: report.date, names: assigneeNames(registries, locale)} satisfies StatusBoardGlobalData);

      const board: BoardData = {
        date: report.date,
        counts: report.counts,
        programs: report.programs.map(({program, counts}) => ({
          id: program,
          name: program === null ? null : (registries.programs[program]?.name[locale] ?? program),
          counts,
        })),
        chapters: report.chapters.map(({title, titleEn, path: chapterPath, ...row}) => ({
          ...row,
          title: locale === 'en' ? titleEn : title,
          permalink: permalinkOf(chapterPath),
        })),
      };
      const boardPath = await actions.createData('status-board.json', JSON.stringify(board));
      actions.addRoute({
        path: `${context.baseUrl}status/`,
        component: '@site/src/components/StatusBoard',
        modules: {board: boardPath},
        exact: true,
      });
    },
  };
}

// The config's plugin list is typed for plugins of unknown content.
export default pluginStatusBoard as unknown as PluginModule;
