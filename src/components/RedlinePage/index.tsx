import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';

import Redline, {ChangeCounts, RedlineLegend} from '@site/src/components/Redline';
import {STATUS_BOARD_PLUGIN, type StatusBoardGlobalData} from '@site/src/content/siteData/statusBoard';
import type {ChangedChapter, ChapterRedlineData} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

/** What the chapter is compared with, from the frontmatter and git only: the approval date and approvers as written, the commit and its date. */
function Basis({chapter}: {chapter: ChangedChapter}): ReactNode {
  const {names: nameOf} = usePluginData(STATUS_BOARD_PLUGIN) as StatusBoardGlobalData;
  const {basis} = chapter;
  if (basis.kind === 'edition') {
    const edition = basis.editionPermalink ? <Link to={basis.editionPermalink}>{basis.edition}</Link> : basis.edition;
    return (
      <Translate id="redline.basis.edition" values={{edition}}>
        {'Dibandingkan dengan edisi {edition}.'}
      </Translate>
    );
  }
  return (
    <Translate
      id="redline.basis.approval"
      values={{
        date: <time dateTime={basis.approvedOn}>{basis.approvedOn}</time>,
        names: basis.approvedBy.map((id) => nameOf[id] ?? id).join(', '),
        commit: <code>{basis.commit.slice(0, 7)}</code>,
        committedOn: <time dateTime={basis.committedOn}>{basis.committedOn.slice(0, 10)}</time>,
      }}>
      {'Dibandingkan dengan teks yang disetujui pada {date} oleh {names}, sebagaimana dicatat komit {commit} ({committedOn}).'}
    </Translate>
  );
}

/**
 * `/rencana-induk/perubahan/<chapter>/`: one chapter's text with every change
 * since its approval marked (src/plugins/redline/).
 */
export default function RedlinePage({redline}: {redline: ChapterRedlineData}): ReactNode {
  const {basis} = redline;
  const title =
    basis.kind === 'edition'
      ? translate({id: 'redline.page.titleEdition', message: 'Perubahan sejak edisi {edition}: {title}', description: 'Title of a chapter redline page against an edition'}, {title: redline.title, edition: basis.edition})
      : translate({id: 'redline.page.title', message: 'Perubahan sejak disetujui: {title}', description: 'Title of a chapter redline page'}, {title: redline.title});
  const description =
    basis.kind === 'edition'
      ? translate({id: 'redline.page.descriptionEdition', message: 'Perubahan kata demi kata pada bab {chapter} rencana induk sejak edisi {edition}.'}, {chapter: redline.chapter, edition: basis.edition})
      : translate({id: 'redline.page.description', message: 'Perubahan kata demi kata pada bab {chapter} rencana induk sejak bab itu disetujui.'}, {chapter: redline.chapter});
  return (
    <Layout title={title} description={description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{title}</Heading>
        <div className={styles.summary}>
          <p>
            <Translate id="redline.page.chapter" values={{chapter: redline.chapter, link: <Link to={redline.permalink}>{redline.title}</Link>}}>
              {'Bab {chapter}: {link}.'}
            </Translate>{' '}
            <Basis chapter={redline} />
          </p>
          <p>
            <ChangeCounts chapter={redline} />
            {redline.sectionsTouched.length > 0 && (
              <>
                {'; '}
                <Translate id="redline.page.sections" values={{sections: redline.sectionsTouched.join(', ')}}>
                  {'bagian yang berubah: {sections}'}
                </Translate>
              </>
            )}
            .
          </p>
          {redline.metadata.length > 0 && (
            <>
              <p>
                <Translate id="redline.page.metadata">Data bab yang berubah:</Translate>
              </p>
              <ul>
                {redline.metadata.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <RedlineLegend />
        </div>
        <article aria-label={translate({id: 'redline.page.text', message: 'Teks bab dengan tanda perubahan'})}>
          <Redline blocks={redline.blocks} />
        </article>
        <p className={styles.links}>
          <Link to={redline.permalink}>
            <Translate id="redline.page.readChapter">Baca bab ini tanpa tanda perubahan</Translate>
          </Link>
          {' · '}
          <Link to={redline.changesPermalink}>
            <Translate id="redline.page.allChanges">Semua perubahan rencana induk</Translate>
          </Link>
        </p>
      </main>
    </Layout>
  );
}
