import {usePluginData} from '@docusaurus/useGlobalData';

import type {ReadersData} from '@site/src/plugins/readers/types';

/** The readers plugin's global data for the current locale. */
export function useReadersData(): ReadersData {
  return usePluginData('readers') as ReadersData;
}
