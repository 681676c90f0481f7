import * as z from 'zod';

import {docusaurusDocFields, isoDateSchema, lineSchema, personIdSchema} from './common';

/** Someone who took part in a consultation (not necessarily a planner). */
export const participantSchema = z.strictObject({
  /** Full name as the record gives it. */
  name: lineSchema,
  /** Position held at the time. */
  role: lineSchema.optional(),
  /** Ministry or agency. */
  institution: lineSchema,
});

/** A follow-up action agreed at a consultation. */
export const actionSchema = z.strictObject({
  /** What is to be done, as one sentence. */
  action: lineSchema,
  /** Planner id responsible (data/people.yml). */
  owner: personIdSchema,
  /** Due date. */
  due: isoDateSchema,
  /** Whether the action is done. Default false. */
  done: z.boolean().default(false),
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
  /** Follow-up actions with owner and due date. Default: none. */
  actions: z.array(actionSchema).default([]),
});

export type ConsultationInput = z.input<typeof consultationSchema>;
export type Consultation = z.output<typeof consultationSchema>;
export type ConsultationAction = z.output<typeof actionSchema>;
