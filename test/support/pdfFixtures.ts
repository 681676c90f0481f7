import {cpSync, readFileSync, writeFileSync} from 'node:fs';

import {builtPageFile, type PdfChapter} from '../../src/toolkit/pdf/chapters';

/** Korean text for the Hangul fixture: "e-government master plan", "Korean glossary". */
export const HANGUL_HEADING = '용어집 전자정부';
export const HANGUL_TEXT = '전자정부 기본계획과 정보보호 용어를 한국어로 적습니다.';

/**
 * A copy of the build at `into` whose chapter page has `html` at the start of
 * its text: the PDF prints the built page, not the Markdown.
 */
export function withHtmlInChapter(buildDir: string, into: string, chapter: PdfChapter, html: string): string {
  cpSync(buildDir, into, {recursive: true});
  const file = builtPageFile(into, 'id', chapter.route);
  const page = readFileSync(file, 'utf8');
  const changed = page.replace(/(<div class="?theme-doc-markdown markdown"?>(?:<header>.*?<\/header>)?)/s, (start) => `${start}${html}`);
  if (changed === page) throw new Error(`${file} has no .theme-doc-markdown to add to; update withHtmlInChapter.`);
  writeFileSync(file, changed);
  return into;
}

/** A copy of the build whose chapter page carries a Korean heading and paragraph (the site has no Hangul of its own). */
export function withHangulInChapter(buildDir: string, into: string, chapter: PdfChapter): string {
  return withHtmlInChapter(buildDir, into, chapter, `<h2 id="istilah-korea">${HANGUL_HEADING}</h2><p lang="ko">${HANGUL_TEXT}</p>`);
}

/** Where each chapter really starts: the first page whose running header is "N. Title" (1-based; 0 when none is). */
export function startPagesByHeader(texts: readonly string[], chapters: readonly PdfChapter[]): number[] {
  return chapters.map((chapter) => texts.findIndex((text) => text.startsWith(`${chapter.number}. ${chapter.title}`)) + 1);
}

/** The contents' lines "N Title (status) page" as chapter number -> page. */
export function contentsPages(contents: string): Map<number, number> {
  return new Map([...contents.matchAll(/^(\d+) (.+) (\d+)$/gm)].map(([, number, , page]) => [Number(number), Number(page)]));
}
