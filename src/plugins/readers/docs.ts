/** The few fields of a loaded doc or blog post the readers plugin reads. */
export interface LoadedDoc {
  /** Doc id (file name without extension, or folder path for nested docs). */
  id: string;
  title: string;
  permalink: string;
  /** Where the doc comes from, `@site/docs/...`, for error messages. */
  source: string;
  frontMatter: Record<string, unknown>;
}

/** A doc's frontmatter did not match its collection's schema. */
export class FrontMatterError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source}: ${problems.join('; ')}`);
    this.name = 'FrontMatterError';
  }
}

/** Whether a doc is a collection's overview page (`index.md(x)`) rather than a member. */
export function isOverview(doc: LoadedDoc): boolean {
  return doc.id === 'index' || doc.id.endsWith('/index');
}
