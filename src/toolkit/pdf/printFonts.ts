/**
 * The PDF's fonts: Noto Sans for text and headings, Noto Sans KR for Hangul,
 * Noto Sans Mono for code, from the `@fontsource` packages that `npm install`
 * brings. The pinned Chromium has only Open Sans, a system browser has
 * whatever the machine has, and neither prints Hangul reliably (with the
 * pinned browser alone it prints as boxes; issue 13); with these the PDF
 * embeds the same fonts on every machine. KaTeX keeps its own fonts.
 *
 * The files are served to the print page by the PDF session itself, on a
 * private path of the local server's origin that only the renderer's page
 * answers (see {@link servePrintFonts}); nothing is fetched from another host
 * and nothing is added to the built site.
 */
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';

import type {Page} from 'playwright-core';

/** The private path the font stylesheets and files are served under. */
export const PRINT_FONTS_PATH = '/__masterplan-pdf__/fonts/';

/** Folder name on {@link PRINT_FONTS_PATH} -> the npm package it serves. */
const FONT_PACKAGES: Readonly<Record<string, string>> = {
  'noto-sans': '@fontsource/noto-sans',
  'noto-sans-kr': '@fontsource/noto-sans-kr',
  'noto-sans-mono': '@fontsource/noto-sans-mono',
};

/**
 * The weights and styles the print styles use, as the packages' own
 * stylesheets (one `@font-face` per script subset, with `unicode-range`, so
 * Chromium fetches only the subsets the text needs: about 120 for Korean).
 */
const FONT_STYLESHEETS = [
  'noto-sans/400.css',
  'noto-sans/400-italic.css',
  'noto-sans/700.css',
  'noto-sans/700-italic.css',
  'noto-sans-kr/400.css',
  'noto-sans-kr/700.css',
  'noto-sans-mono/400.css',
  'noto-sans-mono/700.css',
];

/** Text and headings; Hangul falls through to the Korean face. */
export const PRINT_FONT_FAMILY = `'Noto Sans', 'Noto Sans KR', sans-serif`;
/** Code. */
export const PRINT_MONO_FONT_FAMILY = `'Noto Sans Mono', 'Noto Sans KR', monospace`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The URLs of the font stylesheets on the session's origin, e.g. `http://127.0.0.1:4000/__masterplan-pdf__/fonts/noto-sans/400.css`. */
export function printFontStylesheets(origin: string): string[] {
  return FONT_STYLESHEETS.map((stylesheet) => `${origin}${PRINT_FONTS_PATH}${stylesheet}`);
}

const require = createRequire(import.meta.url);

/**
 * The file a path under {@link PRINT_FONTS_PATH} stands for (`noto-sans-kr/files/noto-sans-kr-0-400-normal.woff2`),
 * or `null` when it is not a stylesheet or font file of one of the font packages.
 */
export function printFontFile(relativePath: string): string | null {
  const [folder, ...rest] = relativePath.split('/');
  const packageName = folder === undefined ? undefined : FONT_PACKAGES[folder];
  if (!packageName || rest.length === 0 || !(path.extname(relativePath) in CONTENT_TYPES)) return null;
  // The packages export their stylesheets only; 400.css locates the package folder.
  const packageDir = path.dirname(require.resolve(`${packageName}/400.css`));
  const file = path.resolve(packageDir, ...rest);
  return file.startsWith(packageDir + path.sep) ? file : null;
}

/**
 * Answers the print page's requests under {@link PRINT_FONTS_PATH} from the
 * font packages. The route belongs to `page` alone: the built site and its
 * server never see these paths.
 */
export async function servePrintFonts(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}${PRINT_FONTS_PATH}**`, async (route) => {
    const requested = decodeURIComponent(new URL(route.request().url()).pathname.slice(PRINT_FONTS_PATH.length));
    const file = printFontFile(requested);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) return route.fulfill({status: 404, body: 'Not a print font'});
    return route.fulfill({status: 200, contentType: CONTENT_TYPES[path.extname(file)]!, body});
  });
}
