import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';

import SourceCitation from '@site/src/components/PageSources/SourceCitation';
import {useReadersData} from '@site/src/components/readers/useReadersData';
import styles from './styles.module.css';

/**
 * The glossary: every term alphabetically in the reader's language, with its
 * Indonesian, English and (where known) Korean forms, its definition and the
 * published sources the glossary names for it. Each
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
            {entry.sources && (
              <p className={styles.sources}>
                <Translate id="page.sources.title" description="Heading of the list of documents a page's facts come from">Sumber</Translate>:{' '}
                {entry.sources.map((source, index) => (
                  <span key={index}>
                    {index > 0 && ' '}
                    <SourceCitation source={source} />
                  </span>
                ))}
              </p>
            )}
          </section>
        ))}
      </div>
    </article>
  );
}
