import {translate} from '@docusaurus/Translate';

import type {CollectionId} from '@site/src/content/collections';

/** Search filter value of each collection, in the current locale (the search modal offers them). */
export function collectionLabel(collection: CollectionId): string {
  switch (collection) {
    case 'rencana-induk':
      return translate({id: 'readers.collection.rencana-induk', message: 'Rencana induk', description: 'Search filter: master plan chapters'});
    case 'kurikulum':
      return translate({id: 'readers.collection.kurikulum', message: 'Kurikulum', description: 'Search filter: curriculum modules'});
    case 'konsultasi':
      return translate({id: 'readers.collection.konsultasi', message: 'Konsultasi', description: 'Search filter: consultation notes'});
    case 'siaran-pers':
      return translate({id: 'readers.collection.siaran-pers', message: 'Siaran pers', description: 'Search filter: press releases'});
  }
}

/** The collection a docs plugin instance publishes. */
export function collectionOfDocsPlugin(pluginId: string | undefined): CollectionId | undefined {
  if (pluginId === 'default') return 'rencana-induk';
  if (pluginId === 'kurikulum' || pluginId === 'konsultasi') return pluginId;
  return undefined;
}
