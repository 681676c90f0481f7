import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';

import {useReadersData} from '@site/src/components/readers/useReadersData';
import {isOverdue} from '@site/src/content/overdue';
import {todayIso} from '@site/src/content/today';
import {useDayFormat} from './ConsultationIndex';
import styles from './styles.module.css';

/**
 * Follow-up actions from every consultation note: open ones first by due date,
 * with owner, due date and status; overdue ones are marked in words and colour.
 * "Overdue" is judged against the build date, then, once the page runs, today's
 * date in the site's time zone (src/content/today.ts), as everywhere else.
 */
export default function OpenActions(): ReactNode {
  const {actions, builtOn} = useReadersData();
  const formatDay = useDayFormat();
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(todayIso()), []);
  const open = actions.filter((action) => !action.done).length;
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  return (
    <table className={styles.actions} data-testid="open-actions">
      <caption>
        {translate(
          {id: 'readers.actions.caption', message: 'Tindak lanjut: {open} terbuka, {overdue} lewat tenggat'},
          {open: String(open), overdue: String(overdue)},
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col"><Translate id="readers.actions.action">Tindakan</Translate></th>
          <th scope="col"><Translate id="readers.actions.owner">Penanggung jawab</Translate></th>
          <th scope="col"><Translate id="readers.actions.due">Tenggat</Translate></th>
          <th scope="col"><Translate id="readers.actions.status">Status</Translate></th>
          <th scope="col"><Translate id="readers.actions.note">Catatan</Translate></th>
        </tr>
      </thead>
      <tbody>
        {actions.map((action) => {
          const late = isOverdue(action, today);
          return (
            <tr key={`${action.note.permalink}-${action.action}`} className={late ? styles.overdue : undefined} data-overdue={late ? 'true' : 'false'}>
              <td>{action.action}</td>
              <td>{action.owner}</td>
              <td><time dateTime={action.due}>{formatDay(action.due)}</time></td>
              <td>
                {action.done ? (
                  <Translate id="readers.actions.done">Selesai</Translate>
                ) : late ? (
                  <strong><Translate id="readers.actions.overdue">Lewat tenggat</Translate></strong>
                ) : (
                  <Translate id="readers.actions.open">Terbuka</Translate>
                )}
              </td>
              <td><Link to={action.note.permalink}>{action.note.title}</Link></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
