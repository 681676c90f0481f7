import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {PDFDocument, PDFHexString, PDFName, PDFString} from 'pdf-lib';
import {afterAll, describe, expect, it} from 'vitest';

import {readPdf} from '../support/readPdf';
import {destinationPages, outlineTree, readNamedDestinations, writeOutline, type OutlineHeading} from '../../src/toolkit/pdf/outline';

const work = mkdtempSync(path.join(tmpdir(), 'masterplan-outline-test-'));
afterAll(() => rmSync(work, {recursive: true, force: true}));

/** A five-page PDF whose named destinations are written as Chromium writes them (catalog /Dests) and as a name tree. */
async function pdfWithDestinations(): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  for (let index = 0; index < 5; index++) pdf.addPage([595, 842]);
  const dest = (pageIndex: number, top: number) => pdf.context.obj([pdf.getPage(pageIndex).ref, PDFName.of('XYZ'), 0, top, 0]);
  pdf.catalog.set(
    PDFName.of('Dests'),
    pdf.context.obj({'pdf-contents': dest(1, 800), 'bab-1': dest(2, 800), 'bab-1--visi': dest(2, 500), 'bab-1--misi': dest(3, 700), 'bab-2': dest(4, 800)}),
  );
  const tree = pdf.context.obj({Names: [PDFString.of('bab-2--latar'), dest(4, 300), PDFHexString.fromText('bab-2--%EC%8B%9C%EC%9E%91'), dest(4, 200)]});
  pdf.catalog.set(PDFName.of('Names'), pdf.context.obj({Dests: pdf.context.obj({Kids: [pdf.context.register(tree)]})}));
  return pdf;
}

const headings: OutlineHeading[] = [
  {title: 'Daftar isi', level: 1, target: 'pdf-contents'},
  {title: 'Pendahuluan', level: 1, target: 'bab-1'},
  {title: 'Visi', level: 2, target: 'bab-1--visi'},
  {title: 'Misi', level: 3, target: 'bab-1--misi'},
  {title: 'Not printed', level: 2, target: 'bab-1--hidden'},
  {title: 'Sejarah kerja sama', level: 1, target: 'bab-2'},
  {title: 'Latar', level: 2, target: 'bab-2--latar'},
  {title: '시작', level: 2, target: 'bab-2--시작'},
];

describe('readNamedDestinations', () => {
  it('reads the catalog’s /Dests and the /Names name tree, with their pages', async () => {
    const pdf = await pdfWithDestinations();
    const found = readNamedDestinations(pdf);
    const pageOf = destinationPages(pdf);
    expect(Object.fromEntries([...found].map(([name, destination]) => [name, pageOf(destination)]))).toEqual({
      'pdf-contents': 1,
      'bab-1': 2,
      'bab-1--visi': 2,
      'bab-1--misi': 3,
      'bab-2': 4,
      'bab-2--latar': 4,
      'bab-2--%EC%8B%9C%EC%9E%91': 4,
    });
  });
});

describe('outlineTree', () => {
  it('nests headings by level and leaves out those that were not printed', async () => {
    const pdf = await pdfWithDestinations();
    const titles = (items: ReturnType<typeof outlineTree>): unknown[] =>
      items.map((item) => (item.children.length > 0 ? [item.title, titles(item.children)] : item.title));
    expect(titles(outlineTree(headings, readNamedDestinations(pdf)))).toEqual([
      'Daftar isi',
      ['Pendahuluan', [['Visi', ['Misi']]]],
      ['Sejarah kerja sama', ['Latar', '시작']],
    ]);
  });
});

describe('writeOutline', () => {
  it('writes bookmarks a PDF reader opens at the headings’ pages, titled exactly once', async () => {
    const pdf = await pdfWithDestinations();
    writeOutline(pdf, outlineTree(headings, readNamedDestinations(pdf)));
    const file = path.join(work, 'outline.pdf');
    writeFileSync(file, await pdf.save());
    const {outline} = await readPdf(file);
    expect(outline).toEqual([
      {title: 'Daftar isi', page: 2, children: []},
      {
        title: 'Pendahuluan',
        page: 3,
        children: [{title: 'Visi', page: 3, children: [{title: 'Misi', page: 4, children: []}]}],
      },
      {
        title: 'Sejarah kerja sama',
        page: 5,
        children: [
          {title: 'Latar', page: 5, children: []},
          {title: '시작', page: 5, children: []},
        ],
      },
    ]);
  });
});
