import {describe, expect, it} from 'vitest';
import {decodePDFRawStream, PDFArray, PDFDocument, PDFName, PDFRawStream, StandardFonts} from 'pdf-lib';

import {replacePageContents} from '../../src/toolkit/pdf/replacePageContents';

async function documentSaying(words: string[]): Promise<PDFDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const word of words) pdf.addPage([200, 200]).drawText(word, {x: 20, y: 100, font, size: 12});
  return pdf;
}

/** The page's drawing instructions, decoded (pdf-lib writes text as hex strings). */
function drawingOf(pdf: PDFDocument, index: number): string {
  const contents = pdf.getPage(index).node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents];
  return refs
    .map((ref) => pdf.context.lookup(ref))
    .map((stream) => (stream instanceof PDFRawStream ? Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1') : String(stream)))
    .join('\n');
}

const hex = (text: string) => `<${Buffer.from(text, 'latin1').toString('hex').toUpperCase()}>`;

describe('replacePageContents', () => {
  it('draws the source pages on the first target pages and keeps the target page objects and the rest', async () => {
    const target = await documentSaying(['old one', 'old two', 'chapter']);
    const source = await documentSaying(['new one', 'new two']);
    const firstPage = target.getPage(0).ref;
    target.getPage(0).node.set(PDFName.of('Annots'), target.context.obj([]));

    await replacePageContents(target, source, 2);

    expect(target.getPageCount()).toBe(3);
    expect(target.getPage(0).ref).toBe(firstPage);
    expect(target.getPage(0).node.get(PDFName.of('Annots'))).toBeDefined();
    expect(drawingOf(target, 0)).toContain(hex('new one'));
    expect(drawingOf(target, 1)).toContain(hex('new two'));
    expect(drawingOf(target, 2)).toContain(hex('chapter'));
    // The saved file opens and still has three pages that say the new words.
    const reopened = await PDFDocument.load(await target.save());
    expect(reopened.getPageCount()).toBe(3);
    expect(drawingOf(reopened, 0)).toContain(hex('new one'));
    expect(drawingOf(reopened, 0)).not.toContain(hex('old one'));
  });

  it('refuses to replace more pages than either document has', async () => {
    const target = await documentSaying(['a', 'b']);
    const source = await documentSaying(['c']);
    await expect(replacePageContents(target, source, 2)).rejects.toThrow(/source has 1, the target 2/);
  });
});
