import {existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import matter from 'gray-matter';
import {globSync} from 'tinyglobby';
import {parse} from 'yaml';
import {beforeEach, describe, expect, it} from 'vitest';

import {pressPostSchema} from '../../src/content';
import {requireFrontmatter} from '../../src/toolkit/content/frontmatter';
import {importReleases} from '../../src/toolkit/press/importReleases';
import {SITE_DIR, temporarySite} from './support';

const SHARED_RELEASE = path.join(__dirname, 'fixtures', 'shared-release-2016-03-02', 'release.txt');
const HEADLINE = 'Peresmian Pusat Kerja Sama e-Government RI–ROK';
const POST = '2016-03-02-peresmian-pusat-kerja-sama-e-government-ri-rok/index.md';

function release(author: string, body: string): string {
  return `Judul Uji ${author}\n:\nOleh ${author}, Senin, 5 Juni 2017 | 10:15 WIB - Redaktur: Budi\nJAKARTA - ${body}\n`;
}

describe('importReleases', () => {
  let site: {siteDir: string; blogDir: string};
  let inbox: string;
  beforeEach(() => {
    site = temporarySite();
    inbox = path.join(site.siteDir, 'inbox');
  });
  const run = (inputs: string[], options: {force?: boolean; dryRun?: boolean; title?: string; sourceUrl?: string} = {}) =>
    importReleases(inputs, {siteDir: site.siteDir, outDir: site.blogDir, ...options});
  const write = (name: string, text: string | Buffer): string => {
    const file = path.join(inbox, name);
    mkdirSync(inbox, {recursive: true});
    writeFileSync(file, text);
    return file;
  };

  it('regenerates the shipped 2 March 2016 post byte for byte from the shared release', async () => {
    const summary = await run([SHARED_RELEASE], {title: HEADLINE});
    expect(summary.counts).toEqual({imported: 1, unchanged: 0, skipped: 0, failed: 0});
    expect(readFileSync(path.join(site.blogDir, POST), 'utf8')).toBe(readFileSync(path.join(SITE_DIR, 'blog', POST), 'utf8'));
  });

  it('writes frontmatter that matches the content model, with tags from the glossary', async () => {
    await run([SHARED_RELEASE], {title: HEADLINE});
    const text = readFileSync(path.join(site.blogDir, POST), 'utf8');
    expect(pressPostSchema.safeParse(requireFrontmatter(text, POST).data).success).toBe(true);
    const {data} = matter(text);
    // Unquoted, so Docusaurus's js-yaml reads a timestamp with its offset (a string would get a `Z` appended).
    expect(text).toContain('\ndate: 2016-03-02T14:35:00+07:00\n');
    expect(data.date).toEqual(new Date('2016-03-02T14:35:00+07:00'));
    expect(data).toMatchObject({
      authors: ['irvina-falah'],
      tags: ['e-government', 'kerja-sama-korea', 'reformasi-birokrasi'],
      press_release: {author: 'Irvina Falah', editor: 'Irvina Falah', dateline: 'JAKARTA', source_tag: 'HUMASMENPAN', title_derived: false},
    });
  });

  it('records where a release was published, and keeps it when the release is imported again without it', async () => {
    const url = 'https://example.go.id/berita/peresmian-pusat-kerja-sama';
    await run([SHARED_RELEASE], {title: HEADLINE, sourceUrl: url});
    const text = readFileSync(path.join(site.blogDir, POST), 'utf8');
    expect(matter(text).data.press_release.source_url).toBe(url);
    expect(pressPostSchema.safeParse(requireFrontmatter(text, POST).data).success).toBe(true);
    const again = await run([SHARED_RELEASE]);
    expect(again.counts).toEqual({imported: 0, unchanged: 1, skipped: 0, failed: 0});
    const other = 'https://example.go.id/berita/lain';
    await run([SHARED_RELEASE], {sourceUrl: other});
    expect(matter(readFileSync(path.join(site.blogDir, POST), 'utf8')).data.press_release.source_url).toBe(other);
  });

  it('refuses a source URL that is not a web address, naming the field', async () => {
    const summary = await run([write('a.txt', release('Ani', 'Isi.'))], {sourceUrl: 'ftp://example.go.id/rilis'});
    expect(summary.counts.failed).toBe(1);
    expect(summary.results[0]?.message).toMatch(/press_release\.source_url.*https:\/\//);
  });

  it('records a dateline\'s place as the dateline and the news agency after its comma apart', async () => {
    const file = write('agency.txt', 'Judul\n:\nOleh Ani, Senin, 5 Juni 2017 | 10:15 WIB\nJakarta, InfoPublik - Pemerintah meresmikan pusat kerja sama.\n');
    const [result] = (await run([file])).results;
    const {data} = matter(readFileSync(result!.post!, 'utf8'));
    expect(data.press_release).toMatchObject({dateline: 'Jakarta', news_agency: 'InfoPublik'});
    expect(data.description).toBe('Pemerintah meresmikan pusat kerja sama.');
  });

  it('changes nothing when the same release is imported again, and keeps a headline given with --title', async () => {
    await run([SHARED_RELEASE], {title: HEADLINE});
    const before = readFileSync(path.join(site.blogDir, POST), 'utf8');
    const again = await run([SHARED_RELEASE]);
    expect(again.counts).toEqual({imported: 0, unchanged: 1, skipped: 0, failed: 0});
    expect(readFileSync(path.join(site.blogDir, POST), 'utf8')).toBe(before);
  });

  it('never overwrites a post an editor changed, unless forced', async () => {
    const file = write('a.txt', release('Ani', 'Isi pertama.'));
    const [first] = (await run([file])).results;
    const edited = `${readFileSync(first!.post!, 'utf8')}\nCatatan redaksi.\n`;
    writeFileSync(first!.post!, edited);

    const skipped = await run([file]);
    expect(skipped.counts.skipped).toBe(1);
    expect(skipped.results[0]?.message).toContain('--force');
    expect(readFileSync(first!.post!, 'utf8')).toBe(edited);

    const forced = await run([file], {force: true});
    expect(forced.results[0]).toMatchObject({status: 'imported', action: 'overwritten'});
    expect(readFileSync(first!.post!, 'utf8')).not.toContain('Catatan redaksi');
  });

  it('refuses to replace a different release that has the same date and headline', async () => {
    const first = write('a.txt', release('Ani', 'Isi pertama.'));
    await run([first]);
    const second = write('a.txt', release('Ani', 'Isi yang lain sama sekali.'));
    const summary = await run([second]);
    expect(summary.results[0]).toMatchObject({status: 'skipped'});
    expect(summary.results[0]?.message).toContain('different release');
  });

  it('imports the good files of a batch when one is bad, and counts each outcome', async () => {
    write('1-good.txt', release('Ani', 'Satu.'));
    write('2-bad.txt', 'Judul\n:\nOleh Ani, Senin, 31 Februari 2016 | 10:15 WIB\nIsi.\n');
    write('3-good.txt', release('Budi Santoso', 'Tiga.'));
    const summary = await run([inbox, path.join(site.siteDir, 'missing.txt')]);
    expect(summary.counts).toEqual({imported: 2, unchanged: 0, skipped: 0, failed: 2});
    expect(summary.results.find((result) => result.file.endsWith('2-bad.txt'))?.message).toMatch(/2-bad\.txt:3: error: .*31 Februari 2016.*--date/);
    expect(globSync('*/index.md', {cwd: site.blogDir})).toHaveLength(2);
  });

  it('adds new authors to both authors files once, keeping the existing entries', async () => {
    write('a.txt', release('Budi Santoso', 'Satu.'));
    write('b.txt', `Judul Lain\n:\nOleh Budi Santoso, Selasa, 6 Juni 2017 | 10:15 WIB\nJAKARTA - Dua.\n`);
    const summary = await run([inbox]);
    expect(summary.authorsAdded).toEqual(['budi-santoso']);
    for (const file of [path.join(site.blogDir, 'authors.yml'), path.join(site.siteDir, 'i18n/en/docusaurus-plugin-content-blog/authors.yml')]) {
      const authors = parse(readFileSync(file, 'utf8')) as Record<string, {name: string}>;
      expect(Object.keys(authors)).toEqual(['irvina-falah', 'budi-santoso']);
      expect(authors['budi-santoso']?.name).toBe('Budi Santoso');
    }
    expect(readFileSync(path.join(site.blogDir, 'authors.yml'), 'utf8')).toContain('# masterplan import-press adds new authors here.');
  });

  it('writes nothing on a dry run', async () => {
    write('a.txt', release('Budi Santoso', 'Satu.'));
    const authorsBefore = readFileSync(path.join(site.blogDir, 'authors.yml'), 'utf8');
    const summary = await run([inbox], {dryRun: true});
    expect(summary.counts.imported).toBe(1);
    expect(existsSync(summary.results[0]!.post!)).toBe(false);
    expect(readFileSync(path.join(site.blogDir, 'authors.yml'), 'utf8')).toBe(authorsBefore);
  });

  it('leaves no temporary files behind', async () => {
    write('a.txt', release('Ani', 'Satu.'));
    const [result] = (await run([inbox])).results;
    expect(readdirSync(path.dirname(result!.post!))).toEqual(['index.md']);
    expect(readdirSync(site.blogDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
