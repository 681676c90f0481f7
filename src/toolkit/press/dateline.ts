/**
 * A dateline opens the first paragraph: one to three capitalised words
 * (`JAKARTA`, `Jakarta`, `PALANGKA RAYA`), optionally `, <Agency>`, then `-`,
 * `--`, an en dash or an em dash. A hyphen needs a space after it, so a
 * hyphenated word (`E-Government`) is never taken for a dateline.
 */
const DATELINE =
  /^(?<dateline>\p{Lu}[\p{L}.']*(?:[ \t]+\p{Lu}[\p{L}.']*){0,2}(?:[ \t]*,[ \t]*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,3})?)(?:[ \t]*-{1,2}[ \t]+|[ \t]*[–—][ \t]*)(?=\S)/u;

/** The dateline as published (`JAKARTA`, `Jakarta, InfoPublik`) and the text after its dash. */
export interface DatelineSplit {
  dateline: string | null;
  /** The paragraph without its dateline. */
  rest: string;
}

/** Splits a paragraph's opening dateline from its text; the paragraph itself is not changed. */
export function splitDateline(paragraph: string): DatelineSplit {
  // Only the opening characters can hold a dateline; long paragraphs are not scanned.
  const match = DATELINE.exec(paragraph.slice(0, 160));
  if (!match?.groups?.dateline) return {dateline: null, rest: paragraph};
  return {dateline: match.groups.dateline.trim(), rest: paragraph.slice(match[0].length)};
}
