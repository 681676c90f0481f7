/**
 * Escapes one paragraph of plain text so that CommonMark, as the site parses it
 * (GFM, directives for admonitions, `$` math, raw HTML passed through), shows
 * exactly these characters: `<script>` stays text instead of running, `# ` is
 * not a heading, `---` not a rule, `{{ }}` and `${HOME}` not code or math.
 * Only ASCII punctuation is escaped, with a backslash, which CommonMark removes.
 *
 * @see https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
export function escapeParagraph(text: string): string {
  const inline = text
    // Emphasis, code, links, raw HTML, math, strikethrough, tables, MDX-like braces.
    .replace(/[\\`*_[\]<>{}$~|]/g, '\\$&')
    // `&copy;` and `&#60;` would become characters.
    .replace(/&(?=[#A-Za-z])/g, '\\&')
    // `:name` (any script) and `:::` are directives (Docusaurus admonitions);
    // `http://` would become a link that swallows a following backslash escape.
    // A colon before a space or a digit (`Redaktur: X`, `14:35`) stays as it is.
    .replace(/:(?=[^\s\d])/gu, '\\:')
    // Likewise `www.` (`www.x.id\<b>` would show the backslash).
    .replace(/(^|[^\p{L}\p{N}])(www)\./giu, '$1$2\\.');
  return inline
    // Headings, list items, and rules or setext underlines made of `-`, `+`, `=`.
    .replace(/^([#+=-])/, '\\$1')
    // Ordered list items: `1.` and `1)`.
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
}
