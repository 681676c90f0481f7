import type {LoadedDoc} from '../loadedDocs';

export type {LoadedDoc} from '../loadedDocs';

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
