import {PDFArray, PDFDocument, PDFName, PDFRef} from 'pdf-lib';

const CONTENTS = PDFName.of('Contents');
const RESOURCES = PDFName.of('Resources');

/**
 * Draws the first `count` pages of `source` on `count` pages of `target`
 * from its page `firstTargetPage` (0-based; by default its first), in place. Only the drawing (content streams and the fonts and
 * images they use) moves; the target's page objects stay, so its links,
 * bookmarks and tagged structure keep pointing at them. Meant for a page
 * printed again with the same layout and different text, such as a table of
 * contents whose page numbers are now known: the marked-content ids of the
 * tagged PDF then match, because Chromium numbers them per page in paint order.
 */
export async function replacePageContents(target: PDFDocument, source: PDFDocument, count: number, firstTargetPage = 0): Promise<void> {
  if (source.getPageCount() < count || target.getPageCount() < firstTargetPage + count) {
    throw new RangeError(`Cannot replace ${count} pages from page ${firstTargetPage + 1}: the source has ${source.getPageCount()}, the target ${target.getPageCount()}.`);
  }
  const copies = await target.copyPages(source, Array.from({length: count}, (_, index) => index));
  copies.forEach((copy, index) => {
    const page = target.getPage(firstTargetPage + index).node;
    const oldContents = page.get(CONTENTS);
    const contents = copy.node.get(CONTENTS);
    // pdf-lib's copier moves inherited resources onto the copied page itself.
    const resources = copy.node.get(RESOURCES);
    if (!contents || !resources) throw new Error(`Page ${index + 1} of the source has no content stream or resources.`);
    page.set(CONTENTS, contents);
    page.set(RESOURCES, resources);
    // The old drawing and the copied page object are referenced by nothing now; drop them from the file.
    // (Old resources such as fonts may be shared with other pages, so they stay.)
    const oldStreams = oldContents instanceof PDFArray ? oldContents.asArray() : [oldContents];
    for (const stream of oldStreams) if (stream instanceof PDFRef) target.context.delete(stream);
    target.context.delete(copy.ref);
  });
}
