import type {GlossaryRegistry} from '../../content';
import {escapeRegExp} from '../../content/escapeRegExp';

/** Matches a phrase as whole words, case-insensitively. */
function phrasePattern(phrase: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/** A glossary term that gives a tag, with the phrases that mention it. */
interface TaggedTerm {
  tag: string;
  patterns: RegExp[];
}

/** Builds the keyword map once per import: every glossary term with a `tag`, and how to spot it. */
export function buildTagMatcher(glossary: GlossaryRegistry): (paragraphs: readonly string[]) => string[] {
  const variants = Object.values(glossary.terms).flatMap((term) => term.variants.map((variant) => ({variant, preferred: term.term.id})));
  const variantPatterns = variants.map(({variant, preferred}) => ({pattern: new RegExp(phrasePattern(variant).source, 'giu'), preferred}));
  const terms: TaggedTerm[] = Object.values(glossary.terms)
    .filter((term) => term.tag !== undefined)
    .map((term) => ({tag: term.tag!, patterns: [term.term.id, term.term.en].map(phrasePattern)}));
  /**
   * The tags of a release: a term counts when its Indonesian or English form
   * appears, also through a known misspelling (`Pusat Kerja Sama e-goverment`
   * mentions the Pusat Kerja Sama e-Government), so slips in the source do not
   * cost a post its tags. Sorted, each once.
   */
  return (paragraphs) => {
    let text = paragraphs.join('\n');
    for (const {pattern, preferred} of variantPatterns) text = text.replace(pattern, preferred);
    return [...new Set(terms.filter((term) => term.patterns.some((pattern) => pattern.test(text))).map((term) => term.tag))].sort();
  };
}
