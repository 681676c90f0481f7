import type {ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';

import type {PdfDownloadData} from '@site/src/content/siteData/pdfDownload';
import {useIsMasterPlanFirstPage} from '@site/src/components/readers/useIsMasterPlanFirstPage';

import styles from './styles.module.css';

/**
 * A plain link to the latest PDF of the master plan, on the first chapter of
 * the current text only, and only when the build makes the PDF.
 */
export default function MasterPlanDownload(): ReactNode {
  const {download} = usePluginData('masterplan-pdf-download') as PdfDownloadData;
  const firstPage = useIsMasterPlanFirstPage();
  const href = useBaseUrl(download?.href ?? '/');
  if (!download || !firstPage) return null;
  return (
    <p className={`masterplan-pdf-download ${styles.download}`}>
      <a href={href} download>
        {download.label}
      </a>
    </p>
  );
}
