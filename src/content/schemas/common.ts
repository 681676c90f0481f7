import * as z from 'zod';

/** A lower-case identifier made of letters, digits and hyphens (`rini`, `keamanan-informasi`). */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "dasar-e-government"');

/**
 * Who is responsible for something: a key of the teams registry
 * (`data/teams.yml`, e.g. `panrb-perencana`) or of the people registry
 * (`data/people.yml`). A team stands in until the ministries name a person
 * (issue 15); the id is resolved in both registries, which share no keys.
 */
export const assigneeIdSchema = idSchema.describe('team id from data/teams.yml or person id from data/people.yml');

/** A program id: a key of the programs registry (`data/programs.yml`). */
export const programIdSchema = idSchema.describe('program id from data/programs.yml');

/**
 * A calendar date written `YYYY-MM-DD`. A string, as our one frontmatter reader
 * (src/toolkit/content/frontmatter.ts, YAML 1.2) gives it: no `Date` objects
 * reach the schemas (the site's plugins re-read frontmatter with that reader
 * instead of taking Docusaurus's js-yaml values, see src/plugins/loadedDocs.ts).
 */
export const isoDateSchema = z.iso.date({error: 'expected a date written YYYY-MM-DD, e.g. 2016-03-02'});

/** An instant with its UTC offset, `2016-03-02T14:35:00+07:00`, kept as written. */
export const isoDateTimeSchema = z.iso.datetime({offset: true, error: 'expected a date and time with offset, e.g. 2016-03-02T14:35:00+07:00'});

/** A non-empty single line of text. */
export const lineSchema = z.string().trim().min(1, 'must not be empty');

/** A SHA-256 digest written as 64 lower-case hex digits. */
export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/, 'expected 64 lower-case hex digits');

/**
 * Keys an English translation may carry about its Indonesian source. Allowed
 * on every page so one schema serves both languages.
 */
export const translationFields = {
  /**
   * SHA-256 of the Indonesian source file (BOM removed, line endings as LF) at
   * the time this translation was last brought up to date. Optional: where git
   * history exists it decides staleness; where it does not (an export, a
   * tarball), a translation whose recorded hash differs from the source's is
   * stale. `masterplan check` prints the current hash when it reports one.
   */
  translation_source: sha256Schema.optional(),
};

/**
 * Docusaurus's own frontmatter keys that any page may use. Listed explicitly so
 * every other key is an error (a `stauts:` typo must not pass silently).
 */
export const docusaurusDocFields = {
  /** Short text for search engines and link previews. Defaults to the first paragraph. */
  description: z.string().optional(),
  /** URL path of the page inside its collection. Defaults to the file name. */
  slug: z.string().optional(),
  /** Label in the sidebar. Defaults to `title`. */
  sidebar_label: z.string().optional(),
  /** Position in the sidebar. Defaults to alphabetical order. */
  sidebar_position: z.number().optional(),
  /** Extra search keywords for the page's meta tags. */
  keywords: z.array(z.string()).optional(),
  /** Image for link previews, relative to `static/`. */
  image: z.string().optional(),
  /** Hide the table of contents on the right. Default false. */
  hide_table_of_contents: z.boolean().optional(),
  /** Deepest heading level in the table of contents. Default 3. */
  toc_max_heading_level: z.number().int().min(2).max(6).optional(),
  /** Override of the "next" link at the bottom; `null` hides it. */
  pagination_next: z.string().nullable().optional(),
  /** Override of the "previous" link at the bottom; `null` hides it. */
  pagination_prev: z.string().nullable().optional(),
  ...translationFields,
};
