import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {PDFDocument} from 'pdf-lib';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';

import {launchChromium} from '../src/toolkit/browser/launchChromium';
import {loadChapters, renderMasterPlanPdf, resolveEdition, type PdfChapter} from '../src/toolkit/pdf';
import {BUILD_DIR, SITE_DIR} from '../test/support/paths';
import {contentsPages, startPagesByHeader} from '../test/support/pdfFixtures';
import {readPdf, type PdfReading} from '../test/support/readPdf';

/**
 * The PDF printed by a browser the project does not pin: Debian's Chromium 156
 * writes every bookmark title twice, which once broke the build (issue 13).
 * Runs only when CHROME_PATH names that browser, e.g.
 * `CHROME_PATH=/usr/bin/chromium SKIP_BUILD=1 npx vitest run e2e/pdfSystemChromium.test.ts`.
 */
const chromePath = process.env.CHROME_PATH;
if (!chromePath) console.warn('e2e/pdfSystemChromium.test.ts skipped: it needs CHROME_PATH set to a system Chromium (e.g. CHROME_PATH=/usr/bin/chromium).');

describe.skipIf(!chromePath)(`the PDF printed by the Chromium in CHROME_PATH (skipped without CHROME_PATH)`, () => {
  let work: string;
  let chapters: PdfChapter[];
  let printed: PdfReading;
  let milestone: string;
  let producer: string | undefined;

  beforeAll(async () => {
    const browser = await launchChromium();
    console.info(`Printing with ${browser.executablePath}, Chromium ${browser.version}`);
    milestone = browser.version.split('.')[0]!;
    await browser.close();
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-system-'));
    chapters = await loadChapters({siteDir: SITE_DIR, locale: 'id', edition: resolveEdition({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id'})});
    const result = await renderMasterPlanPdf({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id'});
    writeFileSync(path.join(work, 'system.pdf'), result.pdf);
    producer = (await PDFDocument.load(result.pdf, {updateMetadata: false})).getProducer();
    printed = await readPdf(path.join(work, 'system.pdf'));
  });

  afterAll(() => {
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('was printed by that browser', () => {
    expect(producer).toBe(`Skia/PDF m${milestone}`);
  });

  it('lists in the contents the pages the chapters really start on', () => {
    const starts = startPagesByHeader(printed.texts, chapters);
    expect(starts.every((page) => page > 2)).toBe(true);
    const listed = contentsPages(printed.texts[1]!);
    expect(chapters.map((chapter) => listed.get(chapter.number))).toEqual(starts);
    expect(printed.links[1]!.map((link) => link.page)).toEqual(starts);
  });

  it('titles the top-level bookmarks with the chapter titles, once each', () => {
    const starts = startPagesByHeader(printed.texts, chapters);
    expect(printed.outline.map(({title, page}) => [title, page])).toEqual([
      ['Daftar isi', 2],
      ...chapters.map((chapter, index): [string, number] => [chapter.title, starts[index]!]),
    ]);
  });
});
