import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';

import CurriculumProgress from '@site/src/components/CurriculumProgress';
import {useProgress} from '@site/src/components/CurriculumProgress/store';
import {hoursLabel, levelLabel} from '@site/src/components/readers/levelLabel';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import {SITE_TIME_ZONE} from '@site/src/content/today';
import styles from './styles.module.css';

/** "My progress": every module with its level, hours and whether it is done, printable from the browser. */
export default function ProgressSummary(): ReactNode {
  const {modules} = useReadersData();
  const progress = useProgress();
  const {i18n} = useDocusaurusContext();
  const [today, setToday] = useState<string | null>(null);
  useEffect(() => {
    // Today as the site counts days (src/content/today.ts), like every other date on the site.
    setToday(new Intl.DateTimeFormat(i18n.localeConfigs[i18n.currentLocale]?.htmlLang, {dateStyle: 'long', timeZone: SITE_TIME_ZONE}).format(new Date()));
  }, [i18n]);
  const yes = translate({id: 'readers.summary.done', message: 'Selesai'});
  const no = translate({id: 'readers.summary.notDone', message: 'Belum'});
  return (
    <article className={styles.summary}>
      <Heading as="h1">
        <Translate id="readers.summary.title">Kemajuan belajar saya</Translate>
      </Heading>
      <p>
        <Translate id="readers.summary.intro">
          Kemajuan ini hanya tersimpan di peramban ini, tanpa akun. Cetak halaman ini (Ctrl+P atau Cmd+P) untuk menyimpannya atau menyerahkannya kepada pengajar.
        </Translate>
      </p>
      {today && (
        <p>
          <Translate id="readers.summary.date" values={{date: today}}>
            {'Dicetak pada {date}.'}
          </Translate>
        </p>
      )}
      <CurriculumProgress modules={modules} printLink={false} />
      <table className={styles.table}>
        <caption className={styles.caption}>
          <Translate id="readers.summary.caption">Modul kurikulum dan statusnya</Translate>
        </caption>
        <thead>
          <tr>
            <th scope="col"><Translate id="readers.summary.module">Modul</Translate></th>
            <th scope="col"><Translate id="readers.summary.level">Jenjang</Translate></th>
            <th scope="col"><Translate id="readers.summary.hours">Durasi</Translate></th>
            <th scope="col"><Translate id="readers.summary.status">Status</Translate></th>
          </tr>
        </thead>
        <tbody>
          {modules.map((module) => (
            <tr key={module.id} data-module={module.id}>
              <td><Link to={module.permalink}>{module.title}</Link></td>
              <td>{levelLabel(module.level)}</td>
              <td>{hoursLabel(module.hours)}</td>
              <td>{progress.ready ? (progress.done.has(module.id) ? `✓ ${yes}` : no) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className={`button button--primary ${styles.print}`} onClick={() => window.print()}>
        <Translate id="readers.summary.print">Cetak ringkasan</Translate>
      </button>
    </article>
  );
}
