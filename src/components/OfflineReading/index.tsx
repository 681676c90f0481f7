import {useEffect, useState, type ReactNode} from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {offlineReadingChosen, setOfflineReadingChosen} from './offlineChoice';
import styles from './styles.module.css';

/** Where the reader's offline copy stands; `data-offline-state` on the control says it to tests. */
type OfflineState = 'off' | 'saving' | 'saved' | 'failed' | 'unsupported';

/** The worker's code, loaded on a click or for a reader who saved the site, never with the page. */
const offlineWorker = () => import('./offlineWorker');

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * "Save for offline reading": keeps the curricula and the master plan of the
 * reader's language (with the PDF and the search index) in this browser,
 * once the reader asks for it (issue 18). The status line is a live region,
 * so a screen reader hears when saving starts, ends or fails.
 */
export default function SaveForOffline(): ReactNode {
  const {i18n} = useDocusaurusContext();
  const locale = i18n.currentLocale;
  const [state, setState] = useState<OfflineState>('off');
  const [failure, setFailure] = useState('');

  async function save(): Promise<void> {
    setState('saving');
    setOfflineReadingChosen(locale, true);
    try {
      await (await offlineWorker()).saveForOffline();
      setState('saved');
    } catch (error) {
      setOfflineReadingChosen(locale, false);
      await (await offlineWorker()).removeOfflineCopy().catch(() => undefined);
      setFailure(reason(error));
      setState('failed');
    }
  }

  async function remove(): Promise<void> {
    setOfflineReadingChosen(locale, false);
    await (await offlineWorker()).removeOfflineCopy();
    setState('off');
  }

  useEffect(() => {
    // Service workers need a secure context (https, or localhost).
    if (!window.isSecureContext || !('serviceWorker' in navigator)) {
      setState('unsupported');
      return;
    }
    if (!offlineReadingChosen(locale)) return;
    // Chosen earlier: saved, or still saving (the reader opened another page meanwhile).
    void offlineWorker()
      .then(({offlineCopySaved}) => offlineCopySaved())
      .then((saved) => (saved ? setState('saved') : save()));
    // Once, on arrival: `save` is the same work whatever render made it.
  }, [locale]);

  return (
    <section className={styles.box} aria-labelledby="offline-reading-title" data-pagefind-ignore="all" data-testid="offline-reading" data-offline-state={state}>
      <p id="offline-reading-title" className={styles.title}>
        <Translate id="offline.control.title">Baca tanpa sambungan internet</Translate>
      </p>
      <p>
        <Translate id="offline.control.what">
          Simpan kurikulum dan rencana induk (dengan PDF dan pencariannya) di peramban ini, untuk dibaca di jalan atau saat sambungan terputus. Tanpa pilihan ini, tidak ada yang diunduh.
        </Translate>
      </p>
      {state === 'saved' ? (
        <button type="button" className="button button--secondary" onClick={() => void remove()} data-testid="offline-remove">
          <Translate id="offline.control.remove">Hapus salinan offline</Translate>
        </button>
      ) : (
        <button
          type="button"
          className="button button--primary"
          disabled={state === 'saving' || state === 'unsupported'}
          onClick={() => void save()}
          data-testid="offline-save">
          <Translate id="offline.control.save">Simpan untuk dibaca offline</Translate>
        </button>
      )}
      <p role="status" className={styles.status}>
        {state === 'saving' &&
          translate({id: 'offline.control.saving', message: 'Menyimpan… Anda boleh terus membaca; jangan tutup peramban sampai selesai.'})}
        {state === 'saved' &&
          translate({id: 'offline.control.saved', message: 'Tersimpan. Kurikulum dan rencana induk dapat dibaca tanpa sambungan di peramban ini.'})}
        {state === 'failed' &&
          translate(
            {id: 'offline.control.failed', message: 'Gagal menyimpan ({reason}). Coba lagi saat tersambung.'},
            {reason: failure},
          )}
        {state === 'unsupported' &&
          translate({id: 'offline.control.unsupported', message: 'Peramban ini tidak dapat menyimpan situs untuk dibaca offline.'})}
      </p>
    </section>
  );
}
