import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {PDFDocument, PageSizes} from 'pdf-lib';
import {describe, expect, it} from 'vitest';

import {drawBars, placeBars, type BarSpan, type DestinationPoint} from '../../src/toolkit/pdf/changeBars';
import {CHANGE_BAR, PAGE_MARGIN_MM} from '../../src/toolkit/pdf/pageGeometry';
import {filledBoxes} from '../support/readPdf';

const mm = (millimetres: number) => (millimetres * 72) / 25.4;
const HEIGHT = PageSizes.A4[1];
const TOP = HEIGHT - mm(PAGE_MARGIN_MM.top);
const BOTTOM = mm(PAGE_MARGIN_MM.bottom);

/**
 * Destinations as Chromium writes them: relative to the content area, with
 * its top at the page's full height (the origin, an empty element at the top
 * of a page, is at `HEIGHT`).
 */
const ORIGIN: DestinationPoint = {page: 9, y: HEIGHT};
const POINTS: Record<string, DestinationPoint> = {
  'one-top': {page: 2, y: HEIGHT - 100},
  'one-bottom': {page: 2, y: HEIGHT - 160},
  'long-top': {page: 3, y: HEIGHT - 600},
  'long-bottom': {page: 5, y: HEIGHT - 40},
  'foot-top': {page: 6, y: HEIGHT - 650},
  'foot-bottom': {page: 7, y: HEIGHT},
  'next-top': {page: 2, y: HEIGHT - 200},
};
const place = (spans: (BarSpan | undefined)[]) => placeBars(spans, (target) => POINTS[target], ORIGIN, HEIGHT);

describe('placeBars', () => {
  it('draws a block on one page from its top to its bottom, moved down by the top margin', () => {
    expect(place([{kind: 'block', start: 'one-top', end: 'one-bottom'}])).toEqual([{first: 3, last: 3, segments: [{page: 3, top: TOP - 100, bottom: TOP - 160}]}]);
  });

  it('draws a block that runs over pages on each of them, to the foot and from the top of the text', () => {
    expect(place([{kind: 'block', start: 'long-top', end: 'long-bottom'}])).toEqual([
      {
        first: 4,
        last: 6,
        segments: [
          {page: 4, top: TOP - 600, bottom: BOTTOM},
          {page: 5, top: TOP, bottom: BOTTOM},
          {page: 6, top: TOP, bottom: TOP - 40},
        ],
      },
    ]);
  });

  it('draws nothing on the next page when a block ends at the foot of one', () => {
    expect(place([{kind: 'block', start: 'foot-top', end: 'foot-bottom'}])).toEqual([{first: 7, last: 7, segments: [{page: 7, top: TOP - 650, bottom: BOTTOM}]}]);
  });

  it('marks a removed block with a short bar at the top of the block that follows it', () => {
    const [removal] = place([{kind: 'removal', at: 'next-top'}]);
    expect(removal).toEqual({first: 3, last: 3, segments: [{page: 3, top: TOP - 200 + mm(2.5), bottom: TOP - 200 - mm(1)}]});
  });

  it('places nothing for a change that was not found, or whose targets have no destination', () => {
    expect(place([undefined, {kind: 'block', start: 'one-top', end: 'missing'}, {kind: 'removal', at: 'missing'}])).toEqual([undefined, undefined, undefined]);
  });
});

describe('drawBars', () => {
  it('fills each bar in the change colour, in the left margin, on its page', async () => {
    const pdf = await PDFDocument.create();
    for (let page = 0; page < 3; page++) pdf.addPage(PageSizes.A4);
    drawBars(pdf, [
      {page: 1, top: 700, bottom: 650},
      {page: 3, top: 500, bottom: 400},
      {page: 3, top: 300, bottom: 250},
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'change-bars-'));
    try {
      const file = path.join(dir, 'bars.pdf');
      writeFileSync(file, await pdf.save());
      const colour = `#${CHANGE_BAR.rgb.map((part) => part.toString(16).padStart(2, '0')).join('')}`;
      const boxes = await filledBoxes(file, colour);
      expect(boxes.map(({page, bottom, top}) => ({page, bottom: Math.round(bottom), top: Math.round(top)}))).toEqual([
        {page: 1, bottom: 650, top: 700},
        {page: 3, bottom: 400, top: 500},
        {page: 3, bottom: 250, top: 300},
      ]);
      for (const box of boxes) {
        expect(box.left).toBeCloseTo(mm(CHANGE_BAR.xMm), 3);
        expect(box.right).toBeLessThan(mm(PAGE_MARGIN_MM.left));
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
