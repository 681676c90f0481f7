import * as z from 'zod';

import {formatPath} from '../issueMessages';
import {idSchema, lineSchema} from './common';
import {sourcesSchema} from './sources';

/** Text in both site languages. */
export const bilingualSchema = z.strictObject({
  /** Indonesian. */
  id: lineSchema,
  /** English. */
  en: lineSchema,
});

/**
 * A person a source names (`data/people.yml`, keyed by person id). A person is
 * made an owner, reviewer or approver only where a source names them for it;
 * until then a team stands in (issue 15).
 */
export const personSchema = z.strictObject({
  /** Full name. */
  name: lineSchema,
  /** Ministry or agency. */
  institution: lineSchema,
  /** Position, as the source gives it. */
  role: lineSchema.optional(),
  /** GitHub user name without `@`, used for CODEOWNERS; absent when unknown. */
  github: z.string().regex(/^[A-Za-z0-9-]+$/, 'a GitHub user name without @').optional(),
  /** The documents that name the person, and so what they may be credited with. Default: none. */
  sources: sourcesSchema,
});
export const peopleRegistrySchema = z.record(idSchema, personSchema);

/**
 * A team that owns, reviews or follows up work until the ministries name a
 * person (`data/teams.yml`, keyed by team id). Team and person ids are one
 * namespace: owners name either.
 */
export const teamSchema = z.strictObject({
  /** The team's name in both languages, shown wherever it is responsible. */
  name: bilingualSchema,
  /** The ministry or body the team belongs to, in both languages. */
  institution: bilingualSchema,
  /** GitHub team written `org/team` (without `@`), asked to review its chapters (CODEOWNERS); absent when it has none. */
  github: z.string().regex(/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, 'a GitHub team written org/team, without @').optional(),
});
export const teamsRegistrySchema = z.record(idSchema, teamSchema);

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
  /**
   * Other correct names of the same thing, per language (`pemerintahan berbasis
   * elektronik`). Search finds the term by each and each by the term; the
   * terminology rule never flags them. Default: none.
   */
  synonyms: z.strictObject({id: z.array(lineSchema).default([]), en: z.array(lineSchema).default([])}).default({id: [], en: []}),
  /** Correct short forms, written the same in both languages (`SPBE`); searched like synonyms. Default: none. */
  abbreviations: z.array(lineSchema).default([]),
  /** Wrong or discouraged spellings, flagged in prose with the preferred form; search looks for the preferred form instead. Default: none. */
  variants: z.array(lineSchema).default([]),
  /** Blog tag given to a press release that mentions the term, if any (a key of blog/tags.yml). */
  tag: idSchema.optional(),
  /** The published documents the term's forms and definition come from (a dictionary for a spelling, a regulation for a name). Default: none. */
  sources: sourcesSchema,
});

/** The glossary registry: terms, plus common slips that are not terms (`degan` for `dengan`). */
export const glossaryRegistrySchema = z
  .strictObject({
    terms: z.record(idSchema, glossaryTermSchema),
    /** Misspelling -> correct word, for everyday words that are not glossary terms. */
    corrections: z.record(lineSchema, lineSchema).default({}),
  })
  .superRefine((glossary, context) => {
    // A phrase is either right or wrong: were it both, the terminology rule would flag a name search offers.
    const correct = new Map<string, (string | number)[]>();
    for (const [id, entry] of Object.entries(glossary.terms)) {
      for (const language of ['id', 'en'] as const) {
        entry.synonyms[language].forEach((synonym, index) => correct.set(synonym.toLowerCase(), ['terms', id, 'synonyms', language, index]));
      }
      entry.abbreviations.forEach((abbreviation, index) => correct.set(abbreviation.toLowerCase(), ['terms', id, 'abbreviations', index]));
    }
    for (const [id, entry] of Object.entries(glossary.terms)) {
      entry.variants.forEach((variant, index) => {
        const where = correct.get(variant.toLowerCase());
        if (!where) return;
        context.addIssue({
          code: 'custom',
          path: ['terms', id, 'variants', index],
          message: `\`${variant}\` is listed as a wrong variant and as a correct form (${formatPath(where)}); keep it in one list only`,
        });
      });
    }
  });

export type Person = z.output<typeof personSchema>;
export type PeopleRegistry = z.output<typeof peopleRegistrySchema>;
export type Team = z.output<typeof teamSchema>;
export type TeamsRegistry = z.output<typeof teamsRegistrySchema>;
export type Program = z.output<typeof programSchema>;
export type ProgramsRegistry = z.output<typeof programsRegistrySchema>;
export type GlossaryTerm = z.output<typeof glossaryTermSchema>;
export type GlossaryRegistry = z.output<typeof glossaryRegistrySchema>;
