import type {ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {findFirstSidebarItemLink, useDoc, useDocsSidebar, useDocsVersion} from '@docusaurus/plugin-content-docs/client';

import type {PdfDownloadData} from '@site/src/content/siteData/pdfDownload';

import styles from './styles.module.css';

/**
 * A plain link to the latest PDF of the master plan, on the first chapter of
 * the current text only, and only when the build makes the PDF.
 */
export default function MasterPlanDownload(): ReactNode {
  const {download} = usePluginData('masterplan-pdf-download') as PdfDownloadData;
  const {metadata} = useDoc();
  const sidebar = useDocsSidebar();
  const version = useDocsVersion();
  const href = useBaseUrl(download?.href ?? '/');
  const firstLink = sidebar?.items.map(findFirstSidebarItemLink).find((link) => link !== undefined);
  if (!download || version.version !== 'current' || firstLink !== metadata.permalink) return null;
  return (
    <p className={`masterplan-pdf-download ${styles.download}`}>
      <a href={href} download>
        {download.label}
      </a>
    </p>
  );
}
