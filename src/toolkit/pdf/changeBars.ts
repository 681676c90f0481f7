/**
 * Change bars: a vertical bar in the left page margin beside every block that
 * changed since the base version, drawn on the printed PDF. The bars are drawn
 * after printing, from the named destinations Chromium writes for each
 * block's top and bottom (see locateBlocks.ts), rather than styled into the
 * print document: a bar styled outside an element's box is clipped by any
 * ancestor that scrolls (tables and code blocks do), and its distance to the
 * page edge would depend on how deep the element sits.
 */
import {
  beginMarkedContent,
  endMarkedContent,
  fill,
  popGraphicsState,
  pushGraphicsState,
  PDFNumber,
  rectangle,
  setFillingRgbColor,
  type PDFArray,
  type PDFDocument,
} from 'pdf-lib';

import {CHANGE_BAR, PAGE_MARGIN_MM} from './pageGeometry';

const POINTS_PER_MM = 72 / 25.4;
const mm = (millimetres: number) => millimetres * POINTS_PER_MM;

/** A removed block leaves a short mark where it was: this far above and below the top of the block that follows it. */
const REMOVAL_MARK_ABOVE_MM = 2.5;
const REMOVAL_MARK_BELOW_MM = 1;

/** What to mark: a block's whole height (from its top target to its bottom target), or the place where a block was removed. */
export type BarSpan = {kind: 'block'; start: string; end: string} | {kind: 'removal'; at: string};

/** A bar on one page, in PDF points from the page's bottom left. */
export interface BarSegment {
  /** 1-based page number. */
  page: number;
  top: number;
  bottom: number;
}

/** Where one span was drawn: the pages it covers (1-based, inclusive) and its segments; `undefined` when its targets have no destination. */
export interface PlacedBar {
  first: number;
  last: number;
  segments: BarSegment[];
}

/** A named destination's page (0-based) and the height its `/XYZ` destination names. */
export interface DestinationPoint {
  page: number;
  y: number;
}

/** The content area of a page, in PDF points: the text lies between `bottom` and `top`. */
interface ContentArea {
  top: number;
  bottom: number;
}

/**
 * Places the bars from the destinations of their targets. `origin` is the
 * destination of an empty element at the top of a page's content area:
 * Chromium writes destinations relative to the content area (no top margin),
 * and the origin turns them into page coordinates whatever convention the
 * browser follows. A block that runs over several pages gets a bar on each.
 */
export function placeBars(
  spans: readonly (BarSpan | undefined)[],
  pointOf: (target: string) => DestinationPoint | undefined,
  origin: DestinationPoint,
  pageHeight: number,
): (PlacedBar | undefined)[] {
  const area: ContentArea = {top: pageHeight - mm(PAGE_MARGIN_MM.top), bottom: mm(PAGE_MARGIN_MM.bottom)};
  const shift = area.top - origin.y;
  const place = (target: string) => {
    const point = pointOf(target);
    return point && {page: point.page + 1, y: Math.min(area.top, Math.max(area.bottom, point.y + shift))};
  };
  return spans.map((span): PlacedBar | undefined => {
    if (!span) return undefined;
    if (span.kind === 'removal') {
      const at = place(span.at);
      if (!at) return undefined;
      const top = Math.min(area.top, at.y + mm(REMOVAL_MARK_ABOVE_MM));
      return {first: at.page, last: at.page, segments: [{page: at.page, top, bottom: Math.max(area.bottom, at.y - mm(REMOVAL_MARK_BELOW_MM))}]};
    }
    const start = place(span.start);
    const end = place(span.end);
    if (!start || !end || end.page < start.page) return undefined;
    if (start.page === end.page) {
      return {first: start.page, last: start.page, segments: [{page: start.page, top: Math.max(start.y, end.y), bottom: Math.min(start.y, end.y)}]};
    }
    const segments: BarSegment[] = [{page: start.page, top: start.y, bottom: area.bottom}];
    for (let page = start.page + 1; page < end.page; page++) segments.push({page, top: area.top, bottom: area.bottom});
    // A block that ends exactly at the foot of a page has its end marker at the top of the next: nothing to draw there.
    const endsOnLastPage = area.top - end.y > 0.5;
    if (endsOnLastPage) segments.push({page: end.page, top: area.top, bottom: end.y});
    return {first: start.page, last: endsOnLastPage ? end.page : end.page - 1, segments};
  });
}

/** The page (0-based) and height of each named destination, for {@link placeBars}. */
export function destinationPoints(destinations: ReadonlyMap<string, PDFArray>, pageOf: (destination: PDFArray) => number | undefined): (target: string) => DestinationPoint | undefined {
  return (target) => {
    // Chromium names a destination after the link's fragment, which percent-encodes ids outside ASCII.
    const destination = destinations.get(target) ?? destinations.get(encodeURIComponent(target));
    const page = destination && pageOf(destination);
    const y = destination?.lookup(3);
    return page === undefined || !(y instanceof PDFNumber) ? undefined : {page, y: y.asNumber()};
  };
}

/**
 * Draws the bars on the PDF's pages, in place. They are marked as artifacts:
 * decoration a screen reader skips, whose text equivalent is the annex
 * listing each change with its page.
 */
export function drawBars(pdf: PDFDocument, segments: readonly BarSegment[]): void {
  const byPage = new Map<number, BarSegment[]>();
  for (const segment of segments) byPage.set(segment.page, [...(byPage.get(segment.page) ?? []), segment]);
  const [red, green, blue] = CHANGE_BAR.rgb.map((part) => part / 255) as [number, number, number];
  for (const [number, onPage] of byPage) {
    const page = pdf.getPage(number - 1);
    page.pushOperators(
      beginMarkedContent('Artifact'),
      pushGraphicsState(),
      setFillingRgbColor(red, green, blue),
      ...onPage.flatMap(({top, bottom}) => [rectangle(mm(CHANGE_BAR.xMm), bottom, mm(CHANGE_BAR.widthMm), top - bottom), fill()]),
      popGraphicsState(),
      endMarkedContent(),
    );
  }
}
