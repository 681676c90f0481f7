/**
 * `masterplan pdf --changes-since <edition|ref>`: the redline (src/toolkit/redline)
 * of the master plan between the base and the version the PDF prints, as
 * the PDF marks it.
 */
import {ChangeSetError, compareVersions, editionFileOf, UnknownBaseError, UnknownEditionError, type PageRedline, type VersionSpec} from '../redline';
import type {ChapterChanges, PdfChanges} from './changeMarks';
import {repositoryPrefix} from '../history/changeSet';
import {listEditions, unknownEditionError} from './edition';
import {PdfError} from './errors';
import type {PdfLocale} from './locales';

/** The base to mark changes against cannot be found: bad usage, so the command exits with 2. */
export class ChangesBaseError extends PdfError {
  constructor(message: string) {
    super(message);
    this.name = 'ChangesBaseError';
  }
}

const MASTER_PLAN = 'rencana-induk';
const EDITION_PREFIX = 'edition:';

/** A published edition's name (also written `edition:<name>`, as `masterplan diff` takes it), else a git ref. An edition wins over a ref of the same name. */
function baseSpec(since: string, editions: readonly string[]): VersionSpec {
  const name = since.startsWith(EDITION_PREFIX) ? since.slice(EDITION_PREFIX.length) : since;
  if (editions.includes(name)) return {kind: 'edition', name};
  if (since.startsWith(EDITION_PREFIX)) return {kind: 'edition', name};
  return {kind: 'ref', ref: since};
}

function unknownBase(since: string, editions: readonly string[]): ChangesBaseError {
  const known = editions.length > 0 ? `the published editions are ${editions.join(', ')}` : 'this site has published no edition yet';
  return new ChangesBaseError(
    `No edition or git ref "${since}" to mark changes against: ${known}, and no branch, tag or commit has that name. ` +
      'Name an edition, or a branch, tag or commit (`git branch --all` lists branches; run `git fetch` if it is on the remote).',
  );
}

/** A git ref needs the site in a git repository; without one, only an edition can be the base. */
async function checkRepository(siteDir: string, since: string, editions: readonly string[]): Promise<void> {
  try {
    await repositoryPrefix(siteDir);
  } catch (error) {
    if (!(error instanceof ChangeSetError)) throw error;
    const instead = editions.length > 0 ? `name a published edition instead (${editions.join(', ')})` : 'nor has the site published an edition to name instead';
    throw new ChangesBaseError(`Cannot mark changes since "${since}": ${siteDir} is not in a git repository (or git is not installed), so "${since}" names no commit; ${instead}.`);
  }
}

/** Where a page of the head version is printed from: its draft path, or the edition's own copy of it. */
function printedFile(page: PageRedline, head: VersionSpec): string {
  return head.kind === 'edition' ? (editionFileOf(page.path, head.name) ?? page.path) : page.path;
}

/** A master plan page the base had and the head no longer has in the master plan (removed, or moved to another collection). */
function leftTheMasterPlan(page: PageRedline): boolean {
  return (page.change === 'removed' && page.collection === MASTER_PLAN) || (page.change === 'moved' && page.previousCollection === MASTER_PLAN && page.collection !== MASTER_PLAN);
}

/** The chapters the base had and the printed version no longer has, titled in the PDF's language when their translation went with them. */
function removedChapters(pages: readonly PageRedline[], locale: PdfLocale): PdfChanges['removedChapters'] {
  const gone = pages.filter(leftTheMasterPlan);
  return gone
    .filter((page) => page.locale === 'id')
    .map((page) => {
      const shown = gone.find((other) => other.locale === locale && other.id === page.id) ?? page;
      return {title: shown.title ?? shown.id, sourceFile: page.previousPath ?? page.path};
    });
}

/**
 * The changes to mark in a PDF of the current text (or of `edition`) in `locale` (default Indonesian) since
 * `since`: a published edition (`2030-2034` or `edition:2030-2034`) or any git
 * ref. Throws {@link ChangesBaseError} when `since` names neither, or names a
 * ref a shallow clone has not fetched.
 */
export async function changesSince(options: {siteDir: string; since: string; edition?: string; locale?: PdfLocale}): Promise<PdfChanges> {
  const {siteDir, since, edition, locale = 'id'} = options;
  const editions = listEditions(siteDir);
  if (edition !== undefined && !editions.includes(edition)) throw unknownEditionError(edition, editions);
  const base = baseSpec(since, editions);
  if (base.kind === 'ref') await checkRepository(siteDir, since, editions);
  const head: VersionSpec = edition === undefined ? {kind: 'worktree'} : {kind: 'edition', name: edition};
  let report;
  try {
    report = await compareVersions(siteDir, {base, head});
  } catch (error) {
    if (error instanceof UnknownBaseError || error instanceof UnknownEditionError) throw unknownBase(since, editions);
    // A shallow clone, no git, no repository: their messages say what to do.
    if (error instanceof ChangeSetError) throw new ChangesBaseError(error.message);
    throw error;
  }
  const chapters = new Map<string, ChapterChanges>();
  for (const page of report.pages) {
    if (page.collection !== MASTER_PLAN || page.change === 'removed') continue;
    chapters.set(printedFile(page, head), {added: page.change === 'added', comparison: page.comparison});
  }
  return {
    base: base.kind === 'edition' ? {edition: base.name} : {ref: since, commit: (report.base.commit ?? '').slice(0, 7)},
    chapters,
    removedChapters: removedChapters(report.pages, locale),
    warnings: report.diagnostics.map((diagnostic) => `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.message} (${diagnostic.version === 'base' ? since : 'the printed version'})`),
  };
}
