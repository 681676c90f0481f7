import {execFileSync, spawnSync} from 'node:child_process';
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
import {describeInBrowser} from './support/browser';
import {readBuilt} from './support/builtFiles';
import {BUILD_DIR, SITE_DIR} from './support/paths';

/** The text of each page, as poppler's pdftotext reads it in content order. */
function pageTexts(file: string): string[] {
  return execFileSync('pdftotext', ['-raw', file, '-'], {encoding: 'utf8'}).split('\f').slice(0, -1);
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
  return Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]);
}

/** Top-level bookmarks as pdftohtml reads them: [title, page]. */
function topLevelBookmarks(file: string): [string, number][] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', file], {encoding: 'utf8'});
  const outline = xml.slice(xml.indexOf('<outline>'));
  const bookmarks: [string, number][] = [];
  let depth = 0;
  for (const [tag] of outline.matchAll(/<outline>|<\/outline>|<item page="\d+">[^<]*<\/item>/g)) {
    if (tag === '<outline>') depth++;
    else if (tag === '</outline>') {
      if (--depth === 0) break;
    } else if (depth === 1) {
      const [, page, title] = /<item page="(\d+)">([^<]*)<\/item>/.exec(tag)!;
      bookmarks.push([title!, Number(page)]);
    }
  }
  return bookmarks;
}

/** The diagonal watermark: pdftotext reads its rotated letters one per line. */
const watermarkOf = (word: string) => new RegExp(`^${word.split('').join('\\n')}$`, 'm');

/** Where each chapter really starts: the first page whose running header is "N. Title". */
function startPagesByHeader(texts: string[], chapters: PdfChapter[]): number[] {
  return chapters.map((chapter) => texts.findIndex((text) => text.startsWith(`${chapter.number}. ${chapter.title}`)) + 1);
}

