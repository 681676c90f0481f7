import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import {useProgress} from '@site/src/components/CurriculumProgress/store';
import {hoursLabel, levelLabel} from '@site/src/components/readers/levelLabel';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/** A curriculum module's duration, level, objectives and prerequisites, shown as a header card. */
export default function ModuleCard(): ReactNode {
  const {metadata} = useDoc();
  const {modules} = useReadersData();
  const progress = useProgress();
  const module = modules.find((candidate) => candidate.id === metadata.id);
  if (!module) return null; // the curriculum overview
  const prerequisites = module.prerequisites.flatMap((id) => modules.filter((candidate) => candidate.id === id));
  const done = progress.done.has(module.id);
  return (
    <section className={styles.card} aria-labelledby="module-card-title" data-testid="module-card">
      <p id="module-card-title" className={styles.heading}>
        <Translate id="readers.moduleCard.title">Tentang modul ini</Translate>
        {done && (
          <span className={styles.done} data-testid="module-card-done">
            {' · ✓ '}
            <Translate id="readers.moduleCard.done">Anda sudah menyelesaikan modul ini</Translate>
          </span>
        )}
      </p>
      <dl className={styles.facts}>
        <div>
          <dt>
            <Translate id="readers.moduleCard.duration">Durasi</Translate>
          </dt>
          <dd>{hoursLabel(module.hours)}</dd>
        </div>
        <div>
          <dt>
            <Translate id="readers.moduleCard.level">Jenjang</Translate>
          </dt>
          <dd>{levelLabel(module.level)}</dd>
        </div>
        <div>
          <dt>
            <Translate id="readers.moduleCard.prerequisites">Prasyarat</Translate>
          </dt>
          <dd>
            {prerequisites.length === 0 ? (
              <Translate id="readers.moduleCard.noPrerequisites">Tidak ada</Translate>
            ) : (
              prerequisites.map((prerequisite, index) => (
                <span key={prerequisite.id}>
                  {index > 0 && ', '}
                  <Link to={prerequisite.permalink}>{prerequisite.title}</Link>
                  {progress.done.has(prerequisite.id) && ' ✓'}
                </span>
              ))
            )}
          </dd>
        </div>
      </dl>
      <p className={styles.objectivesTitle}>
        <Translate id="readers.moduleCard.objectives">Setelah modul ini Anda dapat:</Translate>
      </p>
      <ul className={styles.objectives}>
        {module.objectives.map((objective) => (
          <li key={objective}>{objective}</li>
        ))}
      </ul>
    </section>
  );
}
