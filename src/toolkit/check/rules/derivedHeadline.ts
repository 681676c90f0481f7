/**
 * `derived-headline`: a press release whose headline was lost and derived
 * from its lede (`press_release.title_derived: true`) needs an editor's look.
 *
 * ok: `title_derived: false` · not-ok: `title_derived: true`
 */
import {spanOfPath} from '../yamlPosition';
import type {Rule} from '../types';

export const derivedHeadlineRule: Rule = {
  id: 'derived-headline',
  description: 'Press releases whose headline was derived from the lede are flagged for an editor.',
  severity: 'warning',
  checkFile(file, _context, report) {
    if (file.collection?.id !== 'siaran-pers') return;
    const data = file.yaml?.data as {press_release?: {title_derived?: unknown}} | undefined;
    if (data?.press_release?.title_derived !== true) return;
    report({
      ...spanOfPath(file, ['title']),
      message: 'Headline was derived from the lede (press_release.title_derived: true)',
      hint: 'Check the headline against the source release, then set press_release.title_derived to false.',
    });
  },
};
