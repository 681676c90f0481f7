import {PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString} from 'pdf-lib';

/** One top-level bookmark of a PDF and the page it opens (0-based). */
export interface OutlineEntry {
  title: string;
  pageIndex: number;
  /** The bookmark itself, to retitle it. */
  item?: PDFDict;
}

function titleOf(item: PDFDict): string {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
}

function pageRefOf(item: PDFDict): PDFRef | undefined {
  // Chromium writes explicit destinations: /Dest [pageRef /XYZ x y zoom]; others may use a GoTo action.
  let destination = item.lookup(PDFName.of('Dest'));
  if (!(destination instanceof PDFArray)) {
    const action = item.lookup(PDFName.of('A'));
    if (action instanceof PDFDict) destination = action.lookup(PDFName.of('D'));
  }
  if (!(destination instanceof PDFArray)) return undefined;
  const first = destination.get(0);
  return first instanceof PDFRef ? first : undefined;
}

/** The top-level bookmarks of a PDF, in order, with the page each one opens. */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const outlines = pdf.catalog.lookup(PDFName.of('Outlines'));
  if (!(outlines instanceof PDFDict)) return [];
  const pageIndexByRef = new Map(pdf.getPages().map((page, index) => [page.ref.toString(), index]));
  const entries: OutlineEntry[] = [];
  let item = outlines.lookup(PDFName.of('First'));
  while (item instanceof PDFDict) {
    const ref = pageRefOf(item);
    const pageIndex = ref ? pageIndexByRef.get(ref.toString()) : undefined;
    if (pageIndex !== undefined) entries.push({title: titleOf(item), pageIndex, item});
    item = item.lookup(PDFName.of('Next'));
  }
  return entries;
}

/**
 * Gives a bookmark its proper text. Chromium builds bookmarks from the laid-out
 * heading and drops the space where a long heading wraps ("layananpemerintah").
 */
export function retitleBookmark(entry: OutlineEntry, title: string): void {
  entry.item?.set(PDFName.of('Title'), PDFHexString.fromText(title));
}
