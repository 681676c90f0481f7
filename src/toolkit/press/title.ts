import {MAX_DERIVED_TITLE_CHARS} from './limits';
import {cutAtWord, firstSentence} from './sentences';

/**
 * A headline for a release whose headline was lost: the lede's first sentence
 * (dateline already removed), without its full stop, cut at a word to about
 * 90 characters. Posts get `title_derived: true` so an editor checks it.
 */
export function deriveTitle(ledeWithoutDateline: string): string {
  const sentence = firstSentence(ledeWithoutDateline).replace(/[.]+$/, '');
  return cutAtWord(sentence, MAX_DERIVED_TITLE_CHARS);
}
