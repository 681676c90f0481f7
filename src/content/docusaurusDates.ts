/**
 * The one place a date from Docusaurus's own frontmatter parse is read.
 * Components that take fields from `useDoc().frontMatter` get what
 * Docusaurus's js-yaml made of them: an unquoted `2026-06-30` is a `Date` at
 * UTC midnight, which reaches the page as the string `2026-06-30T00:00:00.000Z`
 * (page data is JSON), or stays a `Date` where the object is used directly.
 * Our schemas never see these (they read frontmatter with our own reader).
 */

/** The `YYYY-MM-DD` day of a frontmatter date as Docusaurus hands it over, or undefined when there is none. */
export function frontMatterDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value);
  return day ? day[0] : undefined;
}
