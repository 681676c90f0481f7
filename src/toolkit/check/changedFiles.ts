/**
 * Which files `masterplan check --changed` checks: the pages and registries
 * that changed since a base commit (committed, staged, unstaged or untracked),
 * and the pages whose findings may change with them: pages that link to a
 * changed or deleted page, the other language of a changed page, curriculum
 * modules that require a changed module, and pages that use a registry entry
 * that was added, removed or changed. Returns data; never prints.
 *
 * Fast enough for a pre-commit hook: five git calls whatever the size of the
 * change, then one read of each page's text, parsing frontmatter only where
 * the text mentions a changed registry id.
 */
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import pLimit from 'p-limit';
import {parseDocument} from 'yaml';

import {COLLECTIONS} from '../../content';
import {readFrontmatter} from '../content/frontmatter';
import {internalLinks, pageRoute} from '../content/links';
import {REGISTRY_FILES} from '../content/registries';
import {changedPaths, readAtRevision, repositoryPrefix, resolveBase, type BaseSource, type ChangedPaths} from '../history/changeSet';
import {BLOG_REGISTRY_FILES, describeFile, isCheckedFile, listSitePages} from './siteFiles';

export {ChangeSetError, UnknownBaseError, type BaseSource} from '../history/changeSet';

/** Options of {@link changedFiles}. */
export interface ChangedFilesOptions {
  /** The site root (where docusaurus.config.ts is), inside a git repository. */
  siteDir: string;
  /** Commit, branch or tag to compare with. Default: the merge base of HEAD with origin/main, or HEAD without origin/main. */
  base?: string;
}

/** The files to check for a change set, and why each one. */
export interface ChangedFiles {
  /** Full name of the base commit (the empty tree's when the repository has no commit yet). */
  base: string;
  baseSource: BaseSource;
  /** Files to check: posix paths relative to the site root, sorted; empty when nothing the checker covers changed. */
  files: string[];
  /** Why each file is checked: `changed`, `links to docs/x.md`, `uses data/programs.yml entry keamanan-informasi`, ... */
  reasons: Record<string, string>;
}

/** A way a page can depend on something that changed, and the reason given when it does. */
interface Dependency {
  reason: string;
  /** A frontmatter value (at any depth) that names it: a planner, program, author or tag id, a module id. */
  frontmatterValue?: string;
  /** Only pages in this folder depend on it (a module's prerequisites name modules of the same folder). */
  folder?: string;
  /** `<Term id="...">` that names it. */
  termId?: string;
  /** Text the terminology rule looks for (a glossary term's variants, a correction). */
  phrases?: string[];
}

/** A page's counterpart in the other language, or `undefined` for a file outside the collections. */
function counterpart(page: string): string | undefined {
  for (const collection of COLLECTIONS) {
    if (page.startsWith(`${collection.dir}/`)) return `${collection.enDir}/${page.slice(collection.dir.length + 1)}`;
    if (page.startsWith(`${collection.enDir}/`)) return `${collection.dir}/${page.slice(collection.enDir.length + 1)}`;
  }
  return undefined;
}

function yamlData(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  const document = parseDocument(text);
  // Malformed YAML names no entries; the check of the registry itself reports it.
  return document.errors.length > 0 ? undefined : document.toJS();
}

function entriesOf(value: unknown): Map<string, unknown> {
  return new Map(value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []);
}

/** Ids whose entry was added, removed or changed between two versions of a mapping. */
function changedIds(before: Map<string, unknown>, after: Map<string, unknown>): string[] {
  const ids = new Set([...before.keys(), ...after.keys()]);
  return [...ids].filter((id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id))).sort();
}

function variantsOf(term: unknown): string[] {
  const variants = (term as {variants?: unknown} | undefined)?.variants;
  return Array.isArray(variants) ? variants.filter((variant): variant is string => typeof variant === 'string' && variant !== '') : [];
}

