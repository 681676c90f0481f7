import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import CurriculumProgress from '@site/src/components/CurriculumProgress';
import {useProgress} from '@site/src/components/CurriculumProgress/store';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/**
 * After a module's self-check list: a button to mark the module done (or not),
 * the progress bar, and the way back to the curriculum map. Progress stays in
 * this browser only.
 */
export default function ModuleDone(): ReactNode {
  const {metadata} = useDoc();
  const {modules} = useReadersData();
  const progress = useProgress();
  if (!modules.some((module) => module.id === metadata.id)) return null;
  const done = progress.done.has(metadata.id);
  return (
    <section className={styles.box} aria-labelledby="module-done-title" data-pagefind-ignore="all">
      <p id="module-done-title" className={styles.title}>
        <Translate id="readers.moduleDone.title">Sudah menjawab semua pertanyaan cek mandiri?</Translate>
      </p>
      <button
        type="button"
        className={`button ${done ? 'button--secondary' : 'button--primary'}`}
        aria-pressed={done}
        disabled={!progress.ready}
        onClick={() => progress.setDone(metadata.id, !done)}
        data-testid="mark-done">
        {done ? (
          <Translate id="readers.moduleDone.undo">✓ Selesai (klik untuk membatalkan)</Translate>
        ) : (
          <Translate id="readers.moduleDone.mark">Tandai modul ini selesai</Translate>
        )}
      </button>
      <CurriculumProgress modules={modules} />
      <Link to="/kurikulum/#peta-kurikulum">
        <Translate id="readers.moduleDone.backToMap">Kembali ke peta kurikulum</Translate>
      </Link>
    </section>
  );
}
