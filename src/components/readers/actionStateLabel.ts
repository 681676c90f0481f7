import {translate} from '@docusaurus/Translate';

import type {ActionState} from '@site/src/content/actionState';

/** A follow-up action's state in words, in the current locale: the public reads what is known, never a bare colour. */
export function actionStateLabel(state: ActionState): string {
  switch (state) {
    case 'open':
      return translate({id: 'readers.actions.open', message: 'Terbuka', description: 'Action state: still to be done'});
    case 'done':
      return translate({id: 'readers.actions.done', message: 'Selesai', description: 'Action state: a source says it was done'});
    case 'unknown':
      return translate({id: 'readers.actions.unknown', message: 'Tidak diketahui', description: 'Action state: no source says whether it was done'});
  }
}
