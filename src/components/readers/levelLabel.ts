import {translate} from '@docusaurus/Translate';

import type {ModuleLevel} from '@site/src/content/levels';

/** A curriculum level's name in the current locale. */
export function levelLabel(level: ModuleLevel): string {
  switch (level) {
    case 'dasar':
      return translate({id: 'readers.level.dasar', message: 'Dasar', description: 'Curriculum level: foundation'});
    case 'menengah':
      return translate({id: 'readers.level.menengah', message: 'Menengah', description: 'Curriculum level: intermediate'});
    case 'lanjut':
      return translate({id: 'readers.level.lanjut', message: 'Lanjut', description: 'Curriculum level: advanced'});
  }
}

/** "6 jam" / "6 hours". */
export function hoursLabel(hours: number): string {
  return translate({id: 'readers.hours', message: '{hours} jam', description: 'A duration in hours'}, {hours: String(hours)});
}

/** "(usulan)" / "(proposed)": marks a module's level, duration or prerequisites until the module is approved. */
export function proposedLabel(): string {
  return translate({id: 'readers.proposed', message: '(usulan)', description: 'After a module fact that is a proposal until the module is approved'});
}
