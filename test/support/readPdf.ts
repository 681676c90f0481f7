/**
 * Reading PDFs in tests with libraries only (pdfjs-dist for text, bookmarks
 * and links; pdf-lib for fonts and images), so the PDF tests need no poppler
 * or any other system package (issue 13).
 */
import {readFileSync} from 'node:fs';

import {PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream} from 'pdf-lib';
import {getDocument, OPS} from 'pdfjs-dist/legacy/build/pdf.mjs';
import type {PDFDocumentProxy} from 'pdfjs-dist/types/src/display/api';

/** A bookmark and the page (1-based) it opens. */
export interface Bookmark {
  title: string;
  page: number;
  children: Bookmark[];
}

/** A link annotation: to a page of the same PDF (1-based) or to a URL; `text` is what it is drawn over. */
export interface PdfLink {
  page?: number;
  url?: string;
  text: string;
}

/** What the tests read from a PDF. */
export interface PdfReading {
  pageCount: number;
  /** Each page's upright text in content order, a line per baseline, words spaced as drawn. */
  texts: string[];
  /** Each page's text drawn at an angle (the diagonal watermark), joined without spaces. */
  rotatedTexts: string[];
  /** The outline, in order, with nested bookmarks. */
  outline: Bookmark[];
  /** Each page's link annotations, in the order the page lists them. */
  links: PdfLink[][];
}

interface TextPiece {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/** Text items, not the marked-content boundaries getTextContent also lists. */
function isTextPiece<T extends object>(item: T): item is T & TextPiece {
  return 'str' in item && 'transform' in item;
}

/** Upright pieces joined into lines: a new line when the baseline moves, a space where a gap is wider than a fifth of the text height. */
function lines(pieces: readonly TextPiece[]): string {
  let text = '';
  let baseline: number | undefined;
  let end: number | undefined;
  for (const piece of pieces) {
    if (piece.str === '') continue;
    const [, , , , x, y] = piece.transform as [number, number, number, number, number, number];
    if (baseline !== undefined && Math.abs(y - baseline) > 1) text += '\n';
    else if (end !== undefined && x - end > piece.height / 5 && !/\s$/.test(text) && !/^\s/.test(piece.str)) text += ' ';
    text += piece.str;
    baseline = y;
    end = x + piece.width;
  }
  return text.replace(/[ \t]+$/gm, '');
}

const isRotated = (piece: TextPiece) => Math.abs(piece.transform[1]!) > 1e-6 || Math.abs(piece.transform[2]!) > 1e-6;

async function pageOf(doc: PDFDocumentProxy, destination: unknown): Promise<number | undefined> {
  const explicit = typeof destination === 'string' ? await doc.getDestination(destination) : destination;
  if (!Array.isArray(explicit)) return undefined;
  const [target] = explicit as unknown[];
  if (typeof target === 'number') return target + 1;
  if (target && typeof target === 'object' && 'num' in target) return (await doc.getPageIndex(target as {num: number; gen: number})) + 1;
  return undefined;
}

async function readOutline(doc: PDFDocumentProxy, items: Awaited<ReturnType<PDFDocumentProxy['getOutline']>> | null): Promise<Bookmark[]> {
  const bookmarks: Bookmark[] = [];
  for (const item of items ?? []) {
    bookmarks.push({title: item.title, page: (await pageOf(doc, item.dest)) ?? 0, children: await readOutline(doc, item.items)});
  }
  return bookmarks;
}

/** Text pieces whose middle lies inside a rectangle [x1, y1, x2, y2]. */
function textInside(pieces: readonly TextPiece[], rect: number[]): string {
  const [x1, y1, x2, y2] = rect as [number, number, number, number];
  const inside = pieces.filter((piece) => {
    const [, , , , x, y] = piece.transform as [number, number, number, number, number, number];
    const middleX = x + piece.width / 2;
    const middleY = y + piece.height / 3;
    return middleX >= Math.min(x1, x2) && middleX <= Math.max(x1, x2) && middleY >= Math.min(y1, y2) && middleY <= Math.max(y1, y2);
  });
  return lines(inside).replace(/\s+/g, ' ').trim();
}

/** Reads a PDF file's pages, text, outline and links with pdfjs-dist. */
export async function readPdf(file: string): Promise<PdfReading> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true}).promise;
  try {
    const reading: PdfReading = {pageCount: doc.numPages, texts: [], rotatedTexts: [], outline: await readOutline(doc, await doc.getOutline()), links: []};
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const pieces = (await page.getTextContent()).items.filter(isTextPiece);
      const upright = pieces.filter((piece) => !isRotated(piece));
      reading.texts.push(lines(upright));
      reading.rotatedTexts.push(
        pieces
          .filter(isRotated)
          .map((piece) => piece.str)
          .join('')
          .replace(/\s+/g, ''),
      );
      const links: PdfLink[] = [];
      for (const annotation of await page.getAnnotations()) {
        if (annotation.subtype !== 'Link') continue;
        const text = textInside(upright, annotation.rect as number[]);
        if (typeof annotation.url === 'string') links.push({url: annotation.url, text});
        else if (annotation.dest) links.push({page: await pageOf(doc, annotation.dest), text});
      }
      reading.links.push(links);
      page.cleanup();
    }
    return reading;
  } finally {
    await doc.destroy();
  }
}

/** A font of the PDF: its name (`ABCDEF+NotoSans-Regular`) and whether its program is embedded. */
export interface PdfFont {
  name: string;
  embedded: boolean;
}

/**
 * Every font of the PDF that has a font descriptor (all but Type 0 parents,
 * whose descendant has one, and Type 3 fonts, which are drawings): embedded
 * when the descriptor holds a font program (FontFile, FontFile2 or FontFile3).
 */
