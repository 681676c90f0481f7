import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';

import {totalHours} from '@site/src/content/levels';
import type {CurriculumModule} from '@site/src/content/siteData/readers';
import {hoursLabel} from '@site/src/components/readers/levelLabel';
import {storageAvailable, useProgress} from './store';
import styles from './styles.module.css';

/**
 * The trainee's progress as a bar (modules and hours done), with a reset button
 * and a link to the printable summary. Before hydration, or without storage, it
 * says so instead of showing a wrong number.
 */
export default function CurriculumProgress({modules, printLink = true}: {modules: readonly CurriculumModule[]; printLink?: boolean}): ReactNode {
  const progress = useProgress();
  const done = modules.filter((module) => progress.done.has(module.id));
  const label = translate(
    {id: 'readers.progress.summary', message: '{done} dari {total} modul selesai ({hours} dari {totalHours})'},
    {done: String(done.length), total: String(modules.length), hours: hoursLabel(totalHours(done)), totalHours: hoursLabel(totalHours(modules))},
  );
  return (
    <div className={styles.progress} data-pagefind-ignore="all">
      <label className={styles.label} htmlFor="curriculum-progress">
        <Translate id="readers.progress.title">Kemajuan belajar Anda</Translate>
        {': '}
        <span data-testid="progress-summary">{progress.ready ? label : '…'}</span>
      </label>
      <progress id="curriculum-progress" className={styles.bar} max={modules.length} value={progress.ready ? done.length : 0}>
        {label}
      </progress>
      <div className={styles.actions}>
        {printLink && (
          <Link to="/kemajuan-belajar/">
            <Translate id="readers.progress.printLink">Ringkasan untuk dicetak</Translate>
          </Link>
        )}
        <button type="button" className="button button--sm button--outline button--secondary" onClick={progress.reset} disabled={!progress.ready || done.length === 0}>
          <Translate id="readers.progress.reset">Atur ulang kemajuan</Translate>
        </button>
      </div>
      {progress.ready && !storageAvailable() && (
        <p className={styles.note} role="status">
          <Translate id="readers.progress.noStorage">
            Peramban ini tidak mengizinkan situs menyimpan data, jadi kemajuan hanya diingat sampai halaman ditutup.
          </Translate>
        </p>
      )}
    </div>
  );
}
