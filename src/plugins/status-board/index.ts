import path from 'node:path';

import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';

import {loadRegistries, REGISTRY_FILES, type Registries} from '../../toolkit/content/registries';
import {MASTER_PLAN, readChapters} from '../../toolkit/content/readChapters';
import {todayIso} from '../../toolkit/dates/today';
import {collectStatus, type StatusReport} from '../../toolkit/status';
import {oncePerBuild} from '../oncePerBuild';
import {STATUS_BOARD_PLUGIN, type BoardData, type StatusBoardGlobalData} from './boardData';
import {chapterPermalink} from './chapterPermalink';

interface Loaded {
  report: StatusReport;
  registries: Registries;
  slugs: Map<string, string | undefined>;
}

/**
 * The chapter status board at `/status/` in every locale, from the same report
 * as `masterplan status` (collected once per build, git included),
 * and the people registry's names as global data for chapter headers.
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
        const [report, registries, {chapters}] = await Promise.all([
          collectStatus(context.siteDir, todayIso()),
          loadRegistries(context.siteDir),
          readChapters(context.siteDir),
        ]);
        const slugs = new Map(chapters.map((chapter) => [chapter.id, chapter.frontMatter.slug]));
        return {report, registries, slugs};
      });
    },

    async contentLoaded({content, actions}) {
      const {report, registries, slugs} = content;
      const people = Object.fromEntries(Object.entries(registries.people).map(([id, person]) => [id, person.name]));
      actions.setGlobalData({date: report.date, people} satisfies StatusBoardGlobalData);

      const board: BoardData = {
        date: report.date,
        counts: report.counts,
        programs: report.programs.map(({program, counts}) => ({
          id: program,
          name: program === null ? null : (registries.programs[program]?.name[locale] ?? program),
          counts,
        })),
        chapters: report.chapters.map(({title, titleEn, path: _path, ...row}) => ({
          ...row,
          title: locale === 'en' ? titleEn : title,
          permalink: chapterPermalink(MASTER_PLAN.route, row.id, slugs.get(row.id)),
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
