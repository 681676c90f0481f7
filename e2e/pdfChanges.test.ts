import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

import {afterAll, beforeAll, expect, it} from 'vitest';

import {createEdition} from '../src/toolkit/edition';
import {changesSince, renderMasterPlanPdf} from '../src/toolkit/pdf';
import {CHANGE_BAR, PAGE_MARGIN_MM} from '../src/toolkit/pdf/pageGeometry';
import {describeInBrowser} from '../test/support/browser';
import {runMasterplan} from '../test/support/cli';
import {filledBoxes, readPdf, type PdfReading} from '../test/support/readPdf';
import {buildPagesOnly, createTempSite, type TempSite} from '../test/support/tempSite';

/** The edition the copy publishes before the text changes. */
const EDITION = '2030-2034';
const BAR_COLOUR = `#${CHANGE_BAR.rgb.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
const LEFT_MARGIN = (PAGE_MARGIN_MM.left * 72) / 25.4;

/** What the working tree changes after the last commit: a sentence in chapter 3 (both languages) and a new paragraph in chapter 1. */
const CHANGED_SENTENCE = 'Siaran pers tidak merinci program lainnya.';
const ADDED_PARAGRAPH = 'Paragraf tambahan ini menguji garis perubahan di margin halaman.';
const CHANGED_ENGLISH = 'The press release does not list the others.';

function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} no longer has "${from}"; update the test.`);
  writeFileSync(file, text.replace(from, to));
}

let site: TempSite;
const read = new Map<string, {pdf: PdfReading; bars: number[]; json: {changes: Record<string, unknown>; warnings: string[]}}>();
const pdf = (name: string) => read.get(name)!;
const collapse = (text: string) => text.replace(/\s+/g, ' ');
/** The first page (0-based) of the annex: its running header. */
const annexIndex = (reading: PdfReading, title: string) => reading.texts.findIndex((text) => text.startsWith(`${title}\n`));
/** The annex's text, spaces collapsed. */
const annexText = (reading: PdfReading, title: string) => collapse(reading.texts.slice(annexIndex(reading, title)).join('\n'));
/** Pages (1-based) before the annex whose text, spaces collapsed, contains `phrase`. */
const pagesWith = (reading: PdfReading, phrase: string) =>
  reading.texts.slice(0, annexIndex(reading, reading.texts[1]!.startsWith('Contents') ? 'Annex: Changes' : 'Lampiran: Perubahan')).flatMap((text, index) => (collapse(text).includes(phrase) ? [index + 1] : []));

/**
 * One copy of the site for every case: it publishes an edition and commits,
 * then its working tree changes a sentence in one chapter and adds a
 * paragraph to another, and its pages are built once (pages-only). The PDFs
 * mark the changes since HEAD, in both languages, and since the edition.
 */
beforeAll(async () => {
  site = createTempSite({forBuild: true, withGit: true});
  await createEdition(site.dir, EDITION);
  site.git('add', '--all');
  site.git('commit', '--quiet', '--message', `Edition ${EDITION}`);
  replaceIn(path.join(site.dir, 'docs/rencana-induk/peta-program.md'), 'Siaran pers tidak menyebut program lainnya.', CHANGED_SENTENCE);
  replaceIn(path.join(site.dir, 'docs/rencana-induk/pendahuluan.md'), '\n## Ruang lingkup kerja sama\n', `\n${ADDED_PARAGRAPH}\n\n## Ruang lingkup kerja sama\n`);
  replaceIn(path.join(site.dir, 'i18n/en/docusaurus-plugin-content-docs/current/peta-program.md'), 'The press release does not name the others.', CHANGED_ENGLISH);

  const buildDir = buildPagesOnly(site);

  for (const [name, args] of [
    ['head.pdf', ['--changes-since', 'HEAD']],
    ['head-en.pdf', ['--changes-since', 'HEAD', '--locale', 'en']],
    ['edition.pdf', ['--changes-since', EDITION]],
  ] as const) {
    const file = path.join(site.dir, name);
    const result = runMasterplan(['pdf', ...args, '--out', file, '--json'], {cwd: site.dir});
    if (result.status !== 0) throw new Error(`masterplan pdf ${args.join(' ')} failed:\n${result.stderr}`);
    const bars = (await filledBoxes(file, BAR_COLOUR)).filter((box) => box.right < LEFT_MARGIN);
    read.set(name, {pdf: await readPdf(file), bars: [...new Set(bars.map((box) => box.page))], json: JSON.parse(result.stdout)});
  }

  // The same PDF printed a chapter at a time (a long plan is printed in chunks; printChunks.ts).
  const chunked = await renderMasterPlanPdf({
    siteDir: site.dir,
    buildDir,
    locale: 'id',
    changes: await changesSince({siteDir: site.dir, since: 'HEAD'}),
    chunkHtmlCharacters: 1,
  });
  const chunkedFile = path.join(site.dir, 'head-chunked.pdf');
  writeFileSync(chunkedFile, chunked.pdf);
  const chunkedBars = (await filledBoxes(chunkedFile, BAR_COLOUR)).filter((box) => box.right < LEFT_MARGIN);
  read.set('head-chunked.pdf', {
    pdf: await readPdf(chunkedFile),
    bars: [...new Set(chunkedBars.map((box) => box.page))],
    json: {changes: chunked.changes ?? {}, warnings: chunked.warnings},
  });
}, 900_000);

