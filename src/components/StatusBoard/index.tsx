import type {ReactNode} from 'react';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';

import ChapterStatusBadge, {chapterStatusLabel} from '@site/src/components/ChapterStatusBadge';
import {STATUS_BOARD_PLUGIN, type BoardChapter, type BoardData, type StatusBoardGlobalData} from '@site/src/content/siteData/statusBoard';
import {CHAPTER_STATUSES, type StatusCounts, type TranslationState} from '@site/src/content/status';

import styles from './styles.module.css';

function translationLabel(state: TranslationState): string {
  switch (state) {
    case 'missing':
      return translate({id: 'statusBoard.translation.missing', message: 'belum ada', description: 'English translation does not exist'});
    case 'stale':
      return translate({id: 'statusBoard.translation.stale', message: 'usang', description: 'English translation older than the Indonesian text'});
    case 'current':
      return translate({id: 'statusBoard.translation.current', message: 'terkini', description: 'English translation up to date'});
  }
}

/** A horizontal bar split by status, widths in proportion; the numbers are also written out for screen readers. */
function StatusBar({counts, label}: {counts: StatusCounts; label: string}): ReactNode {
  const total = CHAPTER_STATUSES.reduce((sum, status) => sum + counts[status], 0);
  const summary = CHAPTER_STATUSES.map((status) => `${chapterStatusLabel(status)}: ${counts[status]}`).join(', ');
  return (
    <div className={styles.barRow}>
      <span className={styles.barLabel}>{label}</span>
      <div className={styles.bar} role="img" aria-label={`${label} — ${summary}`}>
        {CHAPTER_STATUSES.filter((status) => counts[status] > 0).map((status) => (
          <span key={status} className={clsx(styles.segment, styles[status])} style={{flexGrow: counts[status]}} title={`${chapterStatusLabel(status)}: ${counts[status]}`}>
            {counts[status]}
          </span>
        ))}
        {total === 0 && <span className={styles.empty}>0</span>}
      </div>
    </div>
  );
}

function ChapterRow({chapter, nameOf}: {chapter: BoardChapter; nameOf: Record<string, string>}): ReactNode {
  const names = (ids: string[]) => ids.map((id) => nameOf[id] ?? id).join(', ');
  const staleTranslation = chapter.translation !== 'current';
  return (
    <tr className={clsx(chapter.reviewOverdue && styles.overdueRow)} data-chapter={chapter.chapter}>
      <td className={styles.number}>{chapter.chapter}</td>
      <td><Link to={chapter.permalink}>{chapter.title}</Link></td>
      <td><ChapterStatusBadge status={chapter.status} /></td>
      <td>{names(chapter.owners)}</td>
      <td>{names(chapter.reviewers) || '–'}</td>
      <td>
        {chapter.lastChange ? (
          <>
            <time dateTime={chapter.lastChange.date}>{chapter.lastChange.date.slice(0, 10)}</time>
            <br />
            <span className={styles.author}>{chapter.lastChange.author}</span>
          </>
        ) : (
          '–'
        )}
      </td>
      <td className={styles.number}>{chapter.words}</td>
      <td className={clsx(staleTranslation && styles.stale)} data-translation={chapter.translation}>{translationLabel(chapter.translation)}</td>
      <td className={clsx(chapter.reviewOverdue && styles.overdue)} data-overdue={chapter.reviewOverdue ? '' : undefined}>
        {chapter.reviewBy ? <time dateTime={chapter.reviewBy}>{chapter.reviewBy}</time> : '–'}
        {chapter.reviewOverdue && (
          <>
            {' '}
            <strong><Translate id="statusBoard.overdue">terlambat</Translate></strong>
          </>
        )}
      </td>
    </tr>
  );
}

/**
 * `/status/`: where every master plan chapter stands, built from the same
 * report as `npx masterplan status` (see src/plugins/status-board/).
 */
export default function StatusBoard({board}: {board: BoardData}): ReactNode {
  const {names: nameOf} = usePluginData(STATUS_BOARD_PLUGIN) as StatusBoardGlobalData;
  const title = translate({id: 'statusBoard.title', message: 'Status bab rencana induk', description: 'Title of the status board page'});
  const overdue = board.chapters.filter((chapter) => chapter.reviewOverdue);
  const stale = board.chapters.filter((chapter) => chapter.translation !== 'current');
  const outsidePrograms = translate({id: 'statusBoard.programs.none', message: 'Di luar program', description: 'Chapters that belong to no program'});
  return (
    <Layout
      title={title}
      description={translate({id: 'statusBoard.description', message: 'Status, penanggung jawab, dan jadwal tinjauan setiap bab rencana induk.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          <Translate id="statusBoard.intro" values={{date: <time dateTime={board.date}>{board.date}</time>, count: board.chapters.length}}>
            {'Keadaan {count} bab per {date}, dihitung dari repositori saat situs dibangun.'}
          </Translate>
        </p>

        <section aria-labelledby="per-status">
          <Heading as="h2" id="per-status"><Translate id="statusBoard.perStatus">Bab per status</Translate></Heading>
          <StatusBar counts={board.counts} label={translate({id: 'statusBoard.allChapters', message: 'Semua bab'})} />
          <ul className={styles.legend}>
            {CHAPTER_STATUSES.map((status) => (
              <li key={status}>
                <ChapterStatusBadge status={status} /> {board.counts[status]}
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="per-program">
          <Heading as="h2" id="per-program"><Translate id="statusBoard.perProgram">Bab per program</Translate></Heading>
          {board.programs.map((program) => (
            <StatusBar key={program.id ?? ''} counts={program.counts} label={program.name ?? outsidePrograms} />
          ))}
        </section>

        <section aria-labelledby="attention">
          <Heading as="h2" id="attention"><Translate id="statusBoard.attention">Perlu perhatian</Translate></Heading>
          <p className={clsx(overdue.length > 0 && styles.overdue)}>
            <Translate id="statusBoard.overdueCount" values={{count: overdue.length}}>{'Tinjauan terlambat: {count} bab.'}</Translate>{' '}
            {overdue.map((chapter) => chapter.title).join(', ')}
          </p>
          <p className={clsx(stale.length > 0 && styles.stale)}>
            <Translate id="statusBoard.staleCount" values={{count: stale.length}}>{'Terjemahan Inggris belum ada atau usang: {count} bab.'}</Translate>{' '}
            {stale.map((chapter) => chapter.title).join(', ')}
          </p>
        </section>

        <section aria-labelledby="chapters">
          <Heading as="h2" id="chapters"><Translate id="statusBoard.chapters">Semua bab</Translate></Heading>
          <div className={styles.tableWrapper}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col"><Translate id="statusBoard.column.number">No.</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.title">Bab</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.status">Status</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.owners">Penanggung jawab</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.reviewers">Peninjau</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.lastChange">Perubahan terakhir</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.words">Kata</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.translation">Terjemahan Inggris</Translate></th>
                  <th scope="col"><Translate id="statusBoard.column.reviewBy">Tinjau paling lambat</Translate></th>
                </tr>
              </thead>
              <tbody>
                {board.chapters.map((chapter) => (
                  <ChapterRow key={chapter.id} chapter={chapter} nameOf={nameOf} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </Layout>
  );
}
