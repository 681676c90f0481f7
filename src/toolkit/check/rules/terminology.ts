/**
 * `terminology`: glossary variants and common slips in prose are flagged with
 * the preferred form ("Unexpected `e-goverment`, expected `e-government`").
 * Code, URLs and quotes marked verbatim are skipped. Republished press
 * releases stay as the ministry wrote them, so there the rule only warns.
 *
 * ok: `e-government` · not-ok: `e-goverment`
 */
import type {GlossaryRegistry} from '../../../content';
import {escapeRegExp} from '../../../content/escapeRegExp';
import {preferredForm} from '../../content/preferredForm';
import {proseRanges} from '../prose';
import type {Rule} from '../types';

interface Matcher {
  pattern: RegExp;
  /** Preferred forms for each wrong spelling. */
  expected: Map<string, string[]>;
}

const matchers = new WeakMap<GlossaryRegistry, Matcher>();

function matcherFor(glossary: GlossaryRegistry): Matcher | undefined {
  const cached = matchers.get(glossary);
  if (cached) return cached;
  const expected = new Map<string, string[]>();
  for (const entry of Object.values(glossary.terms ?? {})) {
    const forms = [entry.term.id, entry.term.en];
    for (const variant of entry.variants ?? []) expected.set(variant, forms);
  }
  for (const [wrong, right] of Object.entries(glossary.corrections ?? {})) expected.set(wrong, [right]);
  if (expected.size === 0) return undefined;
  // Longest first, so "master plan e-goverment" wins over "e-goverment" at the same place.
  const alternatives = [...expected.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const matcher = {pattern, expected};
  matchers.set(glossary, matcher);
  return matcher;
}

export const terminologyRule: Rule = {
  id: 'terminology',
  description: 'Glossary variants and common slips in prose are flagged with the preferred form.',
  severity: 'error',
  checkFile(file, context, report) {
    const glossary = context.registries.glossary;
    if (!glossary || file.text === undefined || !file.lines) return;
    const matcher = matcherFor(glossary);
    if (!matcher) return;
    // No variant anywhere in the file: nothing to look at in its prose either.
    matcher.pattern.lastIndex = 0;
    if (!matcher.pattern.test(file.text)) return;
    matcher.pattern.lastIndex = 0;
    const verbatimSource = file.collection?.id === 'siaran-pers';
    // Press releases are republished in Indonesian, even under the English locale.
    const language = verbatimSource ? 'id' : file.locale;
    for (const range of proseRanges(file)) {
      for (const match of range.text.matchAll(matcher.pattern)) {
        const written = match[0];
        const expected = preferredForm(written, matcher.expected.get(written) ?? [], language);
        const start = range.start + (match.index ?? 0);
        report({
          ...file.lines.span(start, start + written.length),
          message: `Unexpected \`${written}\`, expected \`${expected}\``,
          ...(verbatimSource
            ? {severity: 'warning' as const, hint: 'Republished press releases stay as published; fix it only if the ministry corrects the source.'}
            : {}),
        });
      }
    }
  },
};
