/**
 * The redline of the whole content between two versions: which pages
 * changed (following renames and moves), and for each, the page comparison.
 * A fixed handful of git calls whatever the number of pages: one diff, one
 * batch read per version; each file is parsed once.
 */
import {renamedChanges, type FileChangeEntry} from '../history/changeSet';
import {tokensOf} from './blocks';
import {compareReadPages, fileKindOf, newReadCache, readPage, type ReadPage} from './comparePage';
import {contentFolders, contentPlaceOf, REDLINE_COLLECTIONS, type ContentPlace} from './contentFiles';
import {editionFileOf, openVersion, type Version, type VersionSpec} from './versions';
import {REDLINE_REPORT_VERSION, type PageRedline, type RedlineDiagnostic, type RedlineReport, type VersionInfo} from './types';
import {similarity} from './words';

/** What {@link compareVersions} compares. */
export interface CompareVersionsOptions {
  /** The older version. Default: the merge base with origin/main, else HEAD. */
  base?: VersionSpec;
  /** The newer version. Default: the working tree. */
  head?: VersionSpec;
  /** Only these site-relative files (either path of a rename). Default: every page of the covered collections. */
  paths?: readonly string[];
}

/** An unpaired removed and added page reading at least this alike were moved (a plain `mv` git does not see, or an edition). */
const SAME_PAGE = 0.5;
/** Above this many removed × added pages, only pages with the same file name are paired (keeps a reorganisation linear). */
const MAX_PAGE_PAIRINGS = 400;

/** A changed file: where it was and where it is (one is missing for an addition or a removal). */
interface Entry {
  basePath?: string;
  headPath?: string;
}

/** Which files differ: git tells it between commits and the working tree; anything else is compared file by file. */
async function changedEntries(siteDir: string, base: Version, head: Version, folders: string[]): Promise<{entries: Entry[]; read?: {base: Map<string, string | undefined>; head: Map<string, string | undefined>}}> {
  if (base.commit !== undefined && (head.commit !== undefined || head.spec.kind === 'worktree')) {
    const changes = await renamedChanges(siteDir, base.commit, head.commit, folders);
    return {entries: changes.map(toEntry)};
  }
  const [baseFiles, headFiles] = await Promise.all([base.list(), head.list()]);
  const [baseTexts, headTexts] = await Promise.all([base.read(baseFiles), head.read(headFiles)]);
  const entries: Entry[] = [];
  for (const file of new Set([...baseFiles, ...headFiles])) {
    const before = baseTexts.get(file);
    const after = headTexts.get(file);
    if (before === after) continue;
    entries.push({...(before === undefined ? {} : {basePath: file}), ...(after === undefined ? {} : {headPath: file})});
  }
  return {entries, read: {base: baseTexts, head: headTexts}};
}

function toEntry(change: FileChangeEntry): Entry {
  switch (change.status) {
    case 'A':
      return {headPath: change.path};
    case 'D':
      return {basePath: change.path};
    case 'R':
      return {basePath: change.previousPath!, headPath: change.path};
    default:
      return {basePath: change.path, headPath: change.path};
  }
}

const fileName = (file: string) => file.slice(file.lastIndexOf('/') + 1);
const bodyTokens = (page: ReadPage) => page.blocks.flatMap(tokensOf);

/**
 * Pairs pages removed in one place and added in another, in the same
 * language, that are one page moved: same file name first, else text alike.
 */
function pairMoves(entries: Entry[], pages: {base: Map<string, ReadPage>; head: Map<string, ReadPage>}): Entry[] {
  const removed = entries.filter((entry) => entry.headPath === undefined);
  const added = entries.filter((entry) => entry.basePath === undefined);
  if (removed.length === 0 || added.length === 0) return entries;
  const compareText = removed.length * added.length <= MAX_PAGE_PAIRINGS;
  const paired = new Set<Entry>();
  const moves: Entry[] = [];
  for (const gone of removed) {
    const goneLocale = contentPlaceOf(gone.basePath!)?.locale;
    const candidates = added.filter((entry) => !paired.has(entry) && contentPlaceOf(entry.headPath!)?.locale === goneLocale);
    let match = candidates.find((entry) => fileName(entry.headPath!) === fileName(gone.basePath!));
    if (!match && compareText) {
      const goneTokens = bodyTokens(pages.base.get(gone.basePath!)!);
      let bestScore = SAME_PAGE;
      for (const candidate of candidates) {
        const score = similarity(goneTokens, bodyTokens(pages.head.get(candidate.headPath!)!));
        if (score >= bestScore) [match, bestScore] = [candidate, score];
      }
    }
    if (!match) continue;
    paired.add(gone).add(match);
    moves.push({basePath: gone.basePath!, headPath: match.headPath!});
  }
  return [...entries.filter((entry) => !paired.has(entry)), ...moves];
}

