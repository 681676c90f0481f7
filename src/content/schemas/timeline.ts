import * as z from 'zod';

import {isoDateSchema} from './common';
import {bilingualSchema} from './registries';

/** A year, written as a number (`2016`). */
const yearSchema = z.number().int().min(1900).max(2100);

/**
 * One milestone of the cooperation (`data/timeline.yml` `milestones`): either a
 * day (`date`) or a span of years (`from`, `to`), never both.
 */
export const milestoneSchema = z
  .strictObject({
    /** The day it happened, `YYYY-MM-DD`. */
    date: isoDateSchema.optional(),
    /** First year of a span (with `to`), for things that lasted, such as the Center's operation. */
    from: yearSchema.optional(),
    /** Last year of a span (with `from`). */
    to: yearSchema.optional(),
    /** What happened, in both languages. */
    event: bilingualSchema,
    /** Where it happened, in both languages, when the source says. */
    place: bilingualSchema.optional(),
  })
  .superRefine((milestone, ctx) => {
    const hasSpan = milestone.from !== undefined || milestone.to !== undefined;
    if ((milestone.date === undefined) === !hasSpan) {
      ctx.addIssue({code: 'custom', path: ['date'], message: 'give either a date (YYYY-MM-DD) or a span (from and to), not both'});
    } else if (hasSpan && (milestone.from === undefined || milestone.to === undefined || milestone.from > milestone.to)) {
      ctx.addIssue({code: 'custom', path: ['from'], message: 'a span needs both from and to, with from <= to'});
    }
  });

/** The cooperation timeline registry, in the order milestones happened. */
export const timelineRegistrySchema = z.strictObject({
  milestones: z.array(milestoneSchema).min(1, 'list at least one milestone'),
});

export type Milestone = z.output<typeof milestoneSchema>;
export type TimelineRegistry = z.output<typeof timelineRegistrySchema>;

/** The year a milestone starts: its date's year, or the first year of its span. */
export function milestoneYear(milestone: Milestone): number {
  return milestone.date ? Number(milestone.date.slice(0, 4)) : (milestone.from ?? 0);
}
