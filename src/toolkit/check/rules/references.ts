/**
 * `references`: everything a page points at exists. Owners, reviewers,
 * approvers and action owners are teams in data/teams.yml or people in
 * data/people.yml; `program` is
 * in data/programs.yml; press authors and tags are in blog/authors.yml and
 * blog/tags.yml; curriculum prerequisites exist and form no cycle; internal
 * links point at existing pages.
 *
 * ok: `owners: [rini]` · not-ok: `owners: [rni]` (owners[0]: unknown planner "rni", did you mean "rini"?)
 */
import {existsSync} from 'node:fs';
import path from 'node:path';

import type {Definition, Link} from 'mdast';
import {visit} from 'unist-util-visit';

import {assigneeIds, COLLECTIONS, didYouMean, formatPath} from '../../../content';
import {spanOfPath} from '../yamlPosition';
import type {CheckContext, ParsedFile, Report, Rule, Span} from '../types';

type Frontmatter = Record<string, unknown>;

interface RouteLink {
  file: string;
  url: string;
  span: Span;
}

const ROUTE_LINKS = 'references:route-links';
const ROUTES = 'references:routes';
const MODULES = 'references:modules';

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function checkIds(file: ParsedFile, report: Report, entries: [PropertyKey[], unknown][], known: Set<string>, what: string): void {
  for (const [keyPath, value] of entries) {
    if (typeof value !== 'string' || known.has(value)) continue;
    const guess = didYouMean(value, known);
    report({
      ...spanOfPath(file, keyPath),
      message: `${formatPath(keyPath)}: unknown ${what} "${value}"${guess ? `, did you mean "${guess}"?` : ''}`,
    });
  }
}

/** The page's id inside its collection, as prerequisites name it (`dasar-e-government`). */
function moduleId(collectionPath: string): string {
  return collectionPath.replace(/\.mdx?$/, '');
}

/** The URL path of a page without the locale prefix, e.g. `/rencana-induk/pendahuluan/`. */
function routeOf(file: ParsedFile): string | undefined {
  const {collection, collectionPath} = file;
  if (!collection || !collectionPath) return undefined;
  const data = (file.yaml?.data ?? {}) as Frontmatter;
  const slug = typeof data.slug === 'string' ? data.slug : undefined;
  const base = collection.route;
  if (collection.id === 'siaran-pers') {
    const fallback = collectionPath.replace(/(^|\/)index\.mdx?$/, '').replace(/\.mdx?$/, '').replace(/^\d{4}-\d{2}-\d{2}-/, '');
    return normalise(`${base}${slug ?? fallback}`);
  }
  if (slug !== undefined) {
    if (slug.startsWith('/')) return normalise(`${base}${slug.slice(1)}`);
    const folder = path.posix.dirname(collectionPath);
    return normalise(`${base}${folder === '.' ? '' : `${folder}/`}${slug}`);
  }
  return normalise(`${base}${collectionPath.replace(/\.mdx?$/, '').replace(/(^|\/)(index|readme)$/i, '')}`);
}

