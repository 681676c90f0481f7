/** Where things sit on a printed page, shared by the print styles and what is drawn on the PDF afterwards. */

/** The page margins of every page but the cover. */
export const PAGE_MARGIN_MM = {top: 22, right: 18, bottom: 20, left: 18} as const;

/**
 * The change bar (changeBars.ts): its left edge and width, in the 18 mm left
 * margin, clear of the text and of the paper's edge; and one colour for every
 * bar, a strong blue, unlike the text, the links' and the draft marks' red,
 * and dark enough (about 11 % luminance) to print as a clear dark grey on a
 * greyscale printer.
 */
export const CHANGE_BAR = {xMm: 10, widthMm: 1.5, rgb: [29, 78, 216]} as const;
