import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc} from '@docusaurus/plugin-content-docs/client';

import ChapterStatusBadge from '@site/src/components/ChapterStatusBadge';
import {frontMatterDay} from '@site/src/content/docusaurusDates';
import {isOverdue} from '@site/src/content/overdue';
import type {ChapterStatus} from '@site/src/content/status';
import {STATUS_BOARD_PLUGIN, type StatusBoardGlobalData} from '@site/src/content/siteData/statusBoard';
import {REDLINE_PLUGIN, type RedlineGlobalData} from '@site/src/content/siteData/redline';

import styles from './styles.module.css';

/** The chapter fields this header reads (validated by the chapter schema at check time). */
interface ChapterFrontMatter {
  chapter?: number;
  status?: ChapterStatus;
  owners?: string[];
  reviewers?: string[];
  review_by?: string | Date;
  approved_by?: string[];
  approved_on?: string | Date;
}

/**
 * A master plan chapter's status, owners and reviewers, when it was last
 * reviewed (its approval, `approved_on` and `approved_by`) and when it must be
 * reviewed again (`review_by`, flagged once past), shown with the title, and
 * a link to its redline when it changed since its approval (issue 17). Pages
 * without a chapter number (overviews) show nothing.
 */
export default function ChapterMeta(): ReactNode {
  const {frontMatter, metadata} = useDoc() as unknown as {frontMatter: ChapterFrontMatter; metadata: {permalink: string}};
  const {names: nameOf, date} = usePluginData(STATUS_BOARD_PLUGIN) as StatusBoardGlobalData;
  const redline = (usePluginData(REDLINE_PLUGIN) as RedlineGlobalData).changedSinceApproval[metadata.permalink];
  if (frontMatter.chapter === undefined || frontMatter.status === undefined) return null;
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => nameOf[id] ?? id).join(', ');
  const reviewBy = frontMatterDay(frontMatter.review_by);
  const approvedOn = frontMatterDay(frontMatter.approved_on);
  const overdue = reviewBy !== undefined && isOverdue({due: reviewBy}, date);
  return (
    <dl className={styles.meta} data-chapter-meta="">
      <div>
        <dt><Translate id="chapter.meta.status">Status</Translate></dt>
        <dd>
          <ChapterStatusBadge status={frontMatter.status} />
          {redline && (
            <>
              {' '}
              <Link to={redline} className={styles.changed} data-changed-since-approval="">
                <Translate id="chapter.meta.changedSinceApproval">Berubah sejak disetujui</Translate>
              </Link>
            </>
          )}
        </dd>
      </div>
      <div>
        <dt><Translate id="chapter.meta.owners">Penanggung jawab</Translate></dt>
        <dd>{names(frontMatter.owners)}</dd>
      </div>
      {(frontMatter.reviewers?.length ?? 0) > 0 && (
        <div>
          <dt><Translate id="chapter.meta.reviewers">Peninjau</Translate></dt>
          <dd>{names(frontMatter.reviewers)}</dd>
        </div>
      )}
      <div>
        <dt><Translate id="chapter.meta.lastReviewed">Terakhir ditinjau</Translate></dt>
        <dd>
          {approvedOn ? (
            <Translate id="chapter.meta.approvedOnBy" values={{date: <time dateTime={approvedOn}>{approvedOn}</time>, names: names(frontMatter.approved_by)}}>
              {'{date}, disetujui oleh {names}'}
            </Translate>
          ) : (
            <Translate id="chapter.meta.notApproved">belum disetujui</Translate>
          )}
        </dd>
      </div>
      <div className={clsx(overdue && styles.overdue) || undefined}>
        <dt><Translate id="chapter.meta.reviewBy">Tinjau ulang paling lambat</Translate></dt>
        <dd>
          {reviewBy ? <time dateTime={reviewBy}>{reviewBy}</time> : <Translate id="chapter.meta.noReviewDate">belum dijadwalkan</Translate>}
          {overdue && (
            <>
              {' '}
              <strong><Translate id="chapter.meta.overdue">(terlambat)</Translate></strong>
            </>
          )}
        </dd>
      </div>
    </dl>
  );
}
