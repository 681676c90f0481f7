import path from 'node:path';

import {readFrontmatter} from '../content/frontmatter';
import {pressAuthor, type PressAuthor} from './authors';
import type {BlogState} from './blogState';
import {decodeRelease} from './decode';
import {formatDiagnostic, type PressDiagnostic} from './diagnostics';
import {sha256} from './hash';
import {parseReleaseText, type ParseOptions} from './parseRelease';
import type {PressRecord} from './record';
import {renderPressPost} from './renderPost';

/** What preparing a release needs besides its bytes; all of it read before the first release. */
export interface PrepareContext {
  /** `--title` and `--date`. */
  parse: ParseOptions;
  /** `--source-url`: where the release was published. */
  sourceUrl?: string;
  /** The blog folder new posts go to. */
  outDir: string;
  blog: BlogState;
  /** The glossary's tags a release's paragraphs mention (see `buildTagMatcher`). */
  tagsOf: (paragraphs: readonly string[]) => string[];
}

/** A release rendered as the post it would become, before it is compared with the blog. */
export interface RenderedRelease {
  ok: true;
  file: string;
  diagnostics: PressDiagnostic[];
  record: PressRecord;
  /** The post file: the earlier import of the same release, or a new folder named by date and headline. */
  post: string;
  sourceSha256: string;
  markdown: string;
  author: PressAuthor;
}

/** A release that cannot become a post, and why (`file:line: message`). */
export interface UnusableRelease {
  ok: false;
  file: string;
  diagnostics: PressDiagnostic[];
  record: PressRecord | null;
  message: string;
}

export type PreparedRelease = RenderedRelease | UnusableRelease;

/** The headline of an earlier import of the same release, when it was given (not derived). */
export function keptHeadline(postText: string): string | null {
  const frontmatter = readFrontmatter(postText).data;
  const provenance = frontmatter?.press_release as {title_derived?: unknown} | undefined;
  return typeof frontmatter?.title === 'string' && provenance?.title_derived === false ? frontmatter.title : null;
}

/** The source URL an earlier import of the same release recorded, if any. */
export function keptSourceUrl(postText: string): string | undefined {
  const provenance = readFrontmatter(postText).data?.press_release as {source_url?: unknown} | undefined;
  return typeof provenance?.source_url === 'string' ? provenance.source_url : undefined;
}

function unreadable(file: string, diagnostics: PressDiagnostic[]): UnusableRelease {
  const error = diagnostics.find((diagnostic) => diagnostic.severity === 'error');
  return {ok: false, file, diagnostics, record: null, message: error ? formatDiagnostic(file, error) : `${file}: could not be read`};
}

/**
 * Decodes, parses and renders one release's bytes into its post, without
 * touching the disk: the blog is given as it was read. A release imported
 * before keeps its post file, and the headline it was given with `--title`
 * and the address given with `--source-url` when none is given now.
 */
export function prepareRelease(file: string, bytes: Uint8Array, context: PrepareContext): PreparedRelease {
  const decoded = decodeRelease(bytes);
  if (decoded.text === null) return unreadable(file, decoded.diagnostics);
  const parsed = parseReleaseText(decoded.text, context.parse);
  const diagnostics = [...decoded.diagnostics, ...parsed.diagnostics];
  if (!parsed.record) return unreadable(file, diagnostics);

  const sourceSha256 = sha256(bytes);
  const previous = context.blog.postBySourceHash.get(sourceSha256);
  const kept = previous && context.parse.title === undefined && parsed.record.titleDerived ? keptHeadline(context.blog.postText.get(previous) ?? '') : null;
  const record = kept ? {...parsed.record, title: kept, titleDerived: false} : parsed.record;

  const author = pressAuthor(record.author);
  const tags = context.tagsOf(record.paragraphs).filter((tag) => context.blog.tagKeys.has(tag));
  // A release imported before keeps the source URL it was given, unless a new one is given now.
  const sourceUrl = context.sourceUrl ?? (previous ? keptSourceUrl(context.blog.postText.get(previous) ?? '') : undefined);
  const rendered = renderPressPost(record, {author, tags, sourceSha256, sourceUrl});
  if (!rendered.ok) {
    return {ok: false, file, diagnostics, record, message: `${file}:1: the post's frontmatter would be invalid (${rendered.problems.join('; ')}). Fix the release or pass --title`};
  }
  const post = previous ?? path.join(context.outDir, rendered.folder, 'index.md');
  return {ok: true, file, diagnostics, record, post, sourceSha256, markdown: rendered.markdown, author};
}
