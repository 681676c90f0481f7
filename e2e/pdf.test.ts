import {spawnSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {afterAll, beforeAll, expect, it} from 'vitest';

import {
  loadChapters,
  openPdfSession,
  PageRenderError,
  renderMasterPlanPdf,
  resolveEdition,
  type PdfChapter,
  type PdfSession,
} from '../src/toolkit/pdf';
import {escapeRegExp} from '../src/content/escapeRegExp';
import {masterplanPdfStep} from '../scripts/postbuild/masterplanPdf';
import {runPostbuildSteps} from '../scripts/postbuild/runSteps';
import {describeInBrowser} from '../test/support/browser';
import {readBuilt} from '../test/support/builtFiles';
import {BUILD_DIR, SITE_DIR} from '../test/support/paths';
import {embeddedFonts, rasterImagesOnPages, readPdf, type PdfReading} from '../test/support/readPdf';
import {contentsPages, HANGUL_HEADING, HANGUL_TEXT, startPagesByHeader, withHangulInChapter, withHtmlInChapter} from '../test/support/pdfFixtures';
import {MASTERPLAN_BIN} from '../test/support/cli';

/** Fonts the PDF may embed: the ones npm ships (Noto Sans, Noto Sans KR, Noto Sans Mono) and KaTeX's, as subsets. */
const SHIPPED_FONT = /^[A-Z]{6}\+(NotoSans(KR\w*|Mono)?-\w+|KaTeX_\w+-\w+)$/;

/** A built heading's text: without its hash link (the PDF removes it) and tags, entities decoded, spaces collapsed. */
function headingText(html: string): string {
  const entities: Record<string, string> = {'&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'"};
  return html
    .replace(/<a [^>]*class="?hash-link\b[^>]*>.*?<\/a>/gs, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&[#\w]+;/g, (entity) => entities[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();
}

/** An image a chapter links that the build does not have, and its alt text. */
const MISSING_IMAGE = 'bagan-yang-tidak-ada.png';
const MISSING_IMAGE_ALT = 'Bagan tata kelola yang hilang';

describeInBrowser('masterplan pdf', () => {
  let work: string;
  let session: PdfSession;
  let chapters: PdfChapter[];
  const read = new Map<string, PdfReading>();
  const warnings = new Map<string, string[]>();
  const file = (name: string) => path.join(work, name);
  const pdf = (name: string) => read.get(name)!;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-test-'));
    chapters = await loadChapters({
      siteDir: SITE_DIR,
      locale: 'id',
      edition: resolveEdition({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id'}),
    });

    // The whole plan through the command line, as a planner runs it.
    const cli = spawnSync(process.execPath, [MASTERPLAN_BIN, 'pdf', '--build-dir', BUILD_DIR, '--out', file('full.pdf')], {
      cwd: SITE_DIR,
      encoding: 'utf8',
    });
    expect(cli.stderr).toBe('');
    expect(cli.stdout).toMatch(/^Wrote .*full\.pdf: \d+ pages, \d+ chapters/);

    session = await openPdfSession(BUILD_DIR);
    const render = async (name: string, options: Partial<Parameters<typeof renderMasterPlanPdf>[0]>) => {
      const result = await renderMasterPlanPdf({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id', session, ...options});
      writeFileSync(file(name), result.pdf);
    };
    await render('first-three.pdf', {only: [1, 2, 3]});
    await render('en.pdf', {locale: 'en'});
    // The whole plan printed a chapter at a time (a long plan is printed in chunks; printChunks.ts).
    await render('chunked.pdf', {chunkHtmlCharacters: 1});
    // The same with the page count of an earlier print, right (one pass) and wrong (two passes).
    const pageCount = (await readPdf(file('full.pdf'))).pageCount;
    await render('chunked-expected.pdf', {chunkHtmlCharacters: 1, expectedPageCount: pageCount});
    await render('chunked-wrong-count.pdf', {chunkHtmlCharacters: 1, expectedPageCount: pageCount + 3});

    // A copy of the sources in which chapter 1 is approved; the built pages stay the same.
    const approvedSite = file('approved-site');
    for (const dir of ['docs/rencana-induk', 'i18n/en/docusaurus-plugin-content-docs/current']) {
      cpSync(path.join(SITE_DIR, dir), path.join(approvedSite, dir), {recursive: true});
    }
    const first = path.join(approvedSite, chapters[0]!.sourceFile);
    const source = readFileSync(first, 'utf8');
    const approved = source.replace(/^status: \w+$/m, 'status: approved\napproved_by: [rini]\napproved_on: 2026-01-05');
    expect(approved).not.toBe(source);
    writeFileSync(first, approved);
    await render('approved-first.pdf', {siteDir: approvedSite});

    // A copy of the build whose first chapter has Korean text (the site has none), rendered with its own session.
    const hangulBuild = withHangulInChapter(BUILD_DIR, file('hangul-build'), chapters[0]!);
    const hangul = await renderMasterPlanPdf({siteDir: SITE_DIR, buildDir: hangulBuild, locale: 'id', only: [1, 2]});
    writeFileSync(file('hangul.pdf'), hangul.pdf);

    // A copy of the build whose second chapter shows an image that does not exist, printed at once and a chapter at a time.
    const brokenBuild = withHtmlInChapter(BUILD_DIR, file('broken-image-build'), chapters[1]!, `<p><img src="/img/${MISSING_IMAGE}" alt="${MISSING_IMAGE_ALT}"></p>`);
    for (const [name, chunkHtmlCharacters] of [['broken-image.pdf', undefined], ['broken-image-chunked.pdf', 1]] as const) {
      const rendered = await renderMasterPlanPdf({siteDir: SITE_DIR, buildDir: brokenBuild, locale: 'id', only: [1, 2, 3], ...(chunkHtmlCharacters ? {chunkHtmlCharacters} : {})});
      writeFileSync(file(name), rendered.pdf);
      warnings.set(name, rendered.warnings);
    }

    for (const name of ['full.pdf', 'first-three.pdf', 'en.pdf', 'approved-first.pdf', 'hangul.pdf', 'chunked.pdf', 'chunked-expected.pdf', 'chunked-wrong-count.pdf', 'broken-image.pdf', 'broken-image-chunked.pdf']) {
      read.set(name, await readPdf(file(name)));
    }
  });

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('grows with the chapters it holds', () => {
    const full = pdf('full.pdf').pageCount;
    expect(pdf('first-three.pdf').pageCount).toBeLessThan(full);
    // Cover, contents, then at least a page per chapter.
    expect(full).toBeGreaterThanOrEqual(2 + chapters.length);
  });

  it('prints every chapter, in sidebar order, each starting on a new page under its own title', () => {
    const {texts} = pdf('full.pdf');
    const starts = startPagesByHeader(texts, chapters);
    expect(starts.every((page) => page > 2)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    expect(new Set(starts).size).toBe(chapters.length);
    chapters.forEach((chapter, index) => {
      // The running header, then the chapter's own heading on its first page.
      expect(texts[starts[index]! - 1]!.split('\n').slice(1).join(' ')).toContain(chapter.title);
    });
  });

  it('lists in the table of contents the page each chapter really starts on', () => {
    const {texts, links, pageCount} = pdf('full.pdf');
    const starts = startPagesByHeader(texts, chapters);
    const contents = texts[1]!;
    expect(contents).toMatch(/^Daftar isi/);
    const listed = contentsPages(contents);
    expect(chapters.map((chapter) => listed.get(chapter.number))).toEqual(starts);
    // The contents are printed again with their numbers over the first print; the page keeps its links and footer.
    expect(contents).toMatch(new RegExp(`^Halaman 2 / ${pageCount}$`, 'm'));
    expect(links[1]!.map((link) => link.page)).toEqual(starts);
    expect(links[1]!.map((link) => link.text)).toEqual(contents.split('\n').filter((line) => /^\d+ .+ \d+$/.test(line)));
  });

  it('bookmarks the contents and every chapter at its first page, titled once from the headings', () => {
    const {texts, outline} = pdf('full.pdf');
    const starts = startPagesByHeader(texts, chapters);
    expect(outline.map(({title, page}) => [title, page])).toEqual([
      ['Daftar isi', 2],
      ...chapters.map((chapter, index): [string, number] => [chapter.title, starts[index]!]),
    ]);
    // Under each chapter, its printed h2 headings in order, at pages of that chapter.
    chapters.forEach((chapter, index) => {
      const h2s = [...readBuilt(`${chapter.route.replace(/^\//, '')}index.html`).matchAll(/<h2[^>]*>(.*?)<\/h2>/gs)].map(([, html]) => headingText(html!));
      const bookmark = outline[index + 1]!;
      expect(bookmark.children.map((child) => child.title), chapter.sourceFile).toEqual(h2s);
      const last = (starts[index + 1] ?? pdf('full.pdf').pageCount + 1) - 1;
      for (const child of bookmark.children) expect(child.page).toSatisfy((page: number) => page >= starts[index]! && page <= last);
    });
  });

  it.each(['chunked.pdf', 'chunked-expected.pdf', 'chunked-wrong-count.pdf'])('prints a plan in chunks of chapters as it prints it at once: pages, text, numbers, watermarks, bookmarks and links (%s)', (name) => {
    const [whole, chunked] = [pdf('full.pdf'), pdf(name)];
    expect(chunked.pageCount).toBe(whole.pageCount);
    // Every page but the cover, which states the day it was printed.
    expect(chunked.texts.slice(1)).toEqual(whole.texts.slice(1));
    expect(chunked.texts.slice(1).join('\n')).toMatch(new RegExp(`^Halaman ${whole.pageCount} / ${whole.pageCount}$`, 'm'));
    expect(chunked.rotatedTexts).toEqual(whole.rotatedTexts);
    expect(chunked.outline).toEqual(whole.outline);
    expect(chunked.links).toEqual(whole.links);
    // Links between chapters printed in different chunks open the right page.
    expect(chunked.links.flat().filter((link) => link.page !== undefined).length).toBeGreaterThan(chapters.length);
  });

  it.each(['broken-image.pdf', 'broken-image-chunked.pdf'])('prints an image that did not load as its alt text and says so (%s)', (name) => {
    const [warning, ...others] = warnings.get(name)!;
    expect(others).toEqual([]);
    expect(warning).toMatch(new RegExp(`^${escapeRegExp(chapters[1]!.sourceFile)}: image http://\\S+/img/${escapeRegExp(MISSING_IMAGE)} did not load; its alt text is printed instead\\.$`));
    const {texts} = pdf(name);
    const starts = startPagesByHeader(texts, chapters.slice(0, 3));
    expect(texts.slice(starts[1]! - 1, starts[2]! - 1).join('\n')).toContain(MISSING_IMAGE_ALT);
  });

  it('watermarks every page of a chapter that is not approved, and never the cover', () => {
    const {rotatedTexts, texts} = pdf('full.pdf');
    expect(chapters.some((chapter) => chapter.status !== 'approved')).toBe(true);
    rotatedTexts.forEach((rotated, index) => {
      if (index < 2) expect(rotated, `page ${index + 1}`).toBe('');
      else expect(rotated, `page ${index + 1}`).toBe('DRAF');
    });
    // The running header says it too.
    for (const text of texts.slice(2)) expect(text.split('\n')[0]).toMatch(/ DRAF$/);
  });

  it('never watermarks an approved chapter', () => {
    const {texts, rotatedTexts} = pdf('approved-first.pdf');
    const starts = startPagesByHeader(texts, chapters);
    for (let page = starts[0]!; page < starts[1]!; page++) {
      expect(rotatedTexts[page - 1], `page ${page}`).toBe('');
      expect(texts[page - 1], `page ${page}`).not.toMatch(/DRAF/);
    }
    expect(rotatedTexts[starts[1]! - 1]).toBe('DRAF');
    expect(texts[1]).toMatch(new RegExp(`^1 ${chapters[0]!.title} ${starts[0]}$`, 'm'));
  });

  it('embeds every font, and only the fonts it ships (Noto Sans, Noto Sans KR, Noto Sans Mono) and KaTeX’s', async () => {
    for (const name of ['full.pdf', 'en.pdf', 'hangul.pdf']) {
      const fonts = await embeddedFonts(file(name));
      expect(fonts.length, name).toBeGreaterThan(0);
      expect(fonts.filter((font) => !font.embedded), name).toEqual([]);
      expect(fonts.map((font) => font.name).filter((font) => !SHIPPED_FONT.test(font)), name).toEqual([]);
    }
    const names = (await embeddedFonts(file('full.pdf'))).map((font) => font.name);
    // Text, headings and the watermark in both weights; code in the mono face.
    expect(names.some((font) => /\+NotoSans-Regular$/.test(font))).toBe(true);
    expect(names.some((font) => /\+NotoSans-Bold$/.test(font))).toBe(true);
    expect(names.some((font) => /\+NotoSansMono-Regular$/.test(font))).toBe(true);
  });

  it('prints Hangul as Hangul, in Noto Sans KR, and bookmarks a Korean heading', async () => {
    const {texts, outline} = pdf('hangul.pdf');
    const chapterText = texts.slice(2).join('\n');
    expect(chapterText).toContain(HANGUL_HEADING);
    expect(chapterText.replace(/\s+/g, ' ')).toContain(HANGUL_TEXT);
    expect((await embeddedFonts(file('hangul.pdf'))).map((font) => font.name)).toContainEqual(expect.stringMatching(/^[A-Z]{6}\+NotoSansKR\w*-Regular$/));
    expect(outline[1]!.children[0]).toMatchObject({title: HANGUL_HEADING, page: 3});
  });

  it('draws Mermaid diagrams as vectors and typesets math with KaTeX', async () => {
    const {texts, pageCount} = pdf('full.pdf');
    const starts = startPagesByHeader(texts, chapters);
    const withDiagrams = chapters.flatMap((chapter, index) => (chapter.diagrams > 0 ? [index] : []));
    expect(withDiagrams.length).toBeGreaterThan(0);
    for (const index of withDiagrams) {
      const first = starts[index]!;
      const last = (starts[index + 1] ?? pageCount + 1) - 1;
      expect(await rasterImagesOnPages(file('full.pdf'), first, last), `images on pages ${first}-${last}`).toBe(0);
    }
    expect((await embeddedFonts(file('full.pdf'))).map((font) => font.name)).toContainEqual(expect.stringMatching(/\+KaTeX_Math-/));
  });

  it('keeps links: to other chapters inside the PDF, to the rest of the site at its public address', () => {
    const {texts, links} = pdf('full.pdf');
    const starts = startPagesByHeader(texts, chapters);
    const firstChapter = links.slice(starts[0]! - 1, starts[1]! - 1).flat();
    expect(firstChapter).toContainEqual(expect.objectContaining({url: expect.stringMatching(/^https:\/\/masterplan\.example\.go\.id\/siaran-pers\/.+/)}));
    expect(firstChapter).toContainEqual({page: starts[1], text: chapters[1]!.title});
  });

  it('speaks English with a DRAFT watermark for --locale en', () => {
    const {texts, rotatedTexts, outline} = pdf('en.pdf');
    expect(texts[0]).toContain('Ministry of the Interior, Republic of Korea');
    expect(texts[1]).toMatch(/^Contents/);
    expect(rotatedTexts[2]).toBe('DRAFT');
    expect(outline[0]).toMatchObject({title: 'Contents', page: 2});
  });

  it('names the page that fails to render', async () => {
    // The source promises a diagram the built page does not have, as when Mermaid fails in the browser.
    const brokenSite = file('broken-site');
    cpSync(path.join(SITE_DIR, 'docs/rencana-induk'), path.join(brokenSite, 'docs/rencana-induk'), {recursive: true});
    const first = path.join(brokenSite, chapters[0]!.sourceFile);
    writeFileSync(first, `${readFileSync(first, 'utf8')}\n\`\`\`mermaid\nflowchart LR\n  a --> b\n\`\`\`\n`);
    const error = await renderMasterPlanPdf({siteDir: brokenSite, buildDir: BUILD_DIR, locale: 'id', session, diagramTimeoutMs: 1500}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PageRenderError);
    expect((error as Error).message).toBe(
      `Could not render ${chapters[0]!.route} (${chapters[0]!.sourceFile}): 0 of its 1 Mermaid diagram(s) were drawn within 1.5 s; open the page in a browser to see the diagram's error.`,
    );
  });

  it('fails the build’s PDF step naming the step, the chapter, its source file and how to build without the PDF', async () => {
    const site = file('extra-chapter-site');
    cpSync(path.join(SITE_DIR, 'docs/rencana-induk'), path.join(site, 'docs/rencana-induk'), {recursive: true});
    writeFileSync(path.join(site, 'docs/rencana-induk/bab-tambahan.md'), '---\ntitle: Bab tambahan\nchapter: 99\nstatus: draft\nowners: [rini]\n---\n\nBelum dibangun.\n');
    const outDir = file('step-build');
    cpSync(BUILD_DIR, outDir, {recursive: true});
    const lines: string[] = [];
    const outcome = await runPostbuildSteps([[masterplanPdfStep]], {siteDir: site, outDir}, {log: () => undefined, error: (line) => lines.push(line)});
    expect(outcome).toMatchObject({ok: false, failed: ['master plan PDF']});
    expect(lines[0]).toMatch(
      /^\[ERROR\] Post-build step "master plan PDF" failed: \((id|en)\) Chapter 99 \(docs\/rencana-induk\/bab-tambahan\.md\) has no built page at .+\. Run `npm run build` first\.$/,
    );
    expect(lines[1]).toMatch(/^\[ERROR\] How to get past it: fix the chapter the message names; .*`MASTERPLAN_PDF=0 npm run build`/);
  });

  it('offers the latest PDF on the first chapter only, in both languages', () => {
    for (const [prefix, pdf] of [['', 'unduh/rencana-induk-id.pdf'], ['en/', 'en/unduh/master-plan-en.pdf']] as const) {
      expect(readFileSync(path.join(BUILD_DIR, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readBuilt(`${prefix}rencana-induk/index.html`)).toMatch(new RegExp(`href="?/${pdf}"? download`));
      expect(readBuilt(`${prefix}rencana-induk/peta-program/index.html`)).not.toContain('/unduh/');
    }
    expect(existsSync(path.join(BUILD_DIR, 'unduh/master-plan-en.pdf'))).toBe(false);
  });
});
