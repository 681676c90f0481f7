import type {LoadContext, Plugin} from '@docusaurus/types';
import type {BlogContent} from '@docusaurus/plugin-content-blog';

import {todayIso} from '../../content/today';
import {loadRegistries} from '../../toolkit/content/registries';
import {currentDocs, withFrontmatter} from '../loadedDocs';
import {gatherConsultations} from './consultations';
import {glossaryEntries} from './glossary';
import {gatherModules} from './modules';
import {gatherPressDates} from './pressDates';
import {searchTermsOf} from './searchTerms';
import {loadTimeline, timelineEntries} from './timeline';
import type {ReadersData} from '../../content/siteData/readers';

/**
 * Gathers what readers' features show (curriculum map, module cards, glossary,
 * consultation index and actions, cooperation timeline, press dates) from the
 * loaded docs, the blog and the registries, and writes it as a data module
 * (`@generated/readers/default/readers-data.json`, read by `useReadersData()`). Rendering happens at build time; nothing is fetched.
 */
/** File name of the data module (under `.docusaurus/readers/default/`). */
export const READERS_DATA_FILE = 'readers-data.json';
/**
 * File name of the search expansions' data module, read by the search dialog
 * only: it lands in the dialog's lazy chunk, not in any page's JavaScript.
 */
export const SEARCH_TERMS_FILE = 'search-terms.json';

export default function pluginReaders(context: LoadContext): Plugin {
  const locale = context.i18n.currentLocale === 'en' ? 'en' : 'id';
  return {
    name: 'readers',
    getPathsToWatch() {
      return ['data/*.yml'].map((pattern) => `${context.siteDir}/${pattern}`);
    },
    async allContentLoaded({allContent, actions}) {
      const [registries, timeline, consultations, modules] = await Promise.all([
        loadRegistries(context.siteDir),
        loadTimeline(context.siteDir),
        withFrontmatter(context.siteDir, currentDocs(allContent, 'konsultasi')),
        withFrontmatter(context.siteDir, currentDocs(allContent, 'kurikulum')),
      ]);
      const {notes, actions: followUps} = gatherConsultations(consultations, registries, locale);
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      const data: ReadersData = {
        modules: gatherModules(modules),
        consultations: notes,
        actions: followUps,
        glossary: glossaryEntries(registries.glossary, locale),
        timeline: timelineEntries(timeline, locale),
        pressDates: await gatherPressDates(
          context.siteDir,
          (blog?.blogPosts ?? []).map((post) => ({permalink: post.metadata.permalink, source: post.metadata.source})),
        ),
        builtOn: todayIso(),
      };
      // A data module, not global data: global data ships in every page's main
      // bundle, this only in the chunks of the components that read it.
      await actions.createData(READERS_DATA_FILE, JSON.stringify(data));
      await actions.createData(SEARCH_TERMS_FILE, JSON.stringify(searchTermsOf(registries.glossary, locale)));
    },
  };
}
