/**
 * Search that knows the glossary's words (issue 18): a query is searched as
 * typed and, where it holds a glossary phrase, also with that phrase replaced
 * by what the glossary says it means. The table comes from data/glossary.yml at
 * build time (src/plugins/readers/searchTerms.ts); these functions run in the
 * search dialog. No Node, no zod: the dialog's chunk imports this module.
 */

import {escapeRegExp} from './escapeRegExp';

/** What the readers plugin writes for one locale (`search-terms.json`). */
export interface SearchTerms {
  /**
   * A phrase a reader may type (a key of `phraseKey`) → the phrases searched in
   * its place, best first. A correct name lists itself first; a wrong spelling
   * or a name written as one word does not, so no expanded query repeats it.
   */
  expansions: Record<string, string[]>;
}

/** At most this many queries besides the typed one: each is one more Pagefind search. */
export const MAX_EXTRA_QUERIES = 4;

/** How a phrase is looked up: lower case, single spaces. */
export function phraseKey(phrase: string): string {
  return phrase.trim().replace(/\s+/g, ' ').toLowerCase();
}

const patterns = new WeakMap<SearchTerms, RegExp>();

/**
 * Every table phrase as a whole word, longest first so `pemerintahan berbasis
 * elektronik` wins over a shorter phrase inside it. The word boundary before
 * is a group, not a lookbehind, which older Safari cannot parse.
 */
function patternFor(terms: SearchTerms): RegExp {
  let pattern = patterns.get(terms);
  if (!pattern) {
    const phrases = Object.keys(terms.expansions).sort((a, b) => b.length - a.length);
    const alternatives = phrases.map((phrase) => escapeRegExp(phrase).replace(/ /g, '\\s+'));
    pattern = new RegExp(`(^|[^\\p{L}\\p{N}])(${alternatives.join('|') || '(?!)'})(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(terms, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}

function wordsOf(query: string): Set<string> {
  return new Set(phraseKey(query).split(' '));
}

/** Whether every word of `smaller` is in `larger`, and `larger` has more. */
function isStrictSubset(smaller: Set<string>, larger: Set<string>): boolean {
  return smaller.size < larger.size && [...smaller].every((word) => larger.has(word));
}

/**
 * The queries searched besides `query`, best first: each glossary phrase in it
 * replaced by the phrases it stands for (`kerjasama` → `kerja sama`, `SPBE` →
 * `e-government`, …). A query that holds every word of another one is left
 * out: Pagefind finds pages with all the words, so it could find nothing more.
 * Empty when the query holds no glossary phrase.
 */
export function expandQuery(query: string, terms: SearchTerms, limit = MAX_EXTRA_QUERIES): string[] {
  const matches = [...query.matchAll(patternFor(terms))];
  if (matches.length === 0) return [];
  let queries = [''];
  let end = 0;
  for (const match of matches) {
    const [, boundary = '', phrase = ''] = match;
    const start = (match.index ?? 0) + boundary.length;
    const options = terms.expansions[phraseKey(phrase)] ?? [phrase];
    const between = query.slice(end, start);
    // Bounded, so a query made of many glossary phrases stays cheap.
    queries = queries.flatMap((head) => options.map((option) => `${head}${between}${option}`)).slice(0, 64);
    end = start + phrase.length;
  }
  const seen = new Set([phraseKey(query)]);
  const candidates = queries
    .map((head) => `${head}${query.slice(end)}`.trim())
    .filter((candidate) => !seen.has(phraseKey(candidate)) && seen.add(phraseKey(candidate)));
  const words = [query, ...candidates].map(wordsOf);
  return candidates.filter((_candidate, index) => !words.some((other) => isStrictSubset(other, words[index + 1]!))).slice(0, limit);
}

/**
 * Results of several searches as one list, each page once: the typed query's
 * results first in Pagefind's order, then each expanded query's new ones.
 */
export function mergeResults<Result extends {id: string}>(lists: readonly (readonly Result[])[]): Result[] {
  const seen = new Set<string>();
  return lists.flat().filter((result) => !seen.has(result.id) && seen.add(result.id));
}
