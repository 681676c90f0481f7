import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {glob} from 'tinyglobby';
import {parseDocument} from 'yaml';

import {readFrontmatter} from '../content/frontmatter';
import {loadRegistries} from '../content/registries';
import {writeFileAtomicSync} from '../fs/atomicWrite';
import {pressAuthor, type PressAuthor} from './authors';
import {addAuthors, readAuthorKeys} from './authorsFile';
import {collectReleaseFiles} from './collectInputs';
import {decodeRelease} from './decode';
import {formatDiagnostic, type PressDiagnostic} from './diagnostics';
import {sha256} from './hash';
import {parseReleaseText, type ParseOptions} from './parseRelease';
import type {PressRecord} from './record';
import {isUntouchedImport, renderPressPost} from './renderPost';
import {buildTagMatcher} from './tags';

/** Where the English blog keeps its own authors file; new authors are added there too. */
export const EN_AUTHORS_FILE = 'i18n/en/docusaurus-plugin-content-blog/authors.yml';

export interface ImportOptions extends ParseOptions {
  /** Site root: holds data/glossary.yml and i18n/. */
  siteDir: string;
  /** Blog folder posts are written to (`blog/`), with its authors.yml and tags.yml. */
  outDir: string;
  /** Decide everything, write nothing. */
  dryRun?: boolean;
  /** Overwrite posts an editor has changed. */
  force?: boolean;
  /** Called after each release is read, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** What happened to one release. */
export type ImportStatus = 'imported' | 'unchanged' | 'skipped' | 'failed';

export interface ImportResult {
  /** The release file as given. */
  file: string;
  status: ImportStatus;
  /** For `failed`: what is wrong and what to do, as `file:line: message`. For `skipped`: why. */
  message: string | null;
  /** Errors and warnings with their lines. */
  diagnostics: PressDiagnostic[];
  record: PressRecord | null;
  /** The post file (written, or that would be written on a dry run). */
  post: string | null;
  /** For `imported`: whether the post is new, replaced an untouched import, or was forced over an edited one. */
  action: 'created' | 'updated' | 'overwritten' | null;
}

export interface ImportSummary {
  results: ImportResult[];
  counts: Record<ImportStatus, number>;
  /** Author keys added to blog/authors.yml. */
  authorsAdded: string[];
}

interface PlannedWrite {
  result: ImportResult;
  markdown: string;
  author: PressAuthor;
}

/** The posts already in the blog: their text by file, and imported ones by `source_sha256`. */
interface ExistingPosts {
  text: Map<string, string>;
  /** So a release re-imported under another title finds its post. */
  bySourceHash: Map<string, string>;
}

async function readExistingPosts(outDir: string): Promise<ExistingPosts> {
  const existing: ExistingPosts = {text: new Map(), bySourceHash: new Map()};
  if (!existsSync(outDir)) return existing;
  const posts = await glob('*/index.md', {cwd: outDir, absolute: true});
  await mapConcurrently(posts, async (post) => {
    const text = await readFile(post, 'utf8');
    existing.text.set(post, text);
    const hash = /^\s*source_sha256:\s*"?([0-9a-f]{64})"?\s*$/m.exec(text.slice(0, 4000))?.[1];
    if (hash) existing.bySourceHash.set(hash, post);
  });
  return existing;
}

/** Files read or written at once: enough to keep the disk busy, few enough for any file-handle limit. */
const CONCURRENCY = 32;

/** Runs `work` over items, at most {@link CONCURRENCY} at a time; results keep the items' order. */
async function mapConcurrently<T, R>(items: readonly T[], work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({length: Math.min(CONCURRENCY, items.length)}, worker));
  return results;
}

/** Tag keys defined in blog/tags.yml; a post may only use these (the build refuses others). */
async function readTagKeys(outDir: string): Promise<Set<string>> {
  const file = path.join(outDir, 'tags.yml');
  if (!existsSync(file)) return new Set();
  const data = parseDocument(await readFile(file, 'utf8')).toJS() as Record<string, unknown> | null;
  return new Set(Object.keys(data ?? {}));
}

/** The headline of an earlier import of the same release, when it was given (not derived). */
function keptHeadline(postText: string): string | null {
  const frontmatter = readFrontmatter(postText).data;
  const provenance = frontmatter?.press_release as {title_derived?: unknown} | undefined;
  return typeof frontmatter?.title === 'string' && provenance?.title_derived === false ? frontmatter.title : null;
}

function emptyResult(file: string): ImportResult {
  return {file, status: 'failed', message: null, diagnostics: [], record: null, post: null, action: null};
}

/**
 * Imports press releases as blog posts. Each file is read, parsed, rendered
 * and compared with what is on disk; one bad file never stops the others.
 * New authors are added to the authors files first, then posts are written
 * atomically. Nothing is written on a dry run. Never throws for a bad release;
 * throws only when the site's own registries cannot be read.
 */
