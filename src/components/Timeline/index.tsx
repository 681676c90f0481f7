import type {ReactNode} from 'react';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {useReadersData} from '@site/src/components/readers/useReadersData';
import type {TimelineEntry} from '@site/src/content/siteData/readers';
import styles from './styles.module.css';

/** "4 Desember 2006" for a day, "2016–2019" for a span of years. */
function formatWhen(when: string, locale: string | undefined): string {
  const span = /^(\d{4})\/(\d{4})$/.exec(when);
  if (span) return `${span[1]}–${span[2]}`;
  return new Intl.DateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${when}T00:00:00Z`));
}

/** The `datetime` of a milestone: the day, or the first year of a span. */
function machineWhen(when: string): string {
  return when.includes('/') ? when.split('/')[0]! : when;
}

/**
 * The cooperation's milestones from data/timeline.yml, oldest first, as an
 * ordered list. Reusable anywhere; `limit` keeps only the newest milestones.
 */
export default function Timeline({limit}: {limit?: number}): ReactNode {
  const {timeline} = useReadersData();
  const {i18n} = useDocusaurusContext();
  const locale = i18n.localeConfigs[i18n.currentLocale]?.htmlLang;
  const entries: TimelineEntry[] = limit ? timeline.slice(-limit) : timeline;
  return (
    <ol className={styles.timeline} data-testid="timeline">
      {entries.map((entry) => (
        <li key={`${entry.when}-${entry.event}`} className={styles.milestone}>
          <time className={styles.when} dateTime={machineWhen(entry.when)}>
            {formatWhen(entry.when, locale)}
          </time>
          <span className={styles.event}>{entry.event}</span>
          {entry.place && <span className={styles.place}>{entry.place}</span>}
        </li>
      ))}
    </ol>
  );
}