function changeKind(entry: Entry, basePlace: ContentPlace | undefined, headPlace: ContentPlace | undefined): PageRedline['change'] {
  if (entry.basePath === undefined) return 'added';
  if (entry.headPath === undefined) return 'removed';
  if (entry.basePath === entry.headPath) return 'modified';
  return basePlace?.collection === headPlace?.collection ? 'renamed' : 'moved';
}

const COLLECTION_ORDER = REDLINE_COLLECTIONS.map((collection) => collection.id);

function comparePages(a: PageRedline, b: PageRedline): number {
  return (
    COLLECTION_ORDER.indexOf(a.collection) - COLLECTION_ORDER.indexOf(b.collection) ||
    (a.chapter ?? Number.MAX_SAFE_INTEGER) - (b.chapter ?? Number.MAX_SAFE_INTEGER) ||
    a.id.localeCompare(b.id) ||
    (a.locale === b.locale ? 0 : a.locale === 'id' ? -1 : 1) ||
    a.path.localeCompare(b.path)
  );
}

function versionInfo(version: Version): VersionInfo {
  const spec = version.spec.kind === 'worktree' ? 'worktree' : version.spec.kind === 'edition' ? `edition:${version.spec.name}` : version.spec.ref;
  return {spec, label: version.label, ...(version.commit ? {commit: version.commit} : {})};
}

