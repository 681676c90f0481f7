import path from 'node:path';

/**
 * The site path of a master plan chapter, as the docs plugin builds it: the
 * route base, then the `slug` frontmatter (absolute from the route base, or
 * relative to the file's folder) or the document id, with a trailing slash.
 */
export function chapterPermalink(routeBase: string, id: string, slug: string | undefined): string {
  const base = `/${routeBase.replace(/^\/|\/$/g, '')}`;
  const relative = slug === undefined ? id : slug.startsWith('/') ? slug : path.posix.join(path.posix.dirname(id), slug);
  const joined = path.posix.join(base, relative);
  return joined.endsWith('/') ? joined : `${joined}/`;
}
