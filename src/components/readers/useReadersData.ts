import data from '@generated/readers/default/readers-data.json';

import type {ReadersData} from '@site/src/content/siteData/readers';

/**
 * What the readers plugin gathered at build time for the current locale. It
 * is a data module, so only pages using readers' components load it.
 */
export function useReadersData(): ReadersData {
  return data;
}
