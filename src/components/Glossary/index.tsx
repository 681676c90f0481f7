import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';

import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/**
 * The glossary: every term alphabetically in the reader's language, with its
 * Indonesian, English and (where known) Korean forms and its definition. Each
 * entry's anchor is its term id, which `<Term id>` links to.
 */
export default function Glossary(): ReactNode {
  const {glossary} = useReadersData();
  return (
    <article data-pagefind-body="">
      <Heading as="h1">
        <Translate id="readers.glossary.title">Glosarium</Translate>
      </Heading>
      <p>
        <Translate id="readers.glossary.intro">
          Istilah yang dipakai di rencana induk, kurikulum, dan catatan konsultasi, dengan padanannya dalam bahasa Indonesia, Inggris, dan Korea (jika ada).
        </Translate>
      </p>
      <div className={styles.list}>
        {glossary.map((entry) => (
          <section key={entry.id} className={styles.entry} aria-labelledby={entry.id}>
            <Heading as="h2" id={entry.id} className={styles.term}>
              {entry.term}
            </Heading>
            <p className={styles.forms}>
              <span lang="id">
                <abbr title="Bahasa Indonesia">ID</abbr> {entry.id_term}
              </span>
              {' · '}
              <span lang="en">
                <abbr title="English">EN</abbr> {entry.en_term}
              </span>
              {entry.ko_term && (
                <>
                  {' · '}
                  <span lang="ko">
                    <abbr title="한국어">KO</abbr> {entry.ko_term}
                  </span>
                </>
              )}
            </p>
            <p className={styles.definition}>{entry.definition}</p>
          </section>
        ))}
      </div>
    </article>
  );
}