export async function importReleases(inputs: readonly string[], given: ImportOptions): Promise<ImportSummary> {
  const options = {...given, siteDir: path.resolve(given.siteDir), outDir: path.resolve(given.outDir)};
  const {files, missing} = await collectReleaseFiles(inputs);
  const [registries, knownTags, existing] = await Promise.all([
    loadRegistries(options.siteDir),
    readTagKeys(options.outDir),
    readExistingPosts(options.outDir),
  ]);
  const tagsOf = buildTagMatcher(registries.glossary);
  const results: ImportResult[] = missing.map(({file, problem}) => ({...emptyResult(file), message: `${file}: ${problem}`}));
  const planned: PlannedWrite[] = [];
  const claimed = new Map<string, string>();

  // Reading and rendering run concurrently; deciding what to write runs in input order, so the outcome is stable.
  let done = 0;
  const prepared = await mapConcurrently(files, async (file) => {
    const result = emptyResult(file);
    let post: PreparedPost | null = null;
    try {
      post = await prepareRelease(file, result);
    } catch (error) {
      result.status = 'failed';
      result.message = `${file}: ${error instanceof Error ? error.message : String(error)}`;
    }
    options.onProgress?.(++done, files.length);
    return {result, post};
  });
  for (const {result, post} of prepared) {
    results.push(result);
    if (!post) continue;
    const write = decide(result, post);
    if (write) planned.push(write);
  }

  interface PreparedPost {
    sourceSha256: string;
    markdown: string;
    author: PressAuthor;
  }

  async function prepareRelease(file: string, result: ImportResult): Promise<PreparedPost | null> {
    const bytes = await readFile(file);
    const decoded = decodeRelease(bytes);
    result.diagnostics.push(...decoded.diagnostics);
    if (decoded.text === null) return fail(result);
    const parsed = parseReleaseText(decoded.text, options);
    result.diagnostics.push(...parsed.diagnostics);
    if (!parsed.record) return fail(result);

    const sourceSha256 = sha256(bytes);
    const previous = existing.bySourceHash.get(sourceSha256);
    if (previous && options.title === undefined && parsed.record.titleDerived) {
      // A headline given once with --title is kept when the same release is imported again without it.
      const kept = keptHeadline(existing.text.get(previous) ?? '');
      if (kept) parsed.record = {...parsed.record, title: kept, titleDerived: false};
    }
    result.record = parsed.record;
    const author = pressAuthor(parsed.record.author);
    const tags = tagsOf(parsed.record.paragraphs).filter((tag) => knownTags.has(tag));
    const rendered = renderPressPost(parsed.record, {author, tags, sourceSha256});
    if (!rendered.ok) {
      result.message = `${file}:1: the post's frontmatter would be invalid (${rendered.problems.join('; ')}). Fix the release or pass --title`;
      return null;
    }
    result.post = previous ?? path.join(options.outDir, rendered.folder, 'index.md');
    return {sourceSha256, markdown: rendered.markdown, author};
  }

  /** Compares a rendered post with the blog: new, unchanged, safe to update, or an editor's to keep. */
  function decide(result: ImportResult, {sourceSha256, markdown, author}: PreparedPost): PlannedWrite | null {
    const {file} = result;
    const post = result.post!;
    const claimant = claimed.get(post);
    if (claimant !== undefined) {
      result.status = 'skipped';
      result.message = `${file}: ${claimant} in this batch already imports to ${post} (same date and headline); pass --title to give one of them its own post`;
      return null;
    }
    claimed.set(post, file);

    const current = existing.text.get(post) ?? null;
    if (current === markdown) {
      result.status = 'unchanged';
      return null;
    }
    let action: ImportResult['action'] = 'created';
    if (current !== null) {
      const sameRelease = existing.bySourceHash.get(sourceSha256) === post;
      if (sameRelease && isUntouchedImport(current)) {
        action = 'updated';
      } else if (options.force) {
        action = 'overwritten';
      } else {
        result.status = 'skipped';
        result.message = sameRelease
          ? `${file}: ${post} was edited after it was imported (or written by hand); keep the edits, or pass --force to replace it with the release`
          : `${file}: ${post} holds a different release; pass --title to import this one under its own headline, or --force to replace it`;
        return null;
      }
    }
    result.status = 'imported';
    result.action = action;
    return {result, markdown, author};
  }

  // Authors first: a post naming an author the authors file lacks breaks the build.
  let authorsAdded: string[] = [];
  const authors = planned.map((write) => write.author);
  try {
    const known = await readAuthorKeys(path.join(options.outDir, 'authors.yml'));
    const missingAuthors = authors.filter((author) => !known.has(author.key));
    if (missingAuthors.length > 0) {
      authorsAdded = await addAuthors(path.join(options.outDir, 'authors.yml'), missingAuthors, options.dryRun ?? false);
      const enAuthors = path.join(options.siteDir, EN_AUTHORS_FILE);
      if (existsSync(enAuthors)) await addAuthors(enAuthors, missingAuthors, options.dryRun ?? false);
    }
  } catch (error) {
    for (const write of planned) {
      write.result.status = 'failed';
      write.result.message = `${write.result.file}: could not add its author to authors.yml (${error instanceof Error ? error.message : String(error)})`;
    }
    planned.length = 0;
  }

  if (!options.dryRun) {
    for (const write of planned) {
      try {
        writeFileAtomicSync(write.result.post!, write.markdown);
      } catch (error) {
        write.result.status = 'failed';
        write.result.message = `${write.result.post}: could not write (${error instanceof Error ? error.message : String(error)})`;
      }
    }
  }

  const counts: Record<ImportStatus, number> = {imported: 0, unchanged: 0, skipped: 0, failed: 0};
  for (const result of results) counts[result.status]++;
  return {results, counts, authorsAdded};

  function fail(result: ImportResult): null {
    const error = result.diagnostics.find((diagnostic) => diagnostic.severity === 'error');
    result.status = 'failed';
    result.message = error ? formatDiagnostic(result.file, error) : `${result.file}: could not be read`;
    return null;
  }
}
