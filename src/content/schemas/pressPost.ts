import {z} from 'zod';

import {idSchema, isoDateTimeSchema, lineSchema, sha256Schema, translationFields} from './common';

/** Provenance of a republished press release, written by `masterplan import-press`. */
export const pressProvenanceSchema = z.strictObject({
  /** Author named in the byline. */
  author: lineSchema.nullable(),
  /** Editor named in the byline, if any. */
  editor: lineSchema.nullable(),
  /** Dateline that opens the first paragraph (`JAKARTA`), if any. */
  dateline: lineSchema.nullable(),
  /** Source tag that closes the release (`HUMASMENPAN`), if any. */
  source_tag: lineSchema.nullable(),
  /** True when the headline was lost and derived from the lede; an editor should check it. */
  title_derived: z.boolean(),
  /** SHA-256 of the source text; detects later edits so they are never overwritten silently. */
  source_sha256: sha256Schema,
});

/** A press release post (`blog/YYYY-MM-DD-<slug>/index.md`). */
export const pressPostSchema = z.strictObject({
  /** Headline. */
  title: lineSchema,
  /** Publication instant with the zone's offset (WIB +07:00, WITA +08:00, WIT +09:00). */
  date: isoDateTimeSchema,
  /** URL slug under /siaran-pers/. */
  slug: idSchema,
  /** Keys of blog/authors.yml. */
  authors: z.array(idSchema).min(1, 'name at least one author from blog/authors.yml'),
  /** Keys of blog/tags.yml. Default: none. */
  tags: z.array(idSchema).default([]),
  /** The lede's first sentence, for search engines and previews. */
  description: lineSchema,
  /** Where the text came from. */
  press_release: pressProvenanceSchema,
  ...translationFields,
});

export type PressPostInput = z.input<typeof pressPostSchema>;
export type PressPost = z.output<typeof pressPostSchema>;