function stringField(data: Record<string, unknown> | undefined, key: string): string | undefined {
  const value = data?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** Reads each changed file once; the two versions of one page share their pieces (chunks.ts), so what did not change is parsed once. */
function readEntries(entries: readonly Entry[], baseTexts: Map<string, string | undefined>, headTexts: Map<string, string | undefined>): {base: Map<string, ReadPage>; head: Map<string, ReadPage>} {
  const pages = {base: new Map<string, ReadPage>(), head: new Map<string, ReadPage>()};
  for (const entry of entries) {
    const cache = newReadCache();
    const before = entry.basePath === undefined ? undefined : baseTexts.get(entry.basePath);
    const after = entry.headPath === undefined ? undefined : headTexts.get(entry.headPath);
    if (before !== undefined) pages.base.set(entry.basePath!, readPage(before, fileKindOf(entry.basePath!), cache));
    if (after !== undefined) pages.head.set(entry.headPath!, readPage(after, fileKindOf(entry.headPath!), cache));
  }
  return pages;
}

/** The redline of one changed file, or `undefined` when a reader would see no change (only line endings or trailing spaces). */
function pageRedline(entry: Entry, pages: {base: Map<string, ReadPage>; head: Map<string, ReadPage>}, collections: readonly string[]): PageRedline | undefined {
  const before = entry.basePath === undefined ? undefined : pages.base.get(entry.basePath);
  const after = entry.headPath === undefined ? undefined : pages.head.get(entry.headPath);
  const basePlace = entry.basePath === undefined ? undefined : contentPlaceOf(entry.basePath);
  const headPlace = entry.headPath === undefined ? undefined : contentPlaceOf(entry.headPath);
  const place = headPlace ?? basePlace;
  if (!place || !collections.includes(place.collection)) return undefined;
  const comparison = compareReadPages(before, after);
  const change = changeKind(entry, basePlace, headPlace);
  // A page that can no longer be read stays, to be named.
  if (change === 'modified' && !comparison.changed && comparison.problems.length === 0) return undefined;
  const data = after?.data ?? before?.data;
  const title = stringField(data, 'title');
  const chapter = typeof data?.chapter === 'number' ? data.chapter : undefined;
  const path = entry.headPath ?? entry.basePath!;
  return {
    path,
    ...(entry.basePath !== undefined && entry.basePath !== path ? {previousPath: entry.basePath} : {}),
    collection: place.collection,
    ...(change === 'moved' && basePlace ? {previousCollection: basePlace.collection} : {}),
    locale: place.locale,
    id: place.id,
    change,
    ...(title === undefined ? {} : {title}),
    ...(chapter === undefined ? {} : {chapter}),
    comparison,
  };
}

/** The page's problems as diagnostics naming the file where it is: an edition's own path for the older version of an edition. */
function diagnosticsOf(page: PageRedline, base: Version): RedlineDiagnostic[] {
  return page.comparison.problems.map((problem) => {
    const file = problem.side === 'before' ? (page.previousPath ?? page.path) : page.path;
    return {
      file: base.spec.kind === 'edition' && problem.side === 'before' ? (editionFileOf(file, base.spec.name) ?? file) : file,
      version: problem.side === 'before' ? 'base' : 'head',
      line: problem.line,
      column: problem.column,
      // The newer version is the author's to fix; the older one is history.
      severity: problem.side === 'after' ? 'error' : 'warning',
      message: problem.message,
      ...(problem.hint ? {hint: problem.hint} : {}),
    };
  });
}

/**
 * Compares the content of two versions: every changed page of the master
 * plan, the curricula and the consultation notes, in both languages.
 * Throws `UnknownBaseError`, `ShallowCloneError` (history/changeSet.ts) or
 * {@link UnknownEditionError} when a version cannot be found; a page that
 * cannot be read completely becomes a diagnostic and the rest goes on.
 *
 * @example
 * const report = await compareVersions(siteDir, {base: parseVersionSpec('origin/main')});
 * for (const page of report.pages) console.log(page.path, page.comparison.wordsAdded);
 */
export async function compareVersions(siteDir: string, options: CompareVersionsOptions = {}): Promise<RedlineReport> {
  const [base, head] = await Promise.all([openVersion(siteDir, options.base, 'base'), openVersion(siteDir, options.head, 'head')]);
  const collections = base.collections.filter((collection) => head.collections.includes(collection));
  const {entries: allEntries, read} = await changedEntries(siteDir, base, head, contentFolders(collections));
  const wanted = options.paths === undefined ? undefined : new Set(options.paths);
  const covered = (file: string | undefined) => {
    const place = file === undefined ? undefined : contentPlaceOf(file);
    return place !== undefined && collections.includes(place.collection);
  };
  const entries = allEntries.filter(
    (entry) => (covered(entry.basePath) || covered(entry.headPath)) && (wanted === undefined || wanted.has(entry.basePath ?? '') || wanted.has(entry.headPath ?? '')),
  );
  const [baseTexts, headTexts] = read
    ? [read.base, read.head]
    : await Promise.all([base.read(entries.flatMap((entry) => entry.basePath ?? [])), head.read(entries.flatMap((entry) => entry.headPath ?? []))]);
  const pages = readEntries(entries, baseTexts, headTexts);
  const redlines = pairMoves(entries, pages).flatMap((entry) => pageRedline(entry, pages, collections) ?? []);
  redlines.sort(comparePages);
  return {
    version: REDLINE_REPORT_VERSION,
    base: versionInfo(base),
    head: versionInfo(head),
    pages: redlines,
    summary: summarize(redlines),
    diagnostics: redlines.flatMap((page) => diagnosticsOf(page, base)),
  };
}

function summarize(pages: readonly PageRedline[]): RedlineReport['summary'] {
  const chapters = new Set(pages.filter((page) => page.collection === 'rencana-induk').map((page) => page.id));
  const statusChanges: RedlineReport['summary']['statusChanges'] = [];
  for (const page of pages) {
    const status = page.comparison.metadata.find((change) => change.field === 'status');
    if (!status) continue;
    statusChanges.push({
      path: page.path,
      ...(page.title === undefined ? {} : {title: page.title}),
      ...(typeof status.before === 'string' ? {before: status.before} : {}),
      ...(typeof status.after === 'string' ? {after: status.after} : {}),
    });
  }
  return {
    pages: pages.length,
    chapters: chapters.size,
    wordsAdded: pages.reduce((sum, page) => sum + page.comparison.wordsAdded, 0),
    wordsRemoved: pages.reduce((sum, page) => sum + page.comparison.wordsRemoved, 0),
    statusChanges,
  };
}
