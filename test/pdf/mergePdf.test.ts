import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef} from 'pdf-lib';
import type {Page} from 'playwright-core';
import {afterAll, beforeAll, expect, it} from 'vitest';

import {launchChromium, type LaunchedChromium} from '../../src/toolkit/browser/launchChromium';
import {appendPdf} from '../../src/toolkit/pdf/mergePdf';
import {destinationPages, readNamedDestinations} from '../../src/toolkit/pdf/outline';
import {printPdf} from '../../src/toolkit/pdf/printPage';
import {describeInBrowser} from '../support/browser';
import {readPdf} from '../support/readPdf';

const name = (text: string) => PDFName.of(text);

/**
 * Two chapters that link to each other, and a hidden list linking their
 * headings (as the print document has, see listHeadings), printed as two
 * chunks the way layOut.ts prints them: the other chapter `display: none`.
 */
function chunkHtml(shown: 'one' | 'two'): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><style>
@page { size: A4; margin: 20mm; }
section:not(#${shown}) { display: none; }
</style></head><body>
<section id="one"><h1>Bab satu</h1><p>Pertama, lihat <a href="#two">bab dua</a>.</p><h2 id="one--lanjut">Lanjutan satu</h2><p>Akhir bab satu.</p></section>
<section id="two"><h1>Bab dua</h1><p>Kedua, kembali ke <a href="#one">bab satu</a>.</p><h2 id="two--lanjut">Lanjutan dua</h2><p>Akhir bab dua.</p></section>
<nav hidden><a href="#one--lanjut"></a><a href="#two--lanjut"></a></nav>
</body></html>`;
}

/** The structure tree's parts the merge touches. */
function structureOf(pdf: PDFDocument) {
  const root = pdf.catalog.lookup(name('StructTreeRoot'), PDFDict);
  const documentRef = root.get(name('K')) as PDFRef;
  const document = pdf.context.lookup(documentRef, PDFDict);
  const nums = root.lookup(name('ParentTree'), PDFDict).lookup(name('Nums'), PDFArray);
  const parents = new Map<number, unknown>();
  for (let index = 0; index < nums.size(); index += 2) parents.set((nums.lookup(index) as PDFNumber).asNumber(), nums.lookup(index + 1));
  const kids = document.get(name('K'));
  return {root, documentRef, document, kids: (kids instanceof PDFArray ? kids.asArray() : [kids]) as PDFRef[], parents, nextKey: (root.lookup(name('ParentTreeNextKey')) as PDFNumber).asNumber()};
}

describeInBrowser('appendPdf', () => {
  let chromium: LaunchedChromium;
  let page: Page;
  let work: string;
  let merged: PDFDocument;
  const firstChunk = {kids: 0, nextKey: 0, documentRef: undefined as PDFRef | undefined};
  let secondChunk = {kids: 0, nextKey: 0, pages: 0};

  const print = async (shown: 'one' | 'two') => {
    await page.setContent(chunkHtml(shown));
    return printPdf(page);
  };

  beforeAll(async () => {
    chromium = await launchChromium();
    page = await chromium.context.newPage();
    work = mkdtempSync(path.join(tmpdir(), 'masterplan-merge-'));
    merged = await print('one');
    const second = await print('two');
    const first = structureOf(merged);
    Object.assign(firstChunk, {kids: first.kids.length, nextKey: first.nextKey, documentRef: first.documentRef});
    secondChunk = {kids: structureOf(second).kids.length, nextKey: structureOf(second).nextKey, pages: second.getPageCount()};
    appendPdf(merged, second);
    // What a reader opens: the merged PDF saved and loaded again.
    merged = await PDFDocument.load(await merged.save(), {updateMetadata: false});
  }, 60_000);

  afterAll(async () => {
    await chromium?.close();
    if (work) rmSync(work, {recursive: true, force: true});
  });

  it('appends the second chunk’s pages after the first’s, with their text', async () => {
    const file = path.join(work, 'merged.pdf');
    writeFileSync(file, await merged.save());
    const {pageCount, texts} = await readPdf(file);
    expect(pageCount).toBe(1 + secondChunk.pages);
    expect(texts[0]).toContain('Bab satu');
    expect(texts[0]).not.toContain('Bab dua');
    expect(texts[1]).toContain('Bab dua');
  });

  it('keeps every named destination of both chunks, each on its own chunk’s page', () => {
    const destinations = readNamedDestinations(merged);
    const pageOf = destinationPages(merged);
    expect([...destinations.keys()].sort()).toEqual(['one', 'one--lanjut', 'two', 'two--lanjut']);
    expect(pageOf(destinations.get('one')!)).toBe(0);
    expect(pageOf(destinations.get('one--lanjut')!)).toBe(0);
    expect(pageOf(destinations.get('two')!)).toBe(1);
    expect(pageOf(destinations.get('two--lanjut')!)).toBe(1);
  });

  it('resolves links across chunks: each chapter’s link opens the other chapter’s page', async () => {
    const file = path.join(work, 'links.pdf');
    writeFileSync(file, await merged.save());
    const {links} = await readPdf(file);
    expect(links[0]).toEqual([expect.objectContaining({page: 2, text: 'bab dua'})]);
    expect(links[1]).toEqual([expect.objectContaining({page: 1, text: 'bab satu'})]);
  });

  it('puts both chunks’ structure elements under the first chunk’s one document element', () => {
    const {root, documentRef, document, kids} = structureOf(merged);
    expect(root.get(name('K'))).toBe(documentRef);
    expect(document.get(name('S'))).toBe(name('Document'));
    expect(kids).toHaveLength(firstChunk.kids + secondChunk.kids);
    for (const kid of kids) expect(merged.context.lookup(kid, PDFDict).get(name('P'))).toBe(documentRef);
    // No copy of the second chunk's root or document element came along.
    const documents = merged.context
      .enumerateIndirectObjects()
      .filter(([, object]) => object instanceof PDFDict && (object.get(name('S')) === name('Document') || object.get(name('Type')) === name('StructTreeRoot')));
    expect(documents).toHaveLength(2);
  });

  it('renumbers the second chunk’s pages and links after the first’s parent tree keys, and each key finds its elements', () => {
    const {parents, nextKey} = structureOf(merged);
    expect(nextKey).toBe(firstChunk.nextKey + secondChunk.nextKey);
    const secondPage = merged.getPage(1);
    const pageKey = (secondPage.node.get(name('StructParents')) as PDFNumber).asNumber();
    expect(pageKey).toBeGreaterThanOrEqual(firstChunk.nextKey);
    // The page's marked content belongs to elements on that page.
    const onPage = parents.get(pageKey) as PDFArray;
    expect(onPage.size()).toBeGreaterThan(0);
    for (const element of onPage.asArray()) expect(merged.context.lookup(element, PDFDict).get(name('Pg'))).toBe(secondPage.ref);
    // The link's key finds the Link element whose object reference is this very annotation.
    const annotationRef = secondPage.node.lookup(name('Annots'), PDFArray).get(0) as PDFRef;
    const annotation = merged.context.lookup(annotationRef, PDFDict);
    const linkKey = (annotation.get(name('StructParent')) as PDFNumber).asNumber();
    expect(linkKey).toBeGreaterThanOrEqual(firstChunk.nextKey);
    const link = parents.get(linkKey) as PDFDict;
    expect(link.get(name('S'))).toBe(name('Link'));
    const objectReference = link
      .lookup(name('K'), PDFArray)
      .asArray()
      .map((kid) => merged.context.lookup(kid))
      .find((kid): kid is PDFDict => kid instanceof PDFDict && kid.get(name('Type')) === name('OBJR'))!;
    expect(objectReference.get(name('Obj'))).toBe(annotationRef);
    expect(objectReference.get(name('Pg'))).toBe(secondPage.ref);
  });

  it('keeps the first chunk’s keys and language as they were', () => {
    const {parents} = structureOf(merged);
    expect((merged.getPage(0).node.get(name('StructParents')) as PDFNumber).asNumber()).toBe(0);
    expect(parents.size).toBe(firstChunk.nextKey + secondChunk.nextKey);
    expect(String(merged.catalog.get(name('Lang')))).toBe('(id)');
  });
});
