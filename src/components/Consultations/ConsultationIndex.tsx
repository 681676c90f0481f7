import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

import {useReadersData} from '@site/src/components/readers/useReadersData';

/** Formats a `YYYY-MM-DD` day in the page's language ("2 Maret 2016"). */
export function useDayFormat(): (day: string) => string {
  const {i18n} = useDocusaurusContext();
  const format = new Intl.DateTimeFormat(i18n.localeConfigs[i18n.currentLocale]?.htmlLang, {dateStyle: 'long', timeZone: 'UTC'});
  return (day) => format.format(new Date(`${day}T00:00:00Z`));
}

/** Every consultation note, newest first: date, meeting, topics and the participants' institutions. */
export default function ConsultationIndex(): ReactNode {
  const {consultations} = useReadersData();
  const formatDay = useDayFormat();
  return (
    <table data-testid="consultation-index">
      <caption>
        <Translate id="readers.consultations.caption">Semua catatan konsultasi, terbaru lebih dulu</Translate>
      </caption>
      <thead>
        <tr>
          <th scope="col"><Translate id="readers.consultations.date">Tanggal</Translate></th>
          <th scope="col"><Translate id="readers.consultations.meeting">Pertemuan</Translate></th>
          <th scope="col"><Translate id="readers.consultations.topics">Topik</Translate></th>
          <th scope="col"><Translate id="readers.consultations.institutions">Instansi peserta</Translate></th>
        </tr>
      </thead>
      <tbody>
        {consultations.map((note) => (
          <tr key={note.id}>
            <td><time dateTime={note.date}>{formatDay(note.date)}</time></td>
            <td><Link to={note.permalink}>{note.title}</Link></td>
            <td>
              <ul>
                {note.topics.map((topic) => <li key={topic}>{topic}</li>)}
              </ul>
            </td>
            <td>
              <ul>
                {note.institutions.map((institution) => <li key={institution}>{institution}</li>)}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
