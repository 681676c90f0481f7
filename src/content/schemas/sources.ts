import * as z from 'zod';

import {isoDateSchema, lineSchema} from './common';

/**
 * A published document a page's facts come from (issue 15: every fact
 * sourced). Listed in a page's `sources` and shown under the page and in the
 * PDF; `masterplan check` warns when a page in review or approved lists none.
 */
export const sourceSchema = z.strictObject({
  /** Who published it, as they name themselves: `Humas Kementerian PANRB`, `Ministry of the Interior of the Republic of Korea`. */
  publisher: lineSchema,
  /** Its title as published, in its own language. */
  title: lineSchema,
  /** The day it was published, `YYYY-MM-DD`. */
  date: isoDateSchema,
  /**
   * Where a reader finds it: the original's address (`https://…`), or the
   * site's own copy (`/siaran-pers/…/`, resolved in the page's language).
   * Absent when no address is known; never guessed.
   */
  url: z
    .string()
    .regex(/^(?:https?:\/\/\S+|\/\S*)$/, 'expected an address starting with https:// or a site path starting with /, e.g. /siaran-pers/peresmian-pusat-kerja-sama-e-government-ri-rok/')
    .optional(),
});

/** A page's sources, in the order a reader should consult them. Default: none (reported once the page is in review). */
export const sourcesSchema = z.array(sourceSchema).default([]);

/** A source as an author writes it. */
export type SourceInput = z.input<typeof sourceSchema>;
/** A source after validation. */
export type Source = z.output<typeof sourceSchema>;