afterAll(() => {
  if (site && !process.env.KEEP_SITE) site.remove();
});

describeInBrowser('masterplan pdf --changes-since', () => {
  it('draws change bars on exactly the pages of the changed blocks, in the left margin', () => {
    const {pdf: reading, bars} = pdf('head.pdf');
    const changed = [...pagesWith(reading, CHANGED_SENTENCE), ...pagesWith(reading, ADDED_PARAGRAPH)];
    expect(changed).toHaveLength(2);
    expect(bars).toEqual([...new Set(changed)].sort((a, b) => a - b));
  });

  it('marks every change it lists, with no warning', () => {
    const {json} = pdf('head.pdf');
    expect(json.changes).toMatchObject({since: 'HEAD', ref: 'HEAD', listed: 2, marked: 2});
    expect(json.warnings).toEqual([]);
  });

  it('names the base on the cover: the ref and its short commit', () => {
    const commit = site.git('rev-parse', '--short=7', 'HEAD').trim();
    expect(pdf('head.pdf').pdf.texts[0]).toContain(`Perubahan ditandai terhadap HEAD (komit ${commit})`);
    expect(pdf('head-en.pdf').pdf.texts[0]).toContain(`Changes marked against HEAD (commit ${commit})`);
  });

  it('lists the changes per chapter in an annex after the last chapter, with the page of each bar', () => {
    const {pdf: reading} = pdf('head.pdf');
    const annexStart = annexIndex(reading, 'Lampiran: Perubahan');
    expect(annexStart).toBeGreaterThan(pagesWith(reading, CHANGED_SENTENCE)[0]!);
    const annex = annexText(reading, 'Lampiran: Perubahan');
    expect(annex).toMatch(/Lampiran: Perubahan sejak HEAD \(komit [0-9a-f]{7}\)/);
    expect(annex).toContain('2 bab berubah; 10 kata ditambahkan, 1 kata dihapus. Bab lain tidak berubah.');
    expect(annex).toContain(`1. Pendahuluan Kata: +9 −0 Hal. Perubahan Kata Teks ${pagesWith(reading, ADDED_PARAGRAPH)[0]} Paragraf ditambahkan +9 −0 § Visi — ${ADDED_PARAGRAPH}`);
    expect(annex).toContain(`3. Peta program Kata: +1 −1 Hal. Perubahan Kata Teks ${pagesWith(reading, CHANGED_SENTENCE)[0]} Paragraf diubah +1 −1 `);
    expect(annex).toContain('Siaran pers tidak menyebut merinci program lainnya.');
    // Not a page of a draft chapter: no watermark.
    expect(reading.rotatedTexts.slice(annexStart)).toEqual(reading.rotatedTexts.slice(annexStart).map(() => ''));
  });

  it('puts the annex in the contents and the bookmarks, with the chapters it lists under it', () => {
    const {pdf: reading} = pdf('head.pdf');
    const annexPage = annexIndex(reading, 'Lampiran: Perubahan') + 1;
    expect(reading.texts[1]).toMatch(new RegExp(`^Lampiran: Perubahan ${annexPage}$`, 'm'));
    const annex = reading.outline.at(-1)!;
    expect(annex).toMatchObject({title: 'Lampiran: Perubahan', page: annexPage});
    expect(annex.children.map((child) => child.title)).toEqual(['1. Pendahuluan', '3. Peta program']);
  });

  it('marks the English PDF from the English text, in English', () => {
    const {pdf: reading, bars, json} = pdf('head-en.pdf');
    expect(bars).toEqual(pagesWith(reading, CHANGED_ENGLISH));
    expect(json.changes).toMatchObject({listed: 1, marked: 1});
    const annex = annexText(reading, 'Annex: Changes');
    expect(annex).toMatch(/Annex: Changes since HEAD \(commit [0-9a-f]{7}\)/);
    expect(annex).toContain('1 chapter changed; 1 word added, 1 word removed. The other chapters are unchanged.');
    expect(annex).toContain(`Page Change Words Text ${bars[0]} Paragraph changed +1 −1 … below. The press release does not name list the others.`);
  });

  it('prints the same PDF, bars and annex included, when it prints the chapters in chunks', () => {
    const [whole, chunked] = [pdf('head.pdf'), pdf('head-chunked.pdf')];
    expect(chunked.pdf.pageCount).toBe(whole.pdf.pageCount);
    // Every page but the cover, which states the day it was printed.
    expect(chunked.pdf.texts.slice(1)).toEqual(whole.pdf.texts.slice(1));
    expect(chunked.pdf.outline).toEqual(whole.pdf.outline);
    expect(chunked.pdf.links).toEqual(whole.pdf.links);
    expect(chunked.bars).toEqual(whole.bars);
    expect(chunked.json).toMatchObject({changes: {listed: 2, marked: 2}, warnings: []});
  });

  it('marks the same blocks against a published edition, and names the edition on the cover', () => {
    const {pdf: reading, bars, json} = pdf('edition.pdf');
    expect(reading.texts[0]).toContain(`Perubahan ditandai terhadap Edisi ${EDITION}`);
    expect(json.changes).toMatchObject({edition: EDITION, listed: 2, marked: 2});
    expect(bars).toEqual(pdf('head.pdf').bars);
  });
});
