import {readFileSync} from 'node:fs';
import path from 'node:path';

import {describe, expect, it} from 'vitest';

import type {BlogState} from '../../src/toolkit/press/blogState';
import {planWrites} from '../../src/toolkit/press/planWrites';
import {prepareRelease, type PrepareContext, type RenderedRelease} from '../../src/toolkit/press/prepareRelease';

const OUT_DIR = path.join('/site', 'blog');
/** A release without a headline of its own: the importer derives one. */
const SHARED_RELEASE = path.join(__dirname, 'fixtures', 'shared-release-2016-03-02', 'release.txt');
const EMPTY_BLOG: BlogState = {postText: new Map(), postBySourceHash: new Map(), tagKeys: new Set()};

function release(author: string, body: string): Uint8Array {
  return Buffer.from(`Judul Uji ${author}\n:\nOleh ${author}, Senin, 5 Juni 2017 | 10:15 WIB - Redaktur: Budi\nJAKARTA - ${body}\n`);
}

function prepare(file: string, bytes: Uint8Array, blog: BlogState = EMPTY_BLOG, parse: PrepareContext['parse'] = {}, tagsOf: PrepareContext['tagsOf'] = () => []) {
  return prepareRelease(file, bytes, {parse, outDir: OUT_DIR, blog, tagsOf});
}

function rendered(file: string, bytes: Uint8Array, blog?: BlogState): RenderedRelease {
  const prepared = prepare(file, bytes, blog);
  if (!prepared.ok) throw new Error(prepared.message);
  return prepared;
}

/** The blog after a release was imported: its post as written, maybe edited since. */
function blogWith(post: RenderedRelease, text = post.markdown): BlogState {
  return {postText: new Map([[post.post, text]]), postBySourceHash: new Map([[post.sourceSha256, post.post]]), tagKeys: new Set()};
}

describe('prepareRelease', () => {
  it('names a new post by date and headline under the blog folder', () => {
    expect(rendered('a.txt', release('Ani', 'Satu.')).post).toBe(path.join(OUT_DIR, '2017-06-05-judul-uji-ani', 'index.md'));
  });

  it('keeps the post file of an earlier import of the same bytes, whatever its folder is called', () => {
    const first = rendered('a.txt', release('Ani', 'Satu.'));
    const moved = {postText: new Map([['/site/blog/renamed/index.md', first.markdown]]), postBySourceHash: new Map([[first.sourceSha256, '/site/blog/renamed/index.md']]), tagKeys: new Set<string>()};
    expect(rendered('a.txt', release('Ani', 'Satu.'), moved).post).toBe('/site/blog/renamed/index.md');
  });

  it('keeps a headline given with --title when the same release comes again without one', () => {
    const bytes = readFileSync(SHARED_RELEASE);
    expect(prepare('a.txt', bytes).record?.titleDerived).toBe(true);
    const titled = prepare('a.txt', bytes, EMPTY_BLOG, {title: 'Judul Pilihan Redaksi'});
    if (!titled.ok) throw new Error(titled.message);
    const again = prepare('a.txt', bytes, blogWith(titled));
    expect(again.record?.title).toBe('Judul Pilihan Redaksi');
  });

  it('fails with file:line and the reason when the byline date does not exist', () => {
    const prepared = prepare('bad.txt', Buffer.from('Judul\n:\nOleh Ani, Senin, 31 Februari 2016 | 10:15 WIB\nIsi.\n'));
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.message).toMatch(/^bad\.txt:3: error: .*31 Februari 2016/);
  });
});

describe('planWrites', () => {
  it('plans a new post as created', () => {
    const post = rendered('a.txt', release('Ani', 'Satu.'));
    const plan = planWrites([post], EMPTY_BLOG);
    expect(plan.results[0]).toMatchObject({status: 'imported', action: 'created', post: post.post});
    expect(plan.writes).toEqual([{file: 'a.txt', post: post.post, markdown: post.markdown, author: post.author}]);
  });

  it('plans nothing for a post that is already as it would be written', () => {
    const post = rendered('a.txt', release('Ani', 'Satu.'));
    const plan = planWrites([post], blogWith(post));
    expect(plan.results[0]).toMatchObject({status: 'unchanged', action: null});
    expect(plan.writes).toEqual([]);
  });

  it('updates an untouched earlier import of the same release whose rendering has changed', () => {
    const bytes = release('Ani', 'Satu.');
    // The earlier import carried a tag that blog/tags.yml has since dropped: same release, other text, never edited.
    const earlier = prepare('a.txt', bytes, {...EMPTY_BLOG, tagKeys: new Set(['e-government'])}, {}, () => ['e-government']);
    if (!earlier.ok) throw new Error(earlier.message);
    const now = rendered('a.txt', bytes, blogWith(earlier));
    expect(now.markdown).not.toBe(earlier.markdown);
    const plan = planWrites([now], blogWith(earlier));
    expect(plan.results[0]).toMatchObject({status: 'imported', action: 'updated'});
    expect(plan.writes).toHaveLength(1);
  });

  it('overwrites an edited post only when forced', () => {
    const post = rendered('a.txt', release('Ani', 'Satu.'));
    const edited = blogWith(post, `${post.markdown}\nCatatan redaksi.\n`);
    expect(planWrites([post], edited).results[0]?.status).toBe('skipped');
    expect(planWrites([post], edited, {force: true}).results[0]).toMatchObject({status: 'imported', action: 'overwritten'});
  });

  it('keeps an edited post and says how to replace it', () => {
    const post = rendered('a.txt', release('Ani', 'Satu.'));
    const plan = planWrites([post], blogWith(post, `${post.markdown}\nCatatan redaksi.\n`));
    expect(plan.results[0]).toMatchObject({status: 'skipped', message: expect.stringContaining('was edited after it was imported') as string});
    expect(plan.writes).toEqual([]);
  });

  it('refuses to replace a different release at the same post without --force', () => {
    const first = rendered('a.txt', release('Ani', 'Satu.'));
    const second = rendered('b.txt', release('Ani', 'Isi yang lain sama sekali.'), blogWith(first));
    const plan = planWrites([second], blogWith(first));
    expect(plan.results[0]).toMatchObject({status: 'skipped', message: expect.stringContaining('holds a different release') as string});
  });

  it('gives a post to the first release of the batch that claims it, in input order', () => {
    const first = rendered('a.txt', release('Ani', 'Satu.'));
    const second = rendered('b.txt', release('Ani', 'Isi lain.'));
    const plan = planWrites([first, second], EMPTY_BLOG);
    expect(plan.results.map((result) => result.status)).toEqual(['imported', 'skipped']);
    expect(plan.results[1]?.message).toBe(`b.txt: a.txt in this batch already imports to ${first.post} (same date and headline); pass --title to give one of them its own post`);
    expect(plan.writes.map((write) => write.file)).toEqual(['a.txt']);
  });

  it('carries a release that could not be prepared through as failed, with its message', () => {
    const bad = prepare('bad.txt', Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    const plan = planWrites([bad], EMPTY_BLOG);
    expect(plan.results[0]).toMatchObject({file: 'bad.txt', status: 'failed', post: null});
    expect(plan.results[0]?.message).toMatch(/^bad\.txt/);
  });
});
