import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBlogPost} from '@docusaurus/plugin-content-blog/client';

import styles from './styles.module.css';

/**
 * A release shown in a locale it has not been translated into yet: Docusaurus
 * falls back to the Indonesian file (its source is then outside i18n/), so
 * readers are told, and the text carries `lang="id"` for screen readers.
 */
export default function UntranslatedPost({children}: {children: ReactNode}): ReactNode {
  const {metadata} = useBlogPost();
  const {i18n} = useDocusaurusContext();
  const untranslated = i18n.currentLocale !== i18n.defaultLocale && !metadata.source.startsWith('@site/i18n/');
  if (!untranslated) return children;
  return (
    <div data-untranslated="">
      <p className={styles.notice} role="note">
        <Translate id="readers.press.untranslated" description="Above a press release shown in Indonesian because it has no translation yet">
          Siaran pers ini belum diterjemahkan dan ditampilkan dalam bahasa aslinya.
        </Translate>
      </p>
      <div lang={i18n.defaultLocale}>{children}</div>
    </div>
  );
}
