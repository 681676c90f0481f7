/** Text made safe to place in HTML text or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A CSS string literal (for `content:` in page margin boxes) holding `text` exactly. */
export function cssString(text: string): string {
  // Hex escapes end with a space, so the next character cannot join the escape.
  return `"${text.replace(/[\\"\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** The id of a chapter's first page in the PDF, e.g. `bab-3`; also its CSS page name. */
export function chapterAnchor(number: number): string {
  return `bab-${number}`;
}
