import * as z from 'zod';

import {CHAPTER_STATUSES} from '../status';
import {assigneeIdSchema, docusaurusDocFields, isoDateSchema, lineSchema, programIdSchema} from './common';
import {sourcesSchema} from './sources';

/** Where a chapter stands: written, being reviewed, or approved by the ministries (the list lives in ../status.ts, zod-free for components). */
export const chapterStatusSchema = z.enum(CHAPTER_STATUSES);

/**
 * A master plan chapter (`docs/rencana-induk/*.md`).
 * A chapter without an official source stays `draft` and says what is missing.
 */
export const chapterSchema = z
  .strictObject({
    ...docusaurusDocFields,
    /** Chapter title, shown as the page heading and in the PDF. */
    title: lineSchema,
    /** Chapter number; orders the sidebar, the status board and the PDF. */
    chapter: z.number().int().positive(),
    /** Review state. `approved` needs `approved_by` and `approved_on`. */
    status: chapterStatusSchema,
    /** Teams or people responsible for the chapter; they are asked to review changes (CODEOWNERS). A person only where a source names them for it. */
    owners: z.array(assigneeIdSchema).min(1, 'name at least one owner: a team from data/teams.yml'),
    /** Id of the program the chapter belongs to, if any (data/programs.yml). */
    program: programIdSchema.optional(),
    /** Teams or people asked to review the chapter. Default: none. */
    reviewers: z.array(assigneeIdSchema).default([]),
    /** Date by which the chapter must be reviewed again; a past date is reported. */
    review_by: isoDateSchema.optional(),
    /** Teams or people who approved the chapter; only with `status: approved`. */
    approved_by: z.array(assigneeIdSchema).min(1).optional(),
    /** Date of approval; only with `status: approved`. */
    approved_on: isoDateSchema.optional(),
    /** What the chapter's facts come from; shown under the chapter and in the PDF. Default: none. */
    sources: sourcesSchema,
  })
  .superRefine((chapter, ctx) => {
    if (chapter.status === 'approved') {
      for (const key of ['approved_by', 'approved_on'] as const) {
        if (chapter[key] === undefined) {
          ctx.addIssue({code: 'custom', path: [key], message: `an approved chapter needs ${key}; add it or set status back to review`});
        }
      }
    } else {
      for (const key of ['approved_by', 'approved_on'] as const) {
        if (chapter[key] !== undefined) {
          ctx.addIssue({code: 'custom', path: [key], message: `${key} is only allowed with status: approved (status is ${chapter.status})`});
        }
      }
    }
  });

/** A chapter's frontmatter as a planner writes it. */
export type ChapterInput = z.input<typeof chapterSchema>;
/** A chapter's frontmatter after validation, with defaults filled in. */
export type Chapter = z.output<typeof chapterSchema>;