/** What pages may depend on in the registry entries that differ between the base and now. */
function registryDependencies(file: string, before: string | undefined, after: string | undefined): Dependency[] {
  const [old, now] = [yamlData(before), yamlData(after)];
  if (file !== REGISTRY_FILES.glossary) {
    // Pages name planners, programs, authors and tags by id in their frontmatter (see rules/registryReferences.ts).
    return changedIds(entriesOf(old), entriesOf(now)).map((id) => ({reason: `uses ${file} entry ${id}`, frontmatterValue: id}));
  }
  // A glossary term is used through <Term id> and found in prose through its variants (see rules/terminology.ts).
  const [oldTerms, newTerms] = [entriesOf((old as {terms?: unknown} | undefined)?.terms), entriesOf((now as {terms?: unknown} | undefined)?.terms)];
  const terms = changedIds(oldTerms, newTerms).map((id) => ({
    reason: `uses ${file} entry ${id}`,
    termId: id,
    phrases: [...new Set([...variantsOf(oldTerms.get(id)), ...variantsOf(newTerms.get(id))])],
  }));
  const [oldCorrections, newCorrections] = [entriesOf((old as {corrections?: unknown} | undefined)?.corrections), entriesOf((now as {corrections?: unknown} | undefined)?.corrections)];
  const corrections = changedIds(oldCorrections, newCorrections).map((wrong) => ({reason: `uses ${file} correction ${wrong}`, phrases: [wrong]}));
  return [...terms, ...corrections];
}

/** Every string in a frontmatter value, at any depth. */
function stringsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const TERM_ID = /<Term\b[^>]*?\bid=["']([^"']+)["']/g;

/** The first dependency of `dependencies` that a page has, if any. */
function firstDependency(page: string, text: string, dependencies: readonly Dependency[]): Dependency | undefined {
  let values: Set<string> | undefined;
  let termIds: Set<string> | undefined;
  for (const dependency of dependencies) {
    if (dependency.folder !== undefined && !page.startsWith(`${dependency.folder}/`)) continue;
    if (dependency.phrases?.some((phrase) => text.includes(phrase))) return dependency;
    if (dependency.termId !== undefined) {
      termIds ??= new Set([...text.matchAll(TERM_ID)].map((match) => match[1] ?? ''));
      if (termIds.has(dependency.termId)) return dependency;
    }
    // Parse the frontmatter only when the id appears in the text at all.
    if (dependency.frontmatterValue !== undefined && text.includes(dependency.frontmatterValue)) {
      values ??= stringsIn(readFrontmatter(text).data);
      if (values.has(dependency.frontmatterValue)) return dependency;
    }
  }
  return undefined;
}

/** Every version of the touched files a dependency can hang on: at the base (if they were there) and now (if they still are). */
interface TouchedTexts {
  atBase: Map<string, string | undefined>;
  now: Map<string, string | undefined>;
}

async function readTouched(siteDir: string, prefix: string, base: string, changes: ChangedPaths, touched: readonly string[]): Promise<TouchedTexts> {
  const present = new Set(changes.present);
  const hadBase = new Set([...changes.modified, ...changes.deleted]);
  const readNow = async (file: string): Promise<readonly [string, string | undefined]> => [
    file,
    present.has(file) ? await readFile(path.join(siteDir, file), 'utf8').catch(() => undefined) : undefined,
  ];
  const [atBase, now] = await Promise.all([readAtRevision(siteDir, prefix, base, touched.filter((file) => hadBase.has(file))), Promise.all(touched.map(readNow))]);
  return {atBase, now: new Map(now)};
}

/** Link targets that lead to a touched page, by file path and by every route the page had or has, each with the label a reason shows. */
function touchedTargets(pages: readonly string[], texts: TouchedTexts, present: ReadonlySet<string>): {byPath: Map<string, string>; byRoute: Map<string, string>} {
  const byPath = new Map<string, string>();
  const byRoute = new Map<string, string>();
  for (const page of pages) {
    const label = present.has(page) ? page : `${page} (deleted)`;
    byPath.set(page, label);
    for (const text of [texts.atBase.get(page), texts.now.get(page)]) {
      const route = text === undefined ? undefined : pageRoute(page, readFrontmatter(text).data);
      if (route !== undefined && !byRoute.has(route)) byRoute.set(route, label);
    }
  }
  return {byPath, byRoute};
}

