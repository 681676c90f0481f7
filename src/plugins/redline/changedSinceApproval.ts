/**
 * The master plan chapters of one locale that were approved and have changed
 * since (issue 17): each approved chapter's page is compared with the page as
 * committed by the commit that set its current `approved_on`. Only what the
 * frontmatter and git say is shown: `approved_by` as written, the commit's
 * object name and date, never who made the commit.
 */
import {readFile} from 'node:fs/promises';

import {findApprovalCommits, type ApprovalNotFound} from '../../toolkit/history/approvals';
import {comparePage, fileKindOf, type PageComparison, type PageProblem, type RedlineLocale} from '../../toolkit/redline';
import type {ChapterRedlineData} from '../../content/siteData/redline';
import {sitePath, sourceFile, type LoadedDoc} from '../loadedDocs';
import {redlineOf} from './redlineData';
import {redlinePageStrings} from './strings';

/** What {@link chaptersChangedSinceApproval} found. */
export interface ChangedSinceApproval {
  /** How many chapters are approved now. */
  approved: number;
  /** The approved chapters whose text changed since, in chapter order. */
  chapters: ChapterRedlineData[];
  /** Approved chapters whose approval commit could not be told, with what to do. */
  notFound: ApprovalNotFound[];
  /** A version that could not be read whole (malformed frontmatter or MDX); the rest was compared. */
  problems: (PageProblem & {path: string})[];
}

/** The chapter's `approved_on` when the frontmatter says it is approved, as written (`YYYY-MM-DD`). */
function approvedOn(doc: LoadedDoc): string | undefined {
  const {status, approved_on: on} = doc.frontMatter;
  return status === 'approved' && typeof on === 'string' ? on : undefined;
}

/**
 * Whether a reader would find the text changed: a block of the body or the
 * title. A new reviewer or review date does not change what was approved (the
 * redline page still lists such changes when the text changed too).
 */
export function textChanged(comparison: PageComparison): boolean {
  return comparison.blocks.some((block) => block.change !== 'unchanged') || comparison.metadata.some((change) => change.field === 'title');
}

/**
 * The approved chapters among `docs` (one locale's master plan pages with
 * their frontmatter) that changed since their approval, each with its
 * redline, and the approved chapters git could not date. A copy of the site
 * without git finds none and reports nothing.
 */
export async function chaptersChangedSinceApproval(
  siteDir: string,
  docs: readonly LoadedDoc[],
  locale: RedlineLocale,
  routes: {redlinePermalinkOf: (doc: LoadedDoc) => string; changesPermalink: string},
): Promise<ChangedSinceApproval> {
  const approved = docs.flatMap((doc) => {
    const on = approvedOn(doc);
    return on === undefined ? [] : [{doc, approvedOn: on}];
  });
  const {found, notFound} = await findApprovalCommits(
    siteDir,
    approved.map(({doc, approvedOn: on}) => ({path: sitePath(doc.source), approvedOn: on})),
  );
  const chapters: ChapterRedlineData[] = [];
  const problems: ChangedSinceApproval['problems'] = [];
  for (const {doc, approvedOn: on} of approved) {
    const approval = found.get(sitePath(doc.source));
    if (!approval) continue;
    const now = await readFile(sourceFile(siteDir, doc.source), 'utf8');
    const comparison = comparePage({before: approval.text, after: now, kind: fileKindOf(sitePath(doc.source))});
    problems.push(...comparison.problems.map((problem) => ({...problem, path: problem.side === 'before' ? `${approval.pathThen}@${approval.commit.slice(0, 7)}` : sitePath(doc.source)})));
    if (!textChanged(comparison)) continue;
    const approvedBy = doc.frontMatter.approved_by;
    const chapter = {
      id: doc.id,
      chapter: Number(doc.frontMatter.chapter),
      title: doc.title,
      permalink: doc.permalink,
      redlinePermalink: routes.redlinePermalinkOf(doc),
      changesPermalink: routes.changesPermalink,
      basis: {
        kind: 'approval' as const,
        approvedOn: on,
        approvedBy: Array.isArray(approvedBy) ? approvedBy.map(String) : [],
        commit: approval.commit,
        committedOn: approval.date,
      },
    };
    chapters.push({...chapter, strings: redlinePageStrings(locale, chapter), ...redlineOf(comparison, locale)});
  }
  chapters.sort((a, b) => a.chapter - b.chapter);
  return {approved: approved.length, chapters, notFound, problems};
}
