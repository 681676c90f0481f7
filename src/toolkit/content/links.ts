/**
 * Internal links between pages, read from a page's text without building its
 * Markdown tree (a scan of every page must stay cheap), and the URL each page
 * is served at, so a link by file path and a link by URL can both be followed
 * back to the page they point at.
 */
import path from 'node:path';

import {COLLECTIONS} from '../../content';
import {docRoute} from './docRoute';

/** `[text](target)`, with an optional `<target>`. */
const INLINE_LINK = /\]\(\s*<?([^)\s>]*)/g;
/** `[id]: target` reference definitions. */
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm;
/** `https:`, `mailto:`, protocol-relative `//host`: not ours. */
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Where an internal link points: a file (relative links) or a route (absolute links). */
export type LinkTarget = {kind: 'file'; path: string} | {kind: 'route'; route: string};

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** A site URL as a route to compare: no query or fragment, no `/en` locale prefix, single slashes, a trailing slash. */
export function normaliseRoute(url: string): string {
  const clean = safeDecode(url)
    .replace(/[?#].*$/, '')
    .replace(/^\/en(?=\/)/, '')
    .replace(/\/+/g, '/');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

/**
 * The internal links of a page (posix path relative to the site root): a
 * relative link resolved to the file it names, an absolute one to its route.
 * External links, anchors on the same page and empty targets are left out.
 */
export function internalLinks(page: string, text: string): LinkTarget[] {
  const targets: LinkTarget[] = [];
  for (const match of [...text.matchAll(INLINE_LINK), ...text.matchAll(DEFINITION)]) {
    const target = linkTarget(page, match[1] ?? '');
    if (target) targets.push(target);
  }
  return targets;
}

/** Where one link of a page points; `undefined` for an external link, an anchor on the same page or an empty target. */
export function linkTarget(page: string, url: string): LinkTarget | undefined {
  if (url === '' || url.startsWith('#') || EXTERNAL.test(url)) return undefined;
  if (url.startsWith('/')) return {kind: 'route', route: normaliseRoute(url)};
  return {kind: 'file', path: path.posix.normalize(path.posix.join(path.posix.dirname(page), safeDecode(url.replace(/[?#].*$/, ''))))};
}

/**
 * The route a page is served at, without the locale prefix
 * (`/rencana-induk/pendahuluan/`), from its path and its frontmatter `slug`
 * and `id`; `undefined` for a file outside the collections.
 */
export function pageRoute(page: string, frontmatter: Record<string, unknown> | undefined): string | undefined {
  const slug = typeof frontmatter?.slug === 'string' ? frontmatter.slug : undefined;
  const id = typeof frontmatter?.id === 'string' ? frontmatter.id : undefined;
  for (const collection of COLLECTIONS) {
    const dir = [collection.dir, collection.enDir].find((folder) => page.startsWith(`${folder}/`));
    if (dir === undefined) continue;
    const relativePath = page.slice(dir.length + 1);
    if (collection.id === 'siaran-pers') {
      // A release's folder (or file) name without its date, unless its slug says otherwise.
      const fallback = relativePath.replace(/(^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
      return normaliseRoute(`${collection.route}${slug?.replace(/^\//, '') ?? fallback}`);
    }
    return normaliseRoute(docRoute({relativePath, versionRoute: collection.route, ...(slug !== undefined ? {slug} : {}), ...(id !== undefined ? {id} : {})}));
  }
  return undefined;
}