/** A touched curriculum module is a dependency of the modules of its folder whose prerequisites name it. */
function moduleDependencies(siteDir: string, pages: readonly string[], present: ReadonlySet<string>): Dependency[] {
  return pages.flatMap((page) => {
    const {collection, collectionPath, locale} = describeFile(siteDir, page);
    if (collection?.id !== 'kurikulum' || !collectionPath) return [];
    const label = present.has(page) ? page : `${page} (deleted)`;
    return [{reason: `requires ${label}`, frontmatterValue: collectionPath.replace(/\.mdx?$/, ''), folder: locale === 'id' ? collection.dir : collection.enDir}];
  });
}

/** The files `masterplan check --changed` checks; see {@link ChangedFiles}. Throws a {@link ChangeSetError} outside a repository or for an unknown base. */
export async function changedFiles(options: ChangedFilesOptions): Promise<ChangedFiles> {
  const siteDir = path.resolve(options.siteDir);
  // Both at once; outside a repository, say that rather than "unknown base".
  const [prefix, baseOrError] = await Promise.all([repositoryPrefix(siteDir), resolveBase(siteDir, options.base).catch((error: unknown) => ({error}))]);
  if ('error' in baseOrError) throw baseOrError.error;
  const base = baseOrError;
  const changes = await changedPaths(siteDir, base.commit);
  const present = new Set(changes.present.filter(isCheckedFile));
  const touched = [...present, ...changes.deleted.filter(isCheckedFile)];
  const reasons = new Map<string, string>([...present].map((file) => [file, 'changed']));

  if (touched.length > 0) {
    const registries = new Set<string>([...Object.values(REGISTRY_FILES), ...Object.values(BLOG_REGISTRY_FILES)]);
    const touchedPages = touched.filter((file) => !registries.has(file));
    const texts = await readTouched(siteDir, prefix, base.commit, changes, touched);
    const sitePages = listSitePages(siteDir);
    const pageSet = new Set(sitePages);
    const add = (file: string, reason: string): void => {
      if (pageSet.has(file) && !reasons.has(file)) reasons.set(file, reason);
    };

    // The other language: the translation rule reports a missing or stale translation on the Indonesian page.
    for (const page of touchedPages) {
      const other = counterpart(page);
      if (other !== undefined) add(other, page.startsWith('i18n/') ? `source of ${page}` : `translation of ${page}`);
    }

    const {byPath, byRoute} = touchedTargets(touchedPages, texts, present);
    const dependencies = [
      ...moduleDependencies(siteDir, touchedPages, present),
      ...touched.filter((file) => registries.has(file)).flatMap((registry) => registryDependencies(registry, texts.atBase.get(registry), texts.now.get(registry))),
    ];
    // Bounded, so a 10,000-page site does not hold 10,000 files open at once.
    const limit = pLimit(16);
    const readPage = (page: string) => limit(() => readFile(path.join(siteDir, page), 'utf8').catch(() => undefined));
    await Promise.all(
      sitePages
        .filter((page) => !reasons.has(page))
        .map(async (page) => {
          const text = await readPage(page);
          if (text === undefined) return;
          const linked = internalLinks(page, text)
            .map((link) => (link.kind === 'file' ? byPath.get(link.path) : byRoute.get(link.route)))
            .find((target) => target !== undefined);
          if (linked !== undefined) return add(page, `links to ${linked}`);
          const dependency = firstDependency(page, text, dependencies);
          if (dependency) add(page, dependency.reason);
        }),
    );
  }

  const files = [...reasons.keys()].sort();
  return {base: base.commit, baseSource: base.source, files, reasons: Object.fromEntries(files.map((file) => [file, reasons.get(file)!]))};
}
