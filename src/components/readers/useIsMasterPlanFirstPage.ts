import {findFirstSidebarItemLink, useDoc, useDocsSidebar, useDocsVersion} from '@docusaurus/plugin-content-docs/client';

/**
 * Whether the doc on screen is the first page of the master plan's current
 * text (the sidebar's first link): where the PDF download and the offline
 * reading control sit. Call it on a master plan doc page.
 */
export function useIsMasterPlanFirstPage(): boolean {
  const {metadata} = useDoc();
  const sidebar = useDocsSidebar();
  const version = useDocsVersion();
  const firstLink = sidebar?.items.map(findFirstSidebarItemLink).find((link) => link !== undefined);
  return version.version === 'current' && firstLink === metadata.permalink;
}