describeInBrowser('masterplan pdf', () => {
  let work: string;
  let session: PdfSession;
  let chapters: PdfChapter[];
  const file = (name: string) => path.join(work, name);

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-pdf-test-'));
    chapters = await loadChapters({
      siteDir: SITE_DIR,
      locale: 'id',
      edition: resolveEdition({siteDir: SITE_DIR, buildDir: BUILD_DIR, locale: 'id'}),
    });

    // The whole plan through the command line, as a planner runs it.
    const cli = spawnSync(process.execPath, ['bin/masterplan.cjs', 'pdf', '--build-dir', BUILD_DIR, '--out', file('full.pdf')], {
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
  });

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('grows with the chapters it holds', () => {
    const full = pageCount(file('full.pdf'));
    expect(pageCount(file('first-three.pdf'))).toBeLessThan(full);
    // Cover, contents, then at least a page per chapter.
    expect(full).toBeGreaterThanOrEqual(2 + chapters.length);
  });

  it('prints every chapter, in sidebar order, each starting on a new page under its own title', () => {
    const texts = pageTexts(file('full.pdf'));
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
    const texts = pageTexts(file('full.pdf'));
    const starts = startPagesByHeader(texts, chapters);
    const contents = texts[1]!;
    expect(contents).toMatch(/^Daftar isi/);
    const listed = new Map([...contents.matchAll(/^(\d+) (.+) (\d+)$/gm)].map(([, number, , page]) => [Number(number), Number(page)]));
    expect(chapters.map((chapter) => listed.get(chapter.number))).toEqual(starts);
    // The contents are printed again with their numbers over the first print; the page keeps its links and footer.
    expect(contents).toMatch(new RegExp(`^Halaman 2 / ${pageCount(file('full.pdf'))}$`, 'm'));
    const links = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '2', '-l', '2', file('full.pdf')], {encoding: 'utf8'});
    const targets = new Set([...links.matchAll(/<a href="[^"#]*#(\d+)">/g)].map(([, page]) => Number(page)));
    expect([...targets].sort((a, b) => a - b)).toEqual(starts);
  });

  it('bookmarks the contents and every chapter at its first page', () => {
    const texts = pageTexts(file('full.pdf'));
    const starts = startPagesByHeader(texts, chapters);
    expect(topLevelBookmarks(file('full.pdf'))).toEqual([
      ['Daftar isi', 2],
      ...chapters.map((chapter, index): [string, number] => [chapter.title, starts[index]!]),
    ]);
  });

  it('watermarks every page of a chapter that is not approved, and never the cover', () => {
    const texts = pageTexts(file('full.pdf'));
    expect(chapters.some((chapter) => chapter.status !== 'approved')).toBe(true);
    texts.forEach((text, index) => {
      if (index < 2) expect(text).not.toMatch(watermarkOf('DRAF'));
      else expect(text, `page ${index + 1}`).toMatch(watermarkOf('DRAF'));
    });
  });

  it('never watermarks an approved chapter', () => {
    const texts = pageTexts(file('approved-first.pdf'));
    const starts = startPagesByHeader(texts, chapters);
    for (let page = starts[0]!; page < starts[1]!; page++) {
      expect(texts[page - 1], `page ${page}`).not.toMatch(/DRAF/);
    }
    expect(texts[starts[1]! - 1]).toMatch(watermarkOf('DRAF'));
    expect(texts[1]).toMatch(new RegExp(`^1 ${chapters[0]!.title} ${starts[0]}$`, 'm'));
  });

  it('embeds every font', () => {
    const rows = execFileSync('pdffonts', [file('full.pdf')], {encoding: 'utf8'}).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$/);
  });

  it('draws Mermaid diagrams as vectors and typesets math with KaTeX', () => {
    const texts = pageTexts(file('full.pdf'));
    const starts = startPagesByHeader(texts, chapters);
    const withDiagrams = chapters.flatMap((chapter, index) => (chapter.diagrams > 0 ? [index] : []));
    expect(withDiagrams.length).toBeGreaterThan(0);
    for (const index of withDiagrams) {
      const first = String(starts[index]);
      const last = String((starts[index + 1] ?? pageCount(file('full.pdf')) + 1) - 1);
      const images = execFileSync('pdfimages', ['-list', '-f', first, '-l', last, file('full.pdf')], {encoding: 'utf8'});
      expect(images.trim().split('\n').slice(2), `images on pages ${first}-${last}`).toEqual([]);
    }
    expect(execFileSync('pdffonts', [file('full.pdf')], {encoding: 'utf8'})).toMatch(/KaTeX_Math/);
  });

  it('keeps links: to other chapters inside the PDF, to the rest of the site at its public address', () => {
    const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', '-f', '3', '-l', '4', file('full.pdf')], {encoding: 'utf8'});
    const starts = startPagesByHeader(pageTexts(file('full.pdf')), chapters);
    expect(xml).toMatch(/<a href="https:\/\/masterplan\.example\.go\.id\/siaran-pers\/[^"]+">/);
    expect(xml).toContain(`.html#${starts[1]}">${chapters[1]!.title}</a>`);
  });

  it('speaks English with a DRAFT watermark for --locale en', () => {
    const texts = pageTexts(file('en.pdf'));
    expect(texts[0]).toContain('Ministry of the Interior, Republic of Korea');
    expect(texts[1]).toMatch(/^Contents/);
    expect(texts[2]).toMatch(watermarkOf('DRAFT'));
    expect(texts[2]).not.toMatch(/DRAF\b/);
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

  it('offers the latest PDF on the first chapter only, in both languages', () => {
    for (const [prefix, pdf] of [['', 'unduh/rencana-induk-id.pdf'], ['en/', 'en/unduh/master-plan-en.pdf']] as const) {
      expect(readFileSync(path.join(BUILD_DIR, pdf)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(readBuilt(`${prefix}rencana-induk/index.html`)).toMatch(new RegExp(`href="?/${pdf}"? download`));
      expect(readBuilt(`${prefix}rencana-induk/peta-program/index.html`)).not.toContain('/unduh/');
    }
    expect(existsSync(path.join(BUILD_DIR, 'unduh/master-plan-en.pdf'))).toBe(false);
  });
});
