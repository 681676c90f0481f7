/**
 * Chromium's printing takes time roughly quadratic in the document's length
 * (issue 19; a synthetic plan of 2-page chapters: 400 chapters 1.3 s, 1,200
 * 5.6 s, 2,400 19.5 s), and its renderer holds the whole document's layout
 * while it prints (4.4 GB for 3,837 pages). A document with all but 200 of
 * its pages `display: none` prints those 200 in 0.39 s. So a long plan is
 * printed in chunks of chapters, each alone (layOut.ts), and the chunks
 * merged into one PDF (mergePdf.ts).
 */

/**
 * How much chapter HTML one chunk holds at most, in characters of the pages
 * as sent to the browser (pagePartsForPrint.ts). On the 600-page benchmark
 * plan a page of PDF took about 7,000 (5.3 M for 769 pages), so a chunk is
 * some 300 pages, short enough to print in linear time. Smaller chunks are
 * not faster (that plan in 11 chunks of 0.5 M: 19.1 s, in 3 of 2 M: 18.5 s)
 * but make a larger file, since every chunk embeds its own subsets of the
 * fonts (+5.7 % against +0.8 % over the PDF printed at once). The real plan
 * (11 chapters, 0.23 M) is one chunk, printed as before.
 */
export const CHUNK_HTML_CHARACTERS = 2_000_000;

/**
 * Splits the chapters, in order, into chunks of at most `budget` characters
 * of HTML (a longer chapter is a chunk of its own). Returns the index of each
 * chunk's first chapter; the first is always 0.
 */
export function planChunks(chapterSizes: readonly number[], budget = CHUNK_HTML_CHARACTERS): number[] {
  const starts = [0];
  let size = 0;
  chapterSizes.forEach((chapterSize, index) => {
    if (index > 0 && size + chapterSize > budget) {
      starts.push(index);
      size = 0;
    }
    size += chapterSize;
  });
  return starts;
}