function normalise(route: string): string {
  const clean = route.replace(/[?#].*$/, '').replace(/^\/en(?=\/)/, '').replace(/\/+/g, '/');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

function checkFrontmatter(file: ParsedFile, context: CheckContext, report: Report): void {
  const data = file.yaml?.data;
  if (!data || typeof data !== 'object' || !file.collection) return;
  const fm = data as Frontmatter;
  const people = assigneeIds(context.registries);
  const programs = new Set(Object.keys(context.registries.programs ?? {}));
  const personFields = ['owners', 'reviewers', 'approved_by'] as const;
  if (context.registries.people || context.registries.teams) {
    const entries: [PropertyKey[], unknown][] = [];
    for (const field of personFields) asArray(fm[field]).forEach((value, index) => entries.push([[field, index], value]));
    asArray(fm.actions).forEach((action, index) => entries.push([['actions', index, 'owner'], (action as Frontmatter | null)?.owner]));
    checkIds(file, report, entries, people, 'planner');
  }
  if (context.registries.programs && fm.program !== undefined) checkIds(file, report, [[['program'], fm.program]], programs, 'program');
  if (file.collection.id === 'siaran-pers') {
    checkIds(file, report, asArray(fm.authors).map((value, index) => [['authors', index], value]), context.blogAuthors, 'author (blog/authors.yml)');
    checkIds(file, report, asArray(fm.tags).map((value, index) => [['tags', index], value]), context.blogTags, 'tag (blog/tags.yml)');
  }
  if (file.collection.id === 'kurikulum') {
    const folder = file.locale === 'id' ? file.collection.dir : file.collection.enDir;
    const key = `references:modules:${folder}`;
    let modules = context.store.get(key) as Set<string> | undefined;
    if (!modules) {
      modules = new Set([...context.sitePages].filter((page) => page.startsWith(`${folder}/`)).map((page) => moduleId(page.slice(folder.length + 1))));
      context.store.set(key, modules);
    }
    checkIds(file, report, asArray(fm.prerequisites).map((value, index) => [['prerequisites', index], value]), modules, 'module');
  }
}

const INLINE_LINK = /\]\(\s*<?([^)\s>]*)/g;
const DEFINITION = /^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)/gm;
const COLLECTION_ROOTS = new Set(COLLECTIONS.map((collection) => collection.route));

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
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') continue;
    if (url.startsWith('/')) {
      if (COLLECTION_ROOTS.has(normalise(url))) continue;
      return true;
    }
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), safeDecode(url.replace(/[?#].*$/, ''))));
    if (!context.sitePages.has(resolved)) return true;
  }
  return false;
}

function collectLinks(file: ParsedFile, context: CheckContext, report: Report): void {
  if (!file.mdx && !mayHaveBrokenLinks(file, context)) return;
  const {tree, lines} = file;
  if (!tree || !lines) return;
  visit(tree, (node) => {
    if (node.type !== 'link' && node.type !== 'definition') return;
    const {url} = node as Link | Definition;
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    const span = lines.span(start, end);
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#') || url === '') return;
    const target = safeDecode(url.replace(/[?#].*$/, ''));
    if (url.startsWith('/')) {
      const first = target.replace(/^\/en(?=\/)/, '').split('/')[1] ?? '';
      // Only routes of our collections are checked; /img/, /toolkit/ and others are Docusaurus's business.
      if (COLLECTIONS.some((collection) => collection.route === `/${first}/`)) context.collect(ROUTE_LINKS, {file: file.path, url, span} satisfies RouteLink);
      return;
    }
    const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), target));
    if (context.sitePages.has(resolved) || existsSync(path.join(context.siteDir, resolved))) return;
    const guess = didYouMean(path.posix.basename(resolved), [...context.sitePages].filter((page) => path.posix.dirname(page) === path.posix.dirname(resolved)).map((page) => path.posix.basename(page)));
    report({...span, message: `Link to a missing file \`${url}\`${guess ? `, did you mean \`${guess}\`?` : ''}`});
  });
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
}

/** A curriculum module's prerequisites, gathered for the cycle check. */
interface ModuleEntry {
  file: string;
  folder: string;
  id: string;
  prerequisites: string[];
  spans: Span[];
}

function moduleEntry(file: ParsedFile): ModuleEntry | undefined {
  const {collection, collectionPath} = file;
  if (collection?.id !== 'kurikulum' || !collectionPath) return undefined;
  const prerequisites = asArray((file.yaml?.data as Frontmatter | undefined)?.prerequisites);
  const strings = prerequisites.filter((value): value is string => typeof value === 'string');
  return {
    file: file.path,
    folder: file.locale === 'id' ? collection.dir : collection.enDir,
    id: moduleId(collectionPath),
    prerequisites: strings,
    spans: strings.map((_value, index) => spanOfPath(file, ['prerequisites', index])),
  };
}

/** Every route the site serves for our collections (Indonesian paths; English ones mirror them). */
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

/** Every cycle in a prerequisite graph, each as a path that ends where it starts. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const walk = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return cycles;
}

export const referencesRule: Rule = {
  id: 'references',
  description: 'Planners, programs, authors, tags, prerequisites and internal links exist; prerequisites form no cycle.',
  severity: 'error',
  checkFile(file, context, report) {
    if (file.kind !== 'page') return;
    checkFrontmatter(file, context, report);
    collectLinks(file, context, report);
    const route = file.locale === 'id' ? routeOf(file) : undefined;
    if (route) context.collect(ROUTES, {file: file.path, route});
    const entry = moduleEntry(file);
    if (entry) context.collect(MODULES, entry);
  },
  async checkProject(context, report) {
    const routeLinks = context.collected(ROUTE_LINKS) as RouteLink[];
    if (routeLinks.length > 0) {
      const routes = await siteRoutes(context);
      for (const link of routeLinks) {
        const route = normalise(safeDecode(link.url));
        if (routes.has(route) || /\/page\/\d+\/$/.test(route)) continue;
        const guess = didYouMean(route, routes);
        report(link.file, {...link.span, message: `Link to a missing page \`${link.url}\`${guess ? `, did you mean \`${guess}\`?` : ''}`});
      }
    }
    const kurikulum = COLLECTIONS.find((collection) => collection.id === 'kurikulum');
    if (!kurikulum) return;
    const entries = new Map((context.collected(MODULES) as ModuleEntry[]).map((entry) => [entry.file, entry]));
    for (const page of context.sitePages) {
      if (entries.has(page) || !(page.startsWith(`${kurikulum.dir}/`) || page.startsWith(`${kurikulum.enDir}/`))) continue;
      const file = await context.file(page);
      const entry = file ? moduleEntry(file) : undefined;
      if (entry) entries.set(page, entry);
    }
    for (const folder of [kurikulum.dir, kurikulum.enDir]) {
      const inFolder = [...entries.values()].filter((entry) => entry.folder === folder);
      const graph = new Map(inFolder.map((entry) => [entry.id, entry.prerequisites]));
      const byId = new Map(inFolder.map((entry) => [entry.id, entry]));
      for (const cycle of findCycles(graph)) {
        const [first, second] = cycle;
        const entry = first ? byId.get(first) : undefined;
        if (!entry || second === undefined) continue;
        const span = entry.spans[entry.prerequisites.indexOf(second)] ?? {line: 1, column: 1};
        report(entry.file, {...span, message: `Prerequisites form a cycle: ${cycle.join(' → ')}`, hint: 'A module cannot require itself, directly or through others; remove one prerequisite of the cycle.'});
      }
    }
  },
};
