import * as z from 'zod';

import {ACTION_STATES} from '../actionState';
import {assigneeIdSchema, docusaurusDocFields, isoDateSchema, lineSchema} from './common';
import {sourcesSchema} from './sources';

/** Someone who took part in a consultation (not necessarily a planner). */
export const participantSchema = z.strictObject({
  /** Full name as the record gives it. */
  name: lineSchema,
  /** Position held at the time. */
  role: lineSchema.optional(),
  /** Ministry or agency. */
  institution: lineSchema,
});

/** Where an action stands (the list lives in ../actionState.ts, zod-free for components). */
export const actionStateSchema = z.enum(ACTION_STATES);

/** A follow-up action agreed at a consultation. */
export const actionSchema = z.strictObject({
  /** What is to be done, as one sentence. */
  action: lineSchema,
  /** Team (data/teams.yml) or person (data/people.yml) responsible; a person only where a source names them for it. */
  owner: assigneeIdSchema,
  /** Due date; only an `open` action past it is overdue. */
  due: isoDateSchema,
  /**
   * `open` (to be done), `done` (a source says so) or `unknown` (no source
   * says either way). Default `unknown`: history imported without a record of
   * what followed must not be shown as failed.
   */
  state: actionStateSchema.default('unknown'),
});

/** A policy consultation note (`docs/konsultasi/*.md`, except `index.md`). */
export const consultationSchema = z.strictObject({
  ...docusaurusDocFields,
  /** Meeting title. */
  title: lineSchema,
  /** Date of the meeting. */
  date: isoDateSchema,
  /** Who took part; at least one. */
  participants: z.array(participantSchema).min(1, 'list at least one participant'),
  /** Topics discussed; at least one. */
  topics: z.array(lineSchema).min(1, 'list at least one topic'),
  /** Decisions taken, as sentences. Default: none. */
  decisions: z.array(lineSchema).default([]),
  /** Follow-up actions with owner, due date and state. Default: none. */
  actions: z.array(actionSchema).default([]),
  /** What the note's account comes from (minutes, press releases); shown under the note. Default: none. */
  sources: sourcesSchema,
});

export type ConsultationInput = z.input<typeof consultationSchema>;
export type Consultation = z.output<typeof consultationSchema>;
export type ConsultationAction = z.output<typeof actionSchema>;