export async function embeddedFonts(file: string): Promise<PdfFont[]> {
  const pdf = await PDFDocument.load(readFileSync(file), {updateMetadata: false});
  const fonts: PdfFont[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const descriptor = object.lookup(PDFName.of('FontDescriptor'));
    if (!(descriptor instanceof PDFDict)) continue;
    const name = object.lookup(PDFName.of('BaseFont'));
    fonts.push({
      name: name instanceof PDFName ? name.decodeText() : '',
      embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.lookup(PDFName.of(key)) instanceof PDFStream),
    });
  }
  return fonts;
}

/** Raster images drawn on pages `first` to `last` (1-based, inclusive), also inside form XObjects. */
export async function rasterImagesOnPages(file: string, first: number, last: number): Promise<number> {
  const pdf = await PDFDocument.load(readFileSync(file), {updateMetadata: false});
  const seen = new Set<PDFRef | PDFDict>();
  const count = (resources: unknown): number => {
    if (!(resources instanceof PDFDict)) return 0;
    const xObjects = resources.lookup(PDFName.of('XObject'));
    if (!(xObjects instanceof PDFDict)) return 0;
    let images = 0;
    for (const [, value] of xObjects.entries()) {
      const ref = value instanceof PDFRef ? value : undefined;
      const object = ref ? pdf.context.lookup(ref) : value;
      if (!(object instanceof PDFRawStream || object instanceof PDFStream)) continue;
      const subtype = object.dict.lookup(PDFName.of('Subtype'));
      if (subtype === PDFName.of('Image')) images++;
      else if (subtype === PDFName.of('Form') && !seen.has(ref ?? object.dict)) {
        seen.add(ref ?? object.dict);
        images += count(object.dict.lookup(PDFName.of('Resources')));
      }
    }
    return images;
  };
  let images = 0;
  for (const page of pdf.getPages().slice(first - 1, last)) {
    const resources = page.node.Resources();
    images += count(resources);
    // Annotation appearances can draw images too.
    const annotations = page.node.lookup(PDFName.of('Annots'));
    if (annotations instanceof PDFArray) {
      for (let index = 0; index < annotations.size(); index++) {
        const appearance = (annotations.lookup(index) as PDFDict | undefined)?.lookup(PDFName.of('AP'));
        if (appearance instanceof PDFDict) {
          const normal = appearance.lookup(PDFName.of('N'));
          if (normal instanceof PDFStream) images += count(normal.dict.lookup(PDFName.of('Resources')));
        }
      }
    }
  }
  return images;
}

/** A filled rectangle's bounds on a page, in PDF points from the page's bottom left. */
export interface FilledBox {
  /** 1-based page number. */
  page: number;
  left: number;
  right: number;
  bottom: number;
  top: number;
}

type Matrix = [number, number, number, number, number, number];
const multiply = ([a, b, c, d, e, f]: Matrix, [g, h, i, j, k, l]: Matrix): Matrix => [
  a * g + b * i,
  a * h + b * j,
  c * g + d * i,
  c * h + d * j,
  e * g + f * i + k,
  e * h + f * j + l,
];

/**
 * The bounds of every path filled in `colour` (`#rrggbb`, as pdfjs reports an
 * RGB fill), page by page, from pdfjs's operator lists: what a reader sees
 * drawn in that colour, whoever drew it. The transformation matrix is
 * followed through `q`/`Q`, `cm` and form XObjects, so the bounds are on the page.
 */
export async function filledBoxes(file: string, colour: string): Promise<FilledBox[]> {
  const doc = await getDocument({data: new Uint8Array(readFileSync(file)), verbosity: 0, isEvalSupported: false, useSystemFonts: false, disableFontFace: true}).promise;
  const boxes: FilledBox[] = [];
  const fills: ReadonlySet<number> = new Set([OPS.fill, OPS.eoFill, OPS.fillStroke, OPS.eoFillStroke]);
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const {fnArray, argsArray} = await page.getOperatorList();
      let matrix: Matrix = [1, 0, 0, 1, 0, 0];
      let fill = '';
      const saved: {matrix: Matrix; fill: string}[] = [];
      fnArray.forEach((fn, index) => {
        const args = argsArray[index] as unknown[];
        if (fn === OPS.save || fn === OPS.paintFormXObjectBegin) saved.push({matrix, fill});
        if (fn === OPS.restore || fn === OPS.paintFormXObjectEnd) ({matrix, fill} = saved.pop() ?? {matrix, fill});
        if (fn === OPS.transform) matrix = multiply(args as Matrix, matrix);
        if (fn === OPS.paintFormXObjectBegin && Array.isArray(args[0])) matrix = multiply(args[0] as Matrix, matrix);
        if (fn === OPS.setFillRGBColor) fill = String(args[0]);
        if (fn !== OPS.constructPath || fill !== colour || !fills.has(args[0] as number)) return;
        const [x1, y1, x2, y2] = Array.from(args[2] as ArrayLike<number>) as [number, number, number, number];
        const corners = [
          [x1, y1],
          [x2, y2],
        ].map(([x, y]) => [matrix[0] * x! + matrix[2] * y! + matrix[4], matrix[1] * x! + matrix[3] * y! + matrix[5]] as const);
        const xs = corners.map(([x]) => x);
        const ys = corners.map(([, y]) => y);
        boxes.push({page: number, left: Math.min(...xs), right: Math.max(...xs), bottom: Math.min(...ys), top: Math.max(...ys)});
      });
      page.cleanup();
    }
    return boxes;
  } finally {
    await doc.destroy();
  }
}
