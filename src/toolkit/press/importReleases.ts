import {readFile} from 'node:fs/promises';
import path from 'node:path';

import pLimit from 'p-limit';

import {loadRegistries} from '../content/registries';
import {applyWrites} from './applyWrites';
import {FILES_AT_ONCE, readBlogState} from './blogState';
import {collectReleaseFiles} from './collectInputs';
import {failedResult, type ImportResult, type ImportStatus} from './importResult';
import type {ParseOptions} from './parseRelease';
import {planWrites} from './planWrites';
import {prepareRelease, type PrepareContext, type PreparedRelease} from './prepareRelease';
import {buildTagMatcher} from './tags';

export {EN_AUTHORS_FILE} from './applyWrites';
export type {ImportResult, ImportStatus} from './importResult';

export interface ImportOptions extends ParseOptions {
  /** Site root: holds data/glossary.yml and i18n/. */
  siteDir: string;
  /** Blog folder posts are written to (`blog/`), with its authors.yml and tags.yml. */
  outDir: string;
  /** Decide everything, write nothing. */
  dryRun?: boolean;
  /** Overwrite posts an editor has changed. */
  force?: boolean;
  /** Where the release was published (one release per import); recorded as `press_release.source_url`. */
  sourceUrl?: string;
  /** Called after each release is read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

export interface ImportSummary {
  results: ImportResult[];
  counts: Record<ImportStatus, number>;
  /** Author keys added to blog/authors.yml. */
  authorsAdded: string[];
}

/** Reads and prepares every release, several at once; results keep the files' order. */
async function prepareAll(files: readonly string[], context: PrepareContext, onProgress: ImportOptions['onProgress']): Promise<PreparedRelease[]> {
  let done = 0;
  return pLimit(FILES_AT_ONCE).map(files, async (file): Promise<PreparedRelease> => {
    let prepared: PreparedRelease;
    try {
      prepared = prepareRelease(file, await readFile(file), context);
    } catch (error) {
      prepared = {ok: false, file, diagnostics: [], record: null, message: `${file}: ${error instanceof Error ? error.message : String(error)}`};
    }
    onProgress?.(++done, files.length);
    return prepared;
  });
}

function countStatuses(results: readonly ImportResult[]): Record<ImportStatus, number> {
  const counts: Record<ImportStatus, number> = {imported: 0, unchanged: 0, skipped: 0, failed: 0};
  for (const result of results) counts[result.status]++;
  return counts;
}

/**
 * Imports press releases as blog posts, in four steps: read the blog's state,
 * prepare each release (decode, parse, render; see `prepareRelease`), plan the
 * writes by comparing each post with the blog (`planWrites`), then apply them
 * (`applyWrites`: authors first, then posts, atomically; nothing on a dry run).
 * One bad file never stops the others. Never throws for a bad release; throws
 * only when the site's own registries cannot be read.
 */
export async function importReleases(inputs: readonly string[], options: ImportOptions): Promise<ImportSummary> {
  const siteDir = path.resolve(options.siteDir);
  const outDir = path.resolve(options.outDir);
  const {files, missing} = await collectReleaseFiles(inputs);
  const [registries, blog] = await Promise.all([loadRegistries(siteDir), readBlogState(outDir)]);

  const context: PrepareContext = {parse: {title: options.title, date: options.date}, sourceUrl: options.sourceUrl, outDir, blog, tagsOf: buildTagMatcher(registries.glossary)};
  const prepared = await prepareAll(files, context, options.onProgress);
  const plan = planWrites(prepared, blog, {force: options.force});
  const applied = await applyWrites(plan.writes, {siteDir, outDir, dryRun: options.dryRun});

  const results = [
    ...missing.map(({file, problem}) => failedResult(file, `${file}: ${problem}`)),
    ...plan.results.map((result) => {
      const failure = applied.failures.get(result.file);
      return failure === undefined || result.status !== 'imported' ? result : {...result, status: 'failed' as const, message: failure};
    }),
  ];
  return {results, counts: countStatuses(results), authorsAdded: applied.authorsAdded};
}
