import {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/PwaReloadPopup';

import styles from './styles.module.css';

/**
 * The prompt a reader with an offline copy sees when a new build has been
 * deployed (swizzled from @docusaurus/plugin-pwa, rendered by
 * src/components/OfflineReading/offlineWorker.ts): "Konten baru tersedia —
 * muat ulang". It stays until the reader acts; until then every page still
 * comes from the old build. The live region exists before its text, so
 * screen readers announce the text when it appears; the buttons are in the
 * tab order.
 */
export default function PwaReloadPopup({onReload}: Props): ReactNode {
  const [visible, setVisible] = useState(true);
  const [announced, setAnnounced] = useState(false);
  useEffect(() => {
    // Set after the empty region is in the document: text inserted together with its region is often not read.
    const timer = window.setTimeout(() => setAnnounced(true), 100);
    return () => window.clearTimeout(timer);
  }, []);
  if (!visible) return null;
  return (
    <div className={`alert alert--info ${styles.popup}`} data-testid="update-prompt">
      <p role="status" aria-live="polite" className={styles.message}>
        {announced && translate({id: 'offline.update.message', message: 'Konten baru tersedia'})}
      </p>
      <div className={styles.buttons}>
        <button
          className="button button--primary button--sm"
          type="button"
          data-testid="update-reload"
          onClick={() => {
            setVisible(false);
            onReload();
          }}>
          <Translate id="offline.update.reload">Muat ulang</Translate>
        </button>
        <button
          className="button button--secondary button--sm"
          type="button"
          data-testid="update-later"
          onClick={() => setVisible(false)}>
          <Translate id="offline.update.close">Nanti</Translate>
        </button>
      </div>
    </div>
  );
}
