import type {GlossaryRegistry} from '../../content';
import type {GlossaryEntry} from '../../content/siteData/readers';

/**
 * The glossary in one locale's language, sorted alphabetically by the term as
 * that language writes it (Indonesian collation for `id`, English for `en`).
 */
export function glossaryEntries(registry: GlossaryRegistry, locale: 'id' | 'en'): GlossaryEntry[] {
  const collator = new Intl.Collator(locale, {sensitivity: 'base'});
  return Object.entries(registry.terms)
    .map(([id, entry]) => ({
      id,
      term: entry.term[locale],
      id_term: entry.term.id,
      en_term: entry.term.en,
      ...(entry.term.ko ? {ko_term: entry.term.ko} : {}),
      definition: entry.definition[locale],
      ...(entry.sources.length > 0 ? {sources: entry.sources} : {}),
    }))
    .sort((a, b) => collator.compare(a.term, b.term) || a.id.localeCompare(b.id));
}
