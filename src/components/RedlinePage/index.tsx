import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import Link from '@docusaurus/Link';
import Interpolate from '@docusaurus/Interpolate';
import {usePluginData} from '@docusaurus/useGlobalData';

import Redline from '@site/src/components/Redline';
import {STATUS_BOARD_PLUGIN, type StatusBoardGlobalData} from '@site/src/content/siteData/statusBoard';
import type {ChapterRedlineData} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

/** What the chapter is compared with, from the frontmatter and git only: the approval date and approvers as written, the commit and its date. */
function Basis({redline}: {redline: ChapterRedlineData}): ReactNode {
  const {names: nameOf} = usePluginData(STATUS_BOARD_PLUGIN) as StatusBoardGlobalData;
  const {basis, strings} = redline;
  const values =
    basis.kind === 'edition'
      ? {edition: basis.editionPermalink ? <Link to={basis.editionPermalink}>{basis.edition}</Link> : basis.edition}
      : {
          date: <time dateTime={basis.approvedOn}>{basis.approvedOn}</time>,
          names: basis.approvedBy.map((id) => nameOf[id] ?? id).join(', '),
          commit: <code>{basis.commit.slice(0, 7)}</code>,
          committedOn: <time dateTime={basis.committedOn}>{basis.committedOn.slice(0, 10)}</time>,
        };
  return <Interpolate values={values}>{strings.basis}</Interpolate>;
}

/**
 * `/rencana-induk/perubahan/<chapter>/` (and `…/<edition>/<chapter>/`): one
 * chapter's text with every change since its approval, or since the last
 * edition, marked (src/plugins/redline/). Its words come with its data.
 */
export default function RedlinePage({redline}: {redline: ChapterRedlineData}): ReactNode {
  const {strings} = redline;
  return (
    <Layout title={strings.title} description={strings.description}>
      <main className="container margin-vert--lg">
        <Heading as="h1">{strings.title}</Heading>
        <div className={styles.summary}>
          <p>
            <Interpolate values={{chapter: redline.chapter, link: <Link to={redline.permalink}>{redline.title}</Link>}}>{strings.chapterLine}</Interpolate>{' '}
            <Basis redline={redline} />
          </p>
          <p>
            <Interpolate values={{added: redline.wordsAdded, removed: redline.wordsRemoved}}>{strings.counts}</Interpolate>
            {redline.sectionsTouched.length > 0 && (
              <>
                {'; '}
                <Interpolate values={{sections: redline.sectionsTouched.join(', ')}}>{strings.sections}</Interpolate>
              </>
            )}
            .
          </p>
          {redline.metadata.length > 0 && (
            <>
              <p>{strings.metadata}</p>
              <ul>
                {redline.metadata.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <p>{strings.marks.legend}</p>
        </div>
        <article aria-label={strings.textLabel}>
          <Redline blocks={redline.blocks} marks={strings.marks} />
        </article>
        <p className={styles.links}>
          <Link to={redline.permalink}>{strings.readChapter}</Link>
          {' · '}
          <Link to={redline.changesPermalink}>{strings.allChanges}</Link>
        </p>
      </main>
    </Layout>
  );
}
