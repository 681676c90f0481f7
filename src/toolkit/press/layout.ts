import {isCabinetByline, looksLikeByline} from './byline';
import {isPhotoCaption, isSeparator} from './lineKinds';
import type {PressLayout} from './record';

/** How many opening lines decide the layout: headline, separator, byline, caption. */
const HEADER_LINES = 4;

/**
 * Recognises the layout from the opening non-blank lines: a cabinet byline
 * (`Dipublikasikan pada`), a news-portal byline or `:` separator, a photo
 * caption right under the headline (ministry site), or none of these.
 */
export function detectLayout(openingLines: readonly string[]): PressLayout {
  const head = openingLines.slice(0, HEADER_LINES);
  if (head.some(isCabinetByline)) return 'cabinet-secretariat';
  if (head.some((line) => isSeparator(line) || looksLikeByline(line))) return 'news-portal';
  if (head.slice(0, 3).some(isPhotoCaption)) return 'ministry-site';
  return 'plain';
}
