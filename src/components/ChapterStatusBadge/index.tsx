import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';

import type {ChapterStatus} from '@site/src/content/status';

import styles from './styles.module.css';

/** A chapter status in the reader's language. */
export function chapterStatusLabel(status: ChapterStatus): string {
  switch (status) {
    case 'draft':
      return translate({id: 'chapter.status.draft', message: 'Draf', description: 'Chapter status: being written'});
    case 'review':
      return translate({id: 'chapter.status.review', message: 'Dalam tinjauan', description: 'Chapter status: being reviewed'});
    case 'approved':
      return translate({id: 'chapter.status.approved', message: 'Disetujui', description: 'Chapter status: approved by the ministries'});
  }
}

/** A chapter's status as a coloured label; the same colours as the status board's bars. */
export default function ChapterStatusBadge({status}: {status: ChapterStatus}): ReactNode {
  return <span className={clsx('badge', styles.badge, styles[status])}>{chapterStatusLabel(status)}</span>;
}
