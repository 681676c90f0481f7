import * as z from 'zod';

import {MODULE_LEVELS} from '../levels';
import {chapterStatusSchema} from './chapter';
import {docusaurusDocFields, idSchema, lineSchema} from './common';
import {sourcesSchema} from './sources';

/** Curriculum levels, from first contact to specialist (the list lives in ../levels.ts, zod-free for components). */
export const moduleLevelSchema = z.enum(MODULE_LEVELS);

/** A capacity-building curriculum module (`docs/kurikulum/*.md`, except `index.md`). */
export const moduleSchema = z.strictObject({
  ...docusaurusDocFields,
  /** Module title. */
  title: lineSchema,
  /**
   * Review state, as for chapters: `draft`, `review` or `approved`. Until a
   * module is `approved`, its duration, level and prerequisites are shown as
   * proposals. Default `draft`.
   */
  status: chapterStatusSchema.default('draft'),
  /** Planned teaching time in hours (shown as proposed until the module is approved). */
  duration_hours: z.number().positive(),
  /** Level: `dasar` (foundation), `menengah` (intermediate) or `lanjut` (advanced); proposed until approved. */
  level: moduleLevelSchema,
  /** What a trainee can do after the module; at least one. */
  objectives: z.array(lineSchema).min(1, 'list at least one objective'),
  /** Ids (file names without `.md`) of modules to take first; proposed until approved. Default: none. */
  prerequisites: z.array(idSchema).default([]),
  /** What the module's facts come from; shown under the module. Default: none. */
  sources: sourcesSchema,
});

export type ModuleInput = z.input<typeof moduleSchema>;
export type Module = z.output<typeof moduleSchema>;
