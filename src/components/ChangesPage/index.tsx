import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Interpolate from '@docusaurus/Interpolate';

import type {ChangedChapter, ChangesIndexData} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

/** Against what the row's chapter is compared: its approval date, or the edition. */
function ComparedWith({chapter, template}: {chapter: ChangedChapter; template: string}): ReactNode {
  const {basis} = chapter;
  const values = basis.kind === 'edition' ? {edition: basis.edition} : {date: <time dateTime={basis.approvedOn}>{basis.approvedOn}</time>};
  return <Interpolate values={values}>{template}</Interpolate>;
}

/**
 * `/rencana-induk/perubahan/`: what changed in the draft since the last
 * edition or, with no edition published, since each chapter's approval
 * (src/plugins/redline/); when nothing qualifies, it says so and why.
 */
export default function ChangesPage({changes}: {changes: ChangesIndexData}): ReactNode {
  const {strings} = changes;
  return (
    <Layout title={strings.title} description={strings.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{strings.title}</Heading>
        <p>{strings.intro}</p>
        {changes.chapters.length === 0 ? (
          <p className={styles.nothing} data-no-changes="">
            {strings.nothing}
          </p>
        ) : (
          <div className={styles.tableWrapper}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col">{strings.columns.number}</th>
                  <th scope="col">{strings.columns.chapter}</th>
                  <th scope="col">{strings.columns.since}</th>
                  <th scope="col">{strings.columns.changes}</th>
                  <th scope="col">{strings.columns.sections}</th>
                </tr>
              </thead>
              <tbody>
                {changes.chapters.map((chapter) => (
                  <tr key={chapter.id} data-changed-chapter={chapter.id}>
                    <td>{chapter.chapter}</td>
                    <td><Link to={chapter.redlinePermalink}>{chapter.title}</Link></td>
                    <td><ComparedWith chapter={chapter} template={strings.since} /></td>
                    <td><Interpolate values={{added: chapter.wordsAdded, removed: chapter.wordsRemoved}}>{strings.counts}</Interpolate></td>
                    <td>{chapter.sectionsTouched.join(', ') || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </main>
    </Layout>
  );
}
