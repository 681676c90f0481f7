import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';

import {ChangeCounts} from '@site/src/components/Redline';
import type {ChangedChapter, ChangesIndexData} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

/** Against what the row's chapter is compared: its approval date, or the edition. */
function ComparedWith({chapter}: {chapter: ChangedChapter}): ReactNode {
  const {basis} = chapter;
  return basis.kind === 'edition' ? (
    <Translate id="redline.index.sinceEdition" values={{edition: basis.edition}}>{'edisi {edition}'}</Translate>
  ) : (
    <Translate id="redline.index.sinceApproval" values={{date: <time dateTime={basis.approvedOn}>{basis.approvedOn}</time>}}>
      {'persetujuan {date}'}
    </Translate>
  );
}

/** Why no chapter is listed, said plainly. */
function NothingChanged({changes}: {changes: ChangesIndexData}): ReactNode {
  if (changes.comparedWith.kind === 'edition') {
    return (
      <Translate id="redline.index.noneSinceEdition" values={{edition: changes.comparedWith.edition}}>
        {'Tidak ada bab yang berubah sejak edisi {edition}.'}
      </Translate>
    );
  }
  if (changes.approvedChapters === 0) {
    return (
      <Translate id="redline.index.noneApproved">
        Belum ada edisi yang diterbitkan dan belum ada bab yang disetujui, jadi belum ada perubahan untuk ditampilkan.
      </Translate>
    );
  }
  return (
    <Translate id="redline.index.noneSinceApproval" values={{count: changes.approvedChapters}}>
      {'Tidak ada bab yang berubah sejak disetujui (bab yang disetujui: {count}).'}
    </Translate>
  );
}

/**
 * `/rencana-induk/perubahan/`: what changed in the draft since the last
 * edition or, with no edition published, since each chapter's approval
 * (src/plugins/redline/).
 */
export default function ChangesPage({changes}: {changes: ChangesIndexData}): ReactNode {
  const title = translate({id: 'redline.index.title', message: 'Perubahan rencana induk', description: 'Title of the page listing changed chapters'});
  return (
    <Layout
      title={title}
      description={translate({id: 'redline.index.description', message: 'Bab rencana induk yang berubah sejak edisi terakhir atau sejak disetujui, dengan tanda perubahan kata demi kata.'})}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <p>
          {changes.comparedWith.kind === 'edition' ? (
            <Translate id="redline.index.introEdition" values={{edition: changes.comparedWith.edition}}>
              {'Bab-bab draf yang berubah sejak edisi {edition} diterbitkan. Setiap judul membuka teks bab dengan tanda perubahan.'}
            </Translate>
          ) : (
            <Translate id="redline.index.introApproval">
              Belum ada edisi yang diterbitkan, jadi setiap bab yang disetujui dibandingkan dengan teks yang disetujuinya. Setiap judul membuka teks bab dengan tanda perubahan.
            </Translate>
          )}
        </p>
        {changes.chapters.length === 0 ? (
          <p className={styles.nothing} data-no-changes="">
            <NothingChanged changes={changes} />
          </p>
        ) : (
          <div className={styles.tableWrapper}>
            <table className={styles.table}>
              <thead>
                <tr>
                  <th scope="col"><Translate id="redline.index.column.number">No.</Translate></th>
                  <th scope="col"><Translate id="redline.index.column.chapter">Bab</Translate></th>
                  <th scope="col"><Translate id="redline.index.column.since">Dibandingkan dengan</Translate></th>
                  <th scope="col"><Translate id="redline.index.column.changes">Perubahan</Translate></th>
                  <th scope="col"><Translate id="redline.index.column.sections">Bagian yang berubah</Translate></th>
                </tr>
              </thead>
              <tbody>
                {changes.chapters.map((chapter) => (
                  <tr key={chapter.id} data-changed-chapter={chapter.id}>
                    <td>{chapter.chapter}</td>
                    <td><Link to={chapter.redlinePermalink}>{chapter.title}</Link></td>
                    <td><ComparedWith chapter={chapter} /></td>
                    <td><ChangeCounts chapter={chapter} /></td>
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
