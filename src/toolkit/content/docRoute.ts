import path from 'node:path';

/** Docusaurus's default number prefix: `01-intro.md` is served as `intro`. */
const NUMBER_PREFIX = /^\d+\s*[-_.]+\s*(?=[^-_.\s])/;
/** Dates and versions (`2016-03-02-komite.md`, `7.0-notes.md`) keep their digits, as in plugin-content-docs' numberPrefix.ts. */
const NOT_A_NUMBER_PREFIX = /^\d+[-_.]\d+/;

function stripNumberPrefix(segment: string): string {
  return NOT_A_NUMBER_PREFIX.test(segment) ? segment : segment.replace(NUMBER_PREFIX, '');
}

/** What decides a doc's URL: its place in the docs folder and two frontmatter fields. */
export interface DocRouteInput {
  /** Path of the Markdown file relative to the docs folder, with `/` separators. */
  relativePath: string;
  /** Frontmatter `slug`, if any. */
  slug?: string;
  /** Frontmatter `id`, if any. */
  id?: string;
  /** URL of the docs version, e.g. `/rencana-induk/` or `/rencana-induk/2025/`. */
  versionRoute: string;
}

/**
 * The URL Docusaurus gives a doc (with `trailingSlash: true`), following
 * plugin-content-docs' slug rules: an absolute `slug` starts from the version
 * route, a relative one from the file's folder; without a slug the URL is the
 * folder plus the file name (or `id`), and `index`/`README` files stand for their folder.
 */
export function docRoute({relativePath, slug, id, versionRoute}: DocRouteInput): string {
  const parsed = path.posix.parse(relativePath);
  const dir = parsed.dir === '' ? '' : parsed.dir.split('/').map(stripNumberPrefix).join('/');
  const baseName = id ?? stripNumberPrefix(parsed.name);
  const folderName = path.posix.basename(parsed.dir);
  const isCategoryIndex =
    id === undefined && ['index', 'readme', folderName.toLowerCase()].includes(parsed.name.toLowerCase());
  let docPath: string;
  if (slug !== undefined) docPath = slug.startsWith('/') ? slug : path.posix.join(dir, slug);
  else docPath = isCategoryIndex ? dir : path.posix.join(dir, baseName);
  const joined = path.posix.join('/', versionRoute, docPath, '/');
  return joined.endsWith('/') ? joined : `${joined}/`;
}
