import * as z from 'zod';

import {idSchema, isoDateTimeSchema, lineSchema, sha256Schema, translationFields} from './common';

/** Provenance of a republished press release, written by `masterplan import-press`. */
export const pressProvenanceSchema = z.strictObject({
  /** Author named in the byline. */
  author: lineSchema.nullable(),
  /** Editor named in the byline, if any. */
  editor: lineSchema.nullable(),
  /** Place in the dateline that opens the first paragraph (`JAKARTA`), if any. */
  dateline: lineSchema.nullable(),
  /** News agency named after the dateline's place (`InfoPublik` in `Jakarta, InfoPublik -`). Absent when none is named. */
  news_agency: lineSchema.optional(),
  /**
   * Where the release was published (`import-press --source-url`): the post
   * links to it and its JSON-LD names it (`isBasedOn`). Absent when unknown;
   * never guessed.
   */
  source_url: z.url({protocol: /^https?$/, error: 'expected the address the release was published at, starting with https:// or http://'}).optional(),
  /** Source tag that closes the release (`HUMASMENPAN`), if any. */
  source_tag: lineSchema.nullable(),
  /** True when the headline was lost and derived from the lede; an editor should check it. */
  title_derived: z.boolean(),
  /** SHA-256 of the source text; detects later edits so they are never overwritten silently. */
  source_sha256: sha256Schema,
  /**
   * SHA-256 of the post file as the importer wrote it, computed with this value
   * set to 64 zeros. A re-import compares it with the file to tell an editor's
   * changes (never overwritten without `--force`) from its own output. Absent on
   * hand-written posts, which are treated as edited.
   */
  post_sha256: sha256Schema.optional(),
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
/** Where a republished press release came from. */
export type PressProvenance = z.output<typeof pressProvenanceSchema>;
