import type {PressPostInput} from '../../content';
import type {PressAuthor} from './authors';
import {splitDateline} from './dateline';
import {escapeParagraph} from './escapeMarkdown';
import {checkFrontmatter, stringifyFrontmatter} from './frontmatter';
import {sha256} from './hash';
import {MAX_DESCRIPTION_CHARS} from './limits';
import type {PressRecord} from './record';
import {cutAtWord, firstSentence} from './sentences';
import {slugify} from './slug';

/** What the post needs beyond the record: decided by the importer from the registries. */
export interface RenderContext {
  author: PressAuthor;
  /** Keys of blog/tags.yml. */
  tags: string[];
  /** SHA-256 of the source file's bytes. */
  sourceSha256: string;
  /** Where the release was published (`--source-url`), when known. */
  sourceUrl?: string;
}

/** A rendered post, or why its frontmatter would not be valid. */
export type RenderedPost =
  | {ok: true; frontmatter: PressPostInput; markdown: string; folder: string}
  | {ok: false; problems: string[]};

const ZERO_HASH = '0'.repeat(64);
// The YAML writer may quote the value (64 zeros look like a number to YAML 1.1); quotes stay as written.
const POST_HASH_LINE = /^([ \t]*post_sha256:[ \t]*"?)([0-9a-f]{64})("?[ \t]*)$/m;

/** The lede's first sentence without its dateline, for previews and search engines. */
export function describe(record: PressRecord): string {
  const lede = record.paragraphs[0] ?? '';
  const sentence = firstSentence(splitDateline(lede).rest) || firstSentence(lede);
  return cutAtWord(sentence, MAX_DESCRIPTION_CHARS) || record.title;
}

/** The post's frontmatter, before validation. */
export function pressFrontmatter(record: PressRecord, context: RenderContext): PressPostInput {
  return {
    title: record.title,
    date: record.date,
    slug: slugify(record.title),
    authors: [context.author.key],
    tags: context.tags,
    description: describe(record),
    press_release: {
      author: record.author,
      editor: record.editor,
      dateline: record.dateline,
      // Written only when known, so posts without them read as they always did.
      ...(record.newsAgency ? {news_agency: record.newsAgency} : {}),
      source_tag: record.sourceTag,
      ...(context.sourceUrl ? {source_url: context.sourceUrl} : {}),
      title_derived: record.titleDerived,
      source_sha256: context.sourceSha256,
      post_sha256: ZERO_HASH,
    },
  };
}

/**
 * Renders a record as a CommonMark post: validated YAML frontmatter, then each
 * paragraph escaped so it reads exactly as published. The post records its own
 * hash (see `post_sha256` in the content model) so later edits are detectable.
 */
export function renderPressPost(record: PressRecord, context: RenderContext): RenderedPost {
  const frontmatter = pressFrontmatter(record, context);
  const check = checkFrontmatter(frontmatter);
  if (!check.ok) return check;
  const body = record.paragraphs.map(escapeParagraph).join('\n\n');
  const draft = `---\n${stringifyFrontmatter(frontmatter)}---\n\n${body}\n`;
  const postSha256 = sha256(draft);
  const markdown = draft.replace(POST_HASH_LINE, (_line, prefix: string, _zeros: string, suffix: string) => `${prefix}${postSha256}${suffix}`);
  frontmatter.press_release.post_sha256 = postSha256;
  return {ok: true, frontmatter, markdown, folder: `${record.date.slice(0, 10)}-${frontmatter.slug}`};
}

/**
 * True when a post file is exactly what the importer wrote: its recorded
 * `post_sha256` matches its content. False for edited or hand-written posts.
 */
export function isUntouchedImport(markdown: string): boolean {
  const match = POST_HASH_LINE.exec(markdown);
  if (!match?.[2]) return false;
  return sha256(markdown.replace(POST_HASH_LINE, (_line, prefix: string, _hash: string, suffix: string) => `${prefix}${ZERO_HASH}${suffix}`)) === match[2];
}
