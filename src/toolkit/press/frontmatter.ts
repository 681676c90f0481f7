import {Document, isScalar, Scalar, visit} from 'yaml';

import {formatIssues, pressPostSchema, pressProvenanceSchema, type PressPost, type PressPostInput} from '../../content';

/** A frontmatter that does not match `pressPostSchema`, with one message per field. */
export type FrontmatterCheck = {ok: true; frontmatter: PressPost} | {ok: false; problems: string[]};

/** Validates a post's frontmatter against the content model, naming each offending field. */
export function checkFrontmatter(frontmatter: unknown): FrontmatterCheck {
  const result = pressPostSchema.safeParse(frontmatter);
  if (result.success) return {ok: true, frontmatter: result.data};
  return {ok: false, problems: formatIssues(pressPostSchema, frontmatter, result.error.issues)};
}

/** Why `value` cannot be a post's `source_url` (the schema's message), or undefined when it can. */
export function sourceUrlProblem(value: string): string | undefined {
  const result = pressProvenanceSchema.shape.source_url.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}

/**
 * Strings a YAML 1.1 reader may take for something else: numbers, dates and
 * times (`2016-03-02`, `1:30`), `yes`/`no`/`on`/`off`, `~`, `.nan`, `<<`, `=`.
 * Deliberately broad: a needless pair of quotes costs nothing.
 */
const YAML_11_LOOKALIKE = /^(?:[-+.~=<\d]|(?:y|yes|n|no|true|false|on|off|null)$)/i;

/**
 * Serialises frontmatter with the `yaml` library, never by string templates,
 * so no title can break it. Docusaurus reads frontmatter with js-yaml, which
 * follows YAML 1.1 in places, so every string that 1.1 could read as another
 * type is double-quoted: a title `yes` or `2016-03-02` stays a string. (The
 * library's own 1.1 mode does the same but is seven times slower.)
 */
export function stringifyFrontmatter(frontmatter: PressPostInput): string {
  const document = new Document(frontmatter);
  visit(document, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && YAML_11_LOOKALIKE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
    Seq(_key, node) {
      node.flow = true;
    },
  });
  // The date is the exception: Docusaurus appends `Z` to a date given as a string
  // (`new Date(\`${date}Z\`)`), which breaks one with an offset, so it stays plain and
  // js-yaml reads it as a timestamp with its offset.
  const date = document.get('date', true);
  if (isScalar(date)) date.type = Scalar.PLAIN;
  return document.toString({lineWidth: 0, flowCollectionPadding: false});
}
