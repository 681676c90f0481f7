import type {ReactNode} from 'react';
import {usePluginData} from '@docusaurus/useGlobalData';
import useBaseUrl from '@docusaurus/useBaseUrl';

import type {PdfDownloadData} from '@site/src/content/siteData/pdfDownload';

import styles from './styles.module.css';

/**
 * A plain link to the latest PDF of the master plan, when the build makes the
 * PDF. src/theme/DocItem/Content shows it on the first chapter of the current
 * text only (useIsMasterPlanFirstPage).
 */
export default function MasterPlanDownload(): ReactNode {
  const {download} = usePluginData('masterplan-pdf-download') as PdfDownloadData;
  const href = useBaseUrl(download?.href ?? '/');
  if (!download) return null;
  return (
    <p className={`masterplan-pdf-download ${styles.download}`}>
      <a href={href} download>
        {download.label}
      </a>
    </p>
  );
}
