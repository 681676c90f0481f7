import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import pLimit from 'p-limit';
import {glob} from 'tinyglobby';
import {parseDocument} from 'yaml';

/** The blog as it is before an import: the posts a release is compared with, and the tags a post may use. */
export interface BlogState {
  /** Each post's text, by its `index.md` file. */
  postText: ReadonlyMap<string, string>;
  /** Imported posts by their `source_sha256`, so a release re-imported under another title finds its post. */
  postBySourceHash: ReadonlyMap<string, string>;
  /** Tag keys defined in blog/tags.yml; a post may only use these (the build refuses others). */
  tagKeys: ReadonlySet<string>;
}

/** Files read at once: enough to keep the disk busy, few enough for any file-handle limit. */
export const FILES_AT_ONCE = 32;

/** The hash line of an imported post's provenance, looked for in the post's head only. */
const SOURCE_HASH_LINE = /^\s*source_sha256:\s*"?([0-9a-f]{64})"?\s*$/m;

async function readTagKeys(outDir: string): Promise<Set<string>> {
  const file = path.join(outDir, 'tags.yml');
  if (!existsSync(file)) return new Set();
  const data = parseDocument(await readFile(file, 'utf8')).toJS() as Record<string, unknown> | null;
  return new Set(Object.keys(data ?? {}));
}

async function readPosts(outDir: string): Promise<Pick<BlogState, 'postText' | 'postBySourceHash'>> {
  if (!existsSync(outDir)) return {postText: new Map(), postBySourceHash: new Map()};
  const files = await glob('*/index.md', {cwd: outDir, absolute: true});
  const texts = await pLimit(FILES_AT_ONCE).map(files, (file) => readFile(file, 'utf8'));
  const postText = new Map(files.map((file, index) => [file, texts[index]!]));
  const postBySourceHash = new Map<string, string>();
  for (const [file, text] of postText) {
    const hash = SOURCE_HASH_LINE.exec(text.slice(0, 4000))?.[1];
    if (hash) postBySourceHash.set(hash, file);
  }
  return {postText, postBySourceHash};
}

/** Reads the blog folder (`blog/`): its posts and blog/tags.yml. A missing folder is an empty blog. */
export async function readBlogState(outDir: string): Promise<BlogState> {
  const [posts, tagKeys] = await Promise.all([readPosts(outDir), readTagKeys(outDir)]);
  return {...posts, tagKeys};
}
