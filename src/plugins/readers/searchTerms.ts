import type {GlossaryRegistry, GlossaryTerm} from '../../content';
import {phraseKey, type SearchTerms} from '../../content/searchTerms';
import {preferredForm} from '../../toolkit/content/preferredForm';

type Language = 'id' | 'en';

/**
 * A term as searched. The glossary writes an abbreviation after its term in
 * brackets (`Sistem Pemerintahan Berbasis Elektronik (SPBE)`); Pagefind would
 * ask for every word, so the abbreviation is searched on its own.
 */
function searchedTerm(term: string, abbreviations: readonly string[]): string {
  const bracketed = /^(.*\S)\s*\(([^()]+)\)$/.exec(term);
  return bracketed && abbreviations.includes(bracketed[2]!) ? bracketed[1]! : term;
}

/** The correct names of a term in one language, the term first. */
function namesIn(entry: GlossaryTerm, language: Language): string[] {
  return [searchedTerm(entry.term[language], entry.abbreviations), ...entry.synonyms[language], ...entry.abbreviations];
}

/** A phrase table that merges what it is given for the same phrase, each phrase once, in order. */
class PhraseTable {
  readonly finds = new Map<string, string[]>();
  /** The phrase as the glossary writes it, for the table's key. */
  readonly written = new Map<string, string>();

  add(phrase: string, phrases: readonly string[]): void {
    const key = phraseKey(phrase);
    if (!this.written.has(key)) this.written.set(key, phrase);
    const merged = [...(this.finds.get(key) ?? []), ...phrases];
    const seen = new Set<string>();
    this.finds.set(
      key,
      merged.filter((candidate) => !seen.has(phraseKey(candidate)) && seen.add(phraseKey(candidate))),
    );
  }
}

/**
 * The search expansions of one locale's site, from the glossary:
 * - a name in the site's language (term, synonym, abbreviation) finds every
 *   name of each term that has it (`e-government` is a term and a synonym of
 *   SPBE, so it finds both terms' names);
 * - a name in the other language finds the term's names in this one;
 * - a wrong variant finds what the form it stands for finds, chosen as the
 *   terminology rule chooses it (`kerjasama` → `kerja sama`, also on the English
 *   site, whose press releases are in Indonesian);
 * - a name of several words written as one (`kerjasama`) finds the words apart.
 * Corrections (everyday slips) are not terms and are left out.
 */
export function searchTermsOf(glossary: GlossaryRegistry, locale: Language): SearchTerms {
  const other: Language = locale === 'id' ? 'en' : 'id';
  const entries = Object.values(glossary.terms);
  const names = new PhraseTable();
  for (const entry of entries) {
    const own = namesIn(entry, locale);
    for (const name of own) names.add(name, [name, ...own]);
  }
  /** What a phrase finds on this site: itself, or its names when it is one. */
  const finds = (phrase: string): string[] => names.finds.get(phraseKey(phrase)) ?? [phrase];

  const table = new PhraseTable();
  for (const [key, phrases] of names.finds) table.add(names.written.get(key)!, phrases);
  for (const entry of entries) {
    const own = namesIn(entry, locale).flatMap(finds);
    for (const name of namesIn(entry, other)) {
      if (!names.finds.has(phraseKey(name))) table.add(name, own);
    }
  }
  // Only correct names are written apart; a variant's joined form would search a wrong spelling.
  const correct = [...table.finds.keys()];
  for (const entry of entries) {
    for (const variant of entry.variants) {
      const meant = searchedTerm(preferredForm(variant, [entry.term.id, entry.term.en], locale), entry.abbreviations);
      table.add(variant, [...finds(meant), ...namesIn(entry, locale).flatMap(finds)]);
    }
  }
  for (const key of correct) {
    const joined = key.replace(/ /g, '');
    if (joined !== key && !table.finds.has(joined)) table.add(joined, [table.written.get(key)!, ...table.finds.get(key)!]);
  }
  // A name that finds only itself needs no row.
  const expanding = [...table.finds].filter(([key, phrases]) => !(phrases.length === 1 && phraseKey(phrases[0]!) === key));
  return {expansions: Object.fromEntries(expanding)};
}
