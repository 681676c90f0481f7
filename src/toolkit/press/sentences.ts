/** Words that end in a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  ['dr', 'drs', 'dra', 'mr', 'mrs', 'ms', 'prof', 'no', 'jl', 'jln', 'h', 'hj', 'ir', 'st', 'sdr', 'bpk', 'ibu', 'kh', 'tbk', 'dll', 'dsb', 'dst', 'vs', 'etc', 'kec', 'kab', 'prov', 'a.n', 's.h', 'm.si'],
);

/**
 * The first sentence of a paragraph: up to the first `.`, `!` or `?` that is
 * followed by a space and a capital, digit or quote, skipping abbreviations
 * (`Dr.`, `Jl.`) and initials. The whole text when there is no such boundary.
 */
export function firstSentence(text: string): string {
  // Leads are short; cap the scan so a one-line 300,000-character paragraph stays fast.
  const head = text.slice(0, 4000);
  const boundary = /[.!?]["”’')]*(?=[ \t]+["“‘(]?[\p{Lu}\d])/gu;
  for (let match = boundary.exec(head); match; match = boundary.exec(head)) {
    const before = head.slice(0, match.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    if (match[0].startsWith('.') && (ABBREVIATIONS.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word))) continue;
    return head.slice(0, match.index + match[0].length).trim();
  }
  return head.trim();
}

/** Cuts text to at most `max` characters at a word boundary, marking the cut with `…`. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max);
  const space = slice.lastIndexOf(' ');
  const cut = (space > max / 3 ? slice.slice(0, space) : slice).replace(/[\s,;:–—-]+$/u, '');
  return `${cut}…`;
}
