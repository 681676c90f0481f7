import * as z from 'zod';

import {idSchema, lineSchema} from './common';

/** Text in both site languages. */
export const bilingualSchema = z.strictObject({
  /** Indonesian. */
  id: lineSchema,
  /** English. */
  en: lineSchema,
});

/** A planner or reviewer (`data/people.yml`, keyed by planner id). */
export const personSchema = z.strictObject({
  /** Full name. */
  name: lineSchema,
  /** Ministry or agency. */
  institution: lineSchema,
  /** Position, if useful to readers. */
  role: lineSchema.optional(),
  /** GitHub user name without `@`, used for CODEOWNERS; absent when unknown. */
  github: z.string().regex(/^[A-Za-z0-9-]+$/, 'a GitHub user name without @').optional(),
});
export const peopleRegistrySchema = z.record(idSchema, personSchema);

/** One of the six programs of the cooperation (`data/programs.yml`, keyed by program id). */
export const programSchema = z.strictObject({
  /** Program name in both languages. */
  name: bilingualSchema,
});
export const programsRegistrySchema = z.record(idSchema, programSchema);

/** A glossary entry (`data/glossary.yml` `terms`, keyed by term id). */
export const glossaryTermSchema = z.strictObject({
  /** Preferred term in Indonesian and English, and Korean where known. */
  term: bilingualSchema.extend({ko: lineSchema.optional()}),
  /** Plain-language definition in both languages. */
  definition: bilingualSchema,
  /** Wrong or discouraged spellings, flagged in prose with the preferred form. Default: none. */
  variants: z.array(lineSchema).default([]),
  /** Blog tag given to a press release that mentions the term, if any (a key of blog/tags.yml). */
  tag: idSchema.optional(),
});

/** The glossary registry: terms, plus common slips that are not terms (`degan` for `dengan`). */
export const glossaryRegistrySchema = z.strictObject({
  terms: z.record(idSchema, glossaryTermSchema),
  /** Misspelling -> correct word, for everyday words that are not glossary terms. */
  corrections: z.record(lineSchema, lineSchema).default({}),
});

export type Person = z.output<typeof personSchema>;
export type PeopleRegistry = z.output<typeof peopleRegistrySchema>;
export type Program = z.output<typeof programSchema>;
export type ProgramsRegistry = z.output<typeof programsRegistrySchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type GlossaryRegistry = z.output<typeof glossaryRegistrySchema>;
