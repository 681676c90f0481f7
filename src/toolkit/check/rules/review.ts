/**
 * `review`: a chapter whose `review_by` date has passed is reported, so stale
 * chapters are not forgotten (GOV.UK tech-docs' `review_in`). Only the
 * Indonesian source is reported; its translation carries the same date.
 *
 * ok: `review_by: 2099-01-01` · not-ok: `review_by: 2016-01-01`
 */
import {spanOfPath} from '../yamlPosition';
import type {Rule} from '../types';

export const reviewRule: Rule = {
  id: 'review',
  description: 'Chapters past their review_by date are reported.',
  severity: 'warning',
  checkFile(file, context, report) {
    if (file.collection?.id !== 'rencana-induk' || file.locale !== 'id') return;
    const data = file.yaml?.data as {review_by?: unknown} | undefined;
    const raw = data?.review_by;
    const reviewBy = raw instanceof Date ? raw.toISOString().slice(0, 10) : typeof raw === 'string' ? raw : undefined;
    if (!reviewBy || !/^\d{4}-\d{2}-\d{2}$/.test(reviewBy) || reviewBy >= context.today) return;
    report({
      ...spanOfPath(file, ['review_by']),
      message: `Review date ${reviewBy} has passed (today is ${context.today})`,
      hint: 'Review the chapter with its owners, then set review_by to the next review date.',
    });
  },
};
