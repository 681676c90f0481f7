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
import {internalLinks, linkTarget, pageRoute} from '../../content/links';
import type {CheckContext, ParsedFile, Report, Rule, Span} from '../types';

/** A link to a URL of the site, checked once every page's URL is known. */
interface RouteLink {
  file: string;
  url: string;
  route: string;
  span: Span;
}

const ROUTE_LINKS = 'internal-links:route-links';
const ROUTES = 'internal-links:routes';
const COLLECTION_ROOTS = new Set(COLLECTIONS.map((collection) => collection.route));

/** The URL of a page without the locale prefix, e.g. `/rencana-induk/pendahuluan/`. */
function routeOf(file: ParsedFile): string | undefined {
  return pageRoute(file.path, file.yaml?.data as Record<string, unknown> | undefined);
}

/**
 * Whether the file may hold a link that needs a closer look. Scans the text for
 * anything that looks like a link target; when every one of them is fine
 * (an existing file, a collection's root), there is nothing to report, and
 * the Markdown tree is not needed.
 */
function mayHaveBrokenLinks(file: ParsedFile, context: CheckContext): boolean {
  return internalLinks(file.path, file.text ?? '').some((target) => (target.kind === 'route' ? !COLLECTION_ROOTS.has(target.route) : !context.sitePages.has(target.path)));
}

/** Reports relative links to missing files now; gathers links to site URLs for the project phase. */
function checkLinks(file: ParsedFile, context: CheckContext, report: Report): void {
  if (!file.mdx && !mayHaveBrokenLinks(file, context)) return;
  const {tree, lines} = file;
  if (!tree || !lines) return;
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const {url} = node as Link | Definition;
    const target = linkTarget(file.path, url);
    if (!target) return;
    const start = node.position?.start.offset ?? 0;
    const span = lines.span(start, node.position?.end.offset ?? start);
    if (target.kind === 'route') {
      // Only routes of our collections are checked; /img/, /toolkit/ and others are Docusaurus's business.
      if (COLLECTION_ROOTS.has(`/${target.route.split('/')[1] ?? ''}/`)) context.collect(ROUTE_LINKS, {file: file.path, url, route: target.route, span} satisfies RouteLink);
      return;
    }
    const resolved = target.path;
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
      // Blog listing pages (/siaran-pers/page/2/) exist as long as there are posts.
      if (routes.has(link.route) || /\/page\/\d+\/$/.test(link.route)) continue;
      const guess = didYouMean(link.route, routes);
      report(link.file, {...link.span, message: `Link to a missing page \`${link.url}\`${guess ? `, did you mean \`${guess}\`?` : ''}`});
    }
  },
};
