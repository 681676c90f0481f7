import * as z from 'zod';

import {MODULE_LEVELS} from '../levels';
import {docusaurusDocFields, idSchema, lineSchema} from './common';

/** Curriculum levels, from first contact to specialist (the list lives in ../levels.ts, zod-free for components). */
export const moduleLevelSchema = z.enum(MODULE_LEVELS);

/** A capacity-building curriculum module (`docs/kurikulum/*.md`, except `index.md`). */
export const moduleSchema = z.strictObject({
  ...docusaurusDocFields,
  /** Module title. */
  title: lineSchema,
  /** Planned teaching time in hours (a proposal until piloted). */
  duration_hours: z.number().positive(),
  /** Level: `dasar` (foundation), `menengah` (intermediate) or `lanjut` (advanced). */
  level: moduleLevelSchema,
  /** What a trainee can do after the module; at least one. */
  objectives: z.array(lineSchema).min(1, 'list at least one objective'),
  /** Ids (file names without `.md`) of modules to take first. Default: none. */
  prerequisites: z.array(idSchema).default([]),
});

export type ModuleInput = z.input<typeof moduleSchema>;
export type Module = z.output<typeof moduleSchema>;
