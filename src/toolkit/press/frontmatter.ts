import {Document, isSeq} from 'yaml';
import type {z} from 'zod';

import {pressPostSchema, type PressPost, type PressPostInput} from '../../content';

/** A frontmatter that does not match `pressPostSchema`, with one message per field. */
export type FrontmatterCheck = {ok: true; frontmatter: PressPost} | {ok: false; problems: string[]};

/** Validates a post's frontmatter against the content model, naming each offending field. */
export function checkFrontmatter(frontmatter: unknown): FrontmatterCheck {
  const result = pressPostSchema.safeParse(frontmatter);
  if (result.success) return {ok: true, frontmatter: result.data};
  return {ok: false, problems: result.error.issues.map((issue: z.core.$ZodIssue) => `${issue.path.join('.') || '(frontmatter)'}: ${issue.message}`)};
}

/**
 * Serialises frontmatter with the `yaml` library, never by string templates,
 * so no title can break it. Written as YAML 1.1 because Docusaurus reads
 * frontmatter with js-yaml (1.1): a title `yes` or `2016-03-02` is then quoted
 * and stays a string (the date too, which Docusaurus reads the same either way).
 */
export function stringifyFrontmatter(frontmatter: PressPostInput): string {
  const document = new Document(frontmatter, {version: '1.1'});
  for (const key of ['authors', 'tags']) {
    const list = document.get(key, true);
    if (isSeq(list)) list.flow = true;
  }
  return document.toString({lineWidth: 0, flowCollectionPadding: false});
}
