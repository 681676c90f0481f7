/** `text` as a regular expression that matches it literally (glossary phrases hold `.`, `(`, `+`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
