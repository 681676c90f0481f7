/**
 * `internal-links`: every link inside the site points at something that
 * exists. A relative link (`./bab-kedua.md`) names a file; an absolute link
 * into one of our collections (`/rencana-induk/bab-kedua/`) names a page's URL,
 * computed as Docusaurus does (slugs, number prefixes, `index` pages).
 *
 * ok: `[bab kedua](./bab-kedua.md)` · not-ok: `[bab lain](./bab-lain.md)` (Link to a missing file `./bab-lain.md`, did you mean `bab-uji.md`?)
 */
import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Definition, Link} from 'mdast';
import {visit} from 'unist-util-visit';

import {COLLECTIONS, didYouMean} from '../../../content';
import {docRoute} from '../../pdf/docRoute';
import type {CheckContext, ParsedFile, Report, Rule, Span} from '../types';

/** A link to a URL of the site, checked once every page's URL is known. */
interface RouteLink {
  file: string;
  url: string;
  span: Span;
}

const ROUTE_LINKS = 'internal-links:route-links';
const ROUTES = 'internal-links:routes';
const COLLECTION_ROOTS = new Set(COLLECTIONS.map((collection) => collection.route));
const INLINE_LINK = /\]\(\s*<?([^)\s>]*)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm;

/** A URL path without query, fragment or locale prefix, ending in `/` (`/rencana-induk/pendahuluan/`). */
function normalise(route: string): string {
  const clean = route.replace(/[?#].*$/, '').replace(/^\/en(?=\/)/, '').replace(/\/+/g, '/');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** Links to another site, to a fragment of this page, or nothing at all: not ours to check. */
function isExternalOrFragment(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '';
}

/** The URL of a page without the locale prefix, e.g. `/rencana-induk/pendahuluan/`. */
function routeOf(file: ParsedFile): string | undefined {
  const {collection, collectionPath} = file;
  if (!collection || !collectionPath) return undefined;
  const data = (file.yaml?.data ?? {}) as Record<string, unknown>;
  const slug = typeof data.slug === 'string' ? data.slug : undefined;
  if (collection.id === 'siaran-pers') {
    // The blog's URL: the slug, or the folder (or file) name without its date.
    const fallback = collectionPath.replace(/(^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
    return normalise(`${collection.route}${slug ?? fallback}`);
  }
  const id = typeof data.id === 'string' ? data.id : undefined;
  return normalise(docRoute({relativePath: collectionPath, versionRoute: collection.route, ...(slug !== undefined ? {slug} : {}), ...(id !== undefined ? {id} : {})}));
}

/**
 * Whether the file may hold a link that needs a closer look. Scans the text for
 * anything that looks like a link target; when every one of them is fine
 * (external, an existing file, a collection's root), there is nothing to
 * report, and the Markdown tree is not needed.
 */
function mayHaveBrokenLinks(file: ParsedFile, context: CheckContext): boolean {
  const text = file.text ?? '';
  const targets = [...text.matchAll(INLINE_LINK), ...text.matchAll(DEFINITION)].map((match) => match[1] ?? '');
  for (const url of targets) {
    if (isExternalOrFragment(url)) continue;
    if (url.startsWith('/')) {
      if (COLLECTION_ROOTS.has(normalise(url))) continue;
      return true;
    }
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), safeDecode(url.replace(/[?#].*$/, ''))));
    if (!context.sitePages.has(resolved)) return true;
  }
  return false;
}

/** Reports relative links to missing files now; gathers links to site URLs for the project phase. */
function checkLinks(file: ParsedFile, context: CheckContext, report: Report): void {
  if (!file.mdx && !mayHaveBrokenLinks(file, context)) return;
  const {tree, lines} = file;
  if (!tree || !lines) return;
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const {url} = node as Link | Definition;
    if (isExternalOrFragment(url)) return;
    const start = node.position?.start.offset ?? 0;
    const span = lines.span(start, node.position?.end.offset ?? start);
    const target = safeDecode(url.replace(/[?#].*$/, ''));
    if (url.startsWith('/')) {
      const first = target.replace(/^\/en(?=\/)/, '').split('/')[1] ?? '';
      // Only routes of our collections are checked; /img/, /toolkit/ and others are Docusaurus's business.
      if (COLLECTION_ROOTS.has(`/${first}/`)) context.collect(ROUTE_LINKS, {file: file.path, url, span} satisfies RouteLink);
      return;
    }
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), target));
    if (context.sitePages.has(resolved) || existsSync(path.join(context.siteDir, resolved))) return;
    const guess = didYouMean(path.posix.basename(resolved), [...context.sitePages].filter((page) => path.posix.dirname(page) === path.posix.dirname(resolved)).map((page) => path.posix.basename(page)));
    report({...span, message: `Link to a missing file \`${url}\`${guess ? `, did you mean \`${guess}\`?` : ''}`});
  });
}

/** Every URL the site serves for our collections (Indonesian paths; English ones mirror them). */
async function siteRoutes(context: CheckContext): Promise<Set<string>> {
  const routes = new Set<string>(['/']);
  for (const collection of COLLECTIONS) {
    routes.add(collection.route);
    if (collection.id === 'siaran-pers') {
      for (const extra of ['archive/', 'tags/', 'authors/']) routes.add(`${collection.route}${extra}`);
      for (const tag of context.blogTags) routes.add(`${collection.route}tags/${tag}/`);
    }
  }
  const known = new Set<string>();
  for (const item of context.collected(ROUTES) as {file: string; route: string}[]) {
    routes.add(item.route);
    known.add(item.file);
  }
  // Pages outside this run (a check of some paths only): read them here.
  for (const page of context.sitePages) {
    if (page.startsWith('i18n/') || known.has(page)) continue;
    const file = await context.file(page);
    const route = file ? routeOf(file) : undefined;
    if (route) routes.add(route);
  }
  return routes;
}

export const internalLinksRule: Rule = {
  id: 'internal-links',
  description: 'Links to files and pages of the site point at something that exists.',
  severity: 'error',
  checkFile(file, context, report) {
    if (file.kind !== 'page') return;
    checkLinks(file, context, report);
    const route = file.locale === 'id' ? routeOf(file) : undefined;
    if (route) context.collect(ROUTES, {file: file.path, route});
  },
  async checkProject(context, report) {
    const routeLinks = context.collected(ROUTE_LINKS) as RouteLink[];
    if (routeLinks.length === 0) return;
    const routes = await siteRoutes(context);
    for (const link of routeLinks) {
      const route = normalise(safeDecode(link.url));
      // Blog listing pages (/siaran-pers/page/2/) exist as long as there are posts.
      if (routes.has(route) || /\/page\/\d+\/$/.test(route)) continue;
      const guess = didYouMean(route, routes);
      report(link.file, {...link.span, message: `Link to a missing page \`${link.url}\`${guess ? `, did you mean \`${guess}\`?` : ''}`});
    }
  },
};
