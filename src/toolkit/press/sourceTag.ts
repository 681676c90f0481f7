/**
 * Source tags close a release in parentheses: `(HUMASMENPAN)`, `(byu/HUMAS MENPANRB)`,
 * `(ant)`. They hold letters only, so a parenthesised date (`(2/3)`) is never one.
 */
const TAG_TEXT = String.raw`[A-Za-z][A-Za-z .\/&'-]{0,48}[A-Za-z.]|[A-Za-z]`;

/** A tag after the last sentence: sentence punctuation or a closing quote, then `(TAG)` at the very end. */
const CLOSING_TAG = new RegExp(String.raw`[.!?"”'’][ \t]*\((?<tag>${TAG_TEXT})\)[ \t]*$`);
const TAG_LINE = new RegExp(String.raw`^[ \t]*\((?<tag>${TAG_TEXT})\)[ \t]*$`);

/** The tag that closes a paragraph (`... tegas Rini. (HUMASMENPAN)`), or null. */
export function closingSourceTag(paragraph: string): string | null {
  // Only the tail can hold the tag; a 300,000-character paragraph is not scanned.
  return CLOSING_TAG.exec(paragraph.slice(-80))?.groups?.tag?.trim() ?? null;
}

/** The tag of a line that is only a parenthesised source tag, or null. */
export function sourceTagLine(line: string): string | null {
  if (line.length > 60) return null;
  return TAG_LINE.exec(line)?.groups?.tag?.trim() ?? null;
}
