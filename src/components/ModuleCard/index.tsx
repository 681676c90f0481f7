import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import ChapterStatusBadge from '@site/src/components/ChapterStatusBadge';
import {useProgress} from '@site/src/components/CurriculumProgress/store';
import {hoursLabel, levelLabel, proposedLabel} from '@site/src/components/readers/levelLabel';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/**
 * A curriculum module's status, duration, level, objectives and prerequisites,
 * shown as a header card. Until the module is approved, duration, level and
 * prerequisites are marked as proposals (issue 15).
 */
export default function ModuleCard(): ReactNode {
  const {metadata} = useDoc();
  const {modules} = useReadersData();
  const progress = useProgress();
  const module = modules.find((candidate) => candidate.id === metadata.id);
  if (!module) return null; // the curriculum overview
  const prerequisites = module.prerequisites.flatMap((id) => modules.filter((candidate) => candidate.id === id));
  const done = progress.done.has(module.id);
  const proposed = module.status === 'approved' ? null : <span className={styles.proposed}> {proposedLabel()}</span>;
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
            <Translate id="readers.moduleCard.status">Status</Translate>
          </dt>
          <dd data-testid="module-card-status">
            <ChapterStatusBadge status={module.status} />
          </dd>
        </div>
        <div>
          <dt>
            <Translate id="readers.moduleCard.duration">Durasi</Translate>
          </dt>
          <dd>
            {hoursLabel(module.hours)}
            {proposed}
          </dd>
        </div>
        <div>
          <dt>
            <Translate id="readers.moduleCard.level">Jenjang</Translate>
          </dt>
          <dd>
            {levelLabel(module.level)}
            {proposed}
          </dd>
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
            {proposed}
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
