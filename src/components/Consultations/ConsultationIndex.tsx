import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';

import {actionStateLabel} from '@site/src/components/readers/actionStateLabel';
import {useDayFormat} from '@site/src/components/readers/useDayFormat';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import {ACTION_STATES} from '@site/src/content/actionState';

/** "2 tidak diketahui, 1 selesai": a note's follow-up actions counted by state, in words; "–" without actions. */
function actionSummary(states: readonly string[]): string {
  const parts = ACTION_STATES.flatMap((state) => {
    const count = states.filter((candidate) => candidate === state).length;
    return count > 0 ? [`${count} ${actionStateLabel(state).toLowerCase()}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : '–';
}

/** Every consultation note, newest first: date, meeting, topics, the participants' institutions and where its actions stand. */
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
          <th scope="col"><Translate id="readers.consultations.actions">Tindak lanjut</Translate></th>
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
            <td data-testid="consultation-actions">{actionSummary(note.actionStates)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
