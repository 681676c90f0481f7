/**
 * A dateline opens the first paragraph: one to three capitalised words
 * (`JAKARTA`, `Jakarta`, `PALANGKA RAYA`), optionally `, <Agency>`, then `-`,
 * `--`, an en dash or an em dash. A hyphen needs a space after it, so a
 * hyphenated word (`E-Government`) is never taken for a dateline.
 */
const DATELINE =
  /^(?<place>\p{Lu}[\p{L}.']*(?:[ \t]+\p{Lu}[\p{L}.']*){0,2})(?:[ \t]*,[ \t]*(?<agency>\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3}))?(?:[ \t]*-{1,2}[ \t]+|[ \t]*[–—][ \t]*)(?=\S)/u;

/** A paragraph's opening dateline, split into its parts, and the text after its dash. */
export interface DatelineSplit {
  /**
   * The place the release was filed from (`JAKARTA`, `PALANGKA RAYA`), as
   * published; a news agency after a comma is not part of it.
   */
  dateline: string | null;
  /** The news agency named after the place (`InfoPublik` in `Jakarta, InfoPublik -`), or null. */
  agency: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

/** Splits a paragraph's opening dateline from its text; the paragraph itself is not changed. */
export function splitDateline(paragraph: string): DatelineSplit {
  // Only the opening characters can hold a dateline; long paragraphs are not scanned.
  const match = DATELINE.exec(paragraph.slice(0, 160));
  if (!match?.groups?.place) return {dateline: null, agency: null, rest: paragraph};
  return {dateline: match.groups.place.trim(), agency: match.groups.agency?.trim() ?? null, rest: paragraph.slice(match[0].length)};
}
