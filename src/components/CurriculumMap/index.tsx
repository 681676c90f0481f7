import {Fragment, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import clsx from 'clsx';

import CurriculumProgress from '@site/src/components/CurriculumProgress';
import {useProgress} from '@site/src/components/CurriculumProgress/store';
import {hoursLabel, levelLabel, proposedLabel} from '@site/src/components/readers/levelLabel';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import {MODULE_LEVELS, totalHours} from '@site/src/content/levels';
import {layoutCurriculum, NODE} from './layout';
import styles from './styles.module.css';

/**
 * The curriculum map: modules as boxes grouped by level, prerequisites as
 * arrows, total hours, and the trainee's progress. Drawn as plain SVG at build
 * time from the readers plugin's data; the browser only adds "done" marks.
 * Levels, hours and prerequisites of modules not yet approved are proposals,
 * and the map says so (issue 15).
 */
export default function CurriculumMap(): ReactNode {
  const {modules} = useReadersData();
  const progress = useProgress();
  const layout = layoutCurriculum(modules);
  const titles = new Map(modules.map((module) => [module.id, module.title]));
  const doneLabel = translate({id: 'readers.map.done', message: 'selesai'});
  const proposals = modules.filter((module) => module.status !== 'approved').length;
  return (
    <section className={styles.map} aria-labelledby="peta-kurikulum">
      <Heading as="h2" id="peta-kurikulum">
        <Translate id="readers.map.title">Peta kurikulum</Translate>
      </Heading>
      <p>
        {translate(
          {id: 'readers.map.totals', message: 'Modul: {count}. Total waktu belajar: {hours}. Panah menunjuk dari modul prasyarat ke modul yang membutuhkannya.'},
          {count: String(modules.length), hours: hoursLabel(totalHours(modules))},
        )}
      </p>
      {proposals > 0 && (
        <p data-testid="curriculum-proposals">
          {translate(
            {
              id: 'readers.map.proposals',
              message: '{count} dari {total} modul belum disetujui: jenjang, durasi, dan prasyaratnya masih usulan.',
              description: 'How many modules are not approved yet, so their level, hours and prerequisites are proposals',
            },
            {count: String(proposals), total: String(modules.length)},
          )}
        </p>
      )}
      <CurriculumProgress modules={modules} />
      <div className={styles.scroll}>
        <svg
          className={styles.svg}
          viewBox={`-2 -2 ${layout.width + 4} ${layout.height + 4}`}
          width="100%"
          role="group"
          aria-labelledby="peta-kurikulum"
          data-testid="curriculum-map">
          <defs>
            <marker id="curriculum-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
              <path d="M0,0 L10,5 L0,10 z" className={styles.arrowHead} />
            </marker>
          </defs>
          {layout.columns.map((column) => (
            <text key={column.level} x={column.x + NODE.width / 2} y={20} textAnchor="middle" className={styles.columnLabel}>
              {levelLabel(column.level)}
            </text>
          ))}
          {layout.arrows.map((arrow) => (
            <path key={`${arrow.from}-${arrow.to}`} d={arrow.d} className={styles.arrow} markerEnd="url(#curriculum-arrow)" />
          ))}
          {layout.nodes.map((node) => {
            const done = progress.done.has(node.module.id);
            return (
              <a
                key={node.module.id}
                href={node.module.permalink}
                className={clsx(styles.node, done && styles.nodeDone)}
                data-module={node.module.id}
                data-done={done ? 'true' : 'false'}
                aria-label={[node.module.title, hoursLabel(node.module.hours), ...(done ? [doneLabel] : [])].join(', ')}>
                <rect x={node.x} y={node.y} width={NODE.width} height={NODE.height} rx={8} />
                {/* The spaces between the <text> elements are not drawn, but the visible label is read from the
                    joined text: without them "Dasar-dasar" + "e-government" + "6 jam" is one word, and the
                    accessible name no longer starts with the visible label (WCAG 2.5.3, issue 13). */}
                {node.lines.map((line, index) => (
                  <Fragment key={index}>
                    <text x={node.x + 12} y={node.y + 22 + index * 18} className={styles.nodeTitle}>
                      {line}
                    </text>{' '}
                  </Fragment>
                ))}
                <text x={node.x + 12} y={node.y + NODE.height - 10} className={styles.nodeMeta}>
                  {hoursLabel(node.module.hours)}
                  {done ? ` · ✓ ${doneLabel}` : ''}
                </text>
              </a>
            );
          })}
        </svg>
      </div>
      {MODULE_LEVELS.filter((level) => modules.some((module) => module.level === level)).map((level) => (
        <div key={level}>
          <Heading as="h3" id={`jenjang-${level}`}>
            {levelLabel(level)}
          </Heading>
          <ul className={styles.list}>
            {modules
              .filter((module) => module.level === level)
              .map((module) => (
                <li key={module.id} data-module={module.id}>
                  <Link to={module.permalink}>{module.title}</Link> ({hoursLabel(module.hours)})
                  {module.status !== 'approved' && ` ${proposedLabel()}`}
                  {progress.done.has(module.id) && <strong className={styles.doneBadge}> ✓ {doneLabel}</strong>}
                  {module.prerequisites.length > 0 && (
                    <>
                      {' — '}
                      <Translate id="readers.map.prerequisites">Prasyarat:</Translate>{' '}
                      {module.prerequisites.map((id) => titles.get(id) ?? id).join(', ')}
                    </>
                  )}
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
