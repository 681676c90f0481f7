import {useEffect, useState, type ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';

import {actionStateLabel} from '@site/src/components/readers/actionStateLabel';
import {useDayFormat} from '@site/src/components/readers/useDayFormat';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import {isOverdue} from '@site/src/content/overdue';
import {todayIso} from '@site/src/content/today';
import styles from './styles.module.css';

/**
 * Follow-up actions from every consultation note: open ones first by due date,
 * with owner, due date and state in words (open, done, not known); only an
 * open action past its date is overdue, marked in words and colour.
 * "Overdue" is judged against the build date, then, once the page runs, today's
 * date in the site's time zone (src/content/today.ts), as everywhere else.
 */
export default function OpenActions(): ReactNode {
  const {actions, builtOn} = useReadersData();
  const formatDay = useDayFormat();
  const [today, setToday] = useState(builtOn);
  useEffect(() => setToday(todayIso()), []);
  const count = (state: string) => String(actions.filter((action) => action.state === state).length);
  const overdue = actions.filter((action) => isOverdue(action, today)).length;
  return (
    <table className={styles.actions} data-testid="open-actions">
      <caption>
        {translate(
          {id: 'readers.actions.caption', message: 'Tindak lanjut: {open} terbuka ({overdue} lewat tenggat), {done} selesai, {unknown} tidak diketahui'},
          {open: count('open'), overdue: String(overdue), done: count('done'), unknown: count('unknown')},
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
              <td data-state={action.state}>
                {late ? (
                  <strong><Translate id="readers.actions.overdue">Lewat tenggat</Translate></strong>
                ) : (
                  actionStateLabel(action.state)
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
