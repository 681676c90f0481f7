/**
 * The word-level redline of one text block: the text is cut into words and
 * punctuation marks, whitespace only separates them (so a reflowed
 * paragraph, CRLF or trailing spaces change nothing), and jsdiff aligns the
 * two token lists.
 */
import {diffArrays} from 'diff';

import type {WordSegment} from './types';

/** A word or a punctuation mark, and whether whitespace stood before it. */
export interface Token {
  text: string;
  spaced: boolean;
}

/**
 * A word is a run of letters, marks and digits, joined by a hyphen or an
 * apostrophe (`e-government`, `kerja-sama`, `Jum'at`), or a number with
 * separators (`1.250.000`, `2,5`, `10:30`). An Indonesian affixed word
 * (`pekerjaan`, `dikembangkan`, `kerjanya`) is written as one run, so it is
 * one token: a reviewer sees `dikembangkan` → `dikelola`, not `di` kept and
 * `kembangkan` replaced. Every other non-space character is a token of its
 * own, so a changed comma is a changed comma.
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’]|(?<=\p{N})[.,:/](?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;

/** The tokens of a text, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let end = 0;
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({text: match[0], spaced: match.index > end && tokens.length > 0});
    end = match.index + match[0].length;
  }
  return tokens;
}

/** True for a word or number; false for punctuation and symbols. */
export function isWord(token: string): boolean {
  return WORDLIKE.test(token);
}

/** How many words (not punctuation) a text has. */
export function countWords(text: string): number {
  let words = 0;
  for (const token of tokenize(text)) if (isWord(token.text)) words++;
  return words;
}

/** The text of tokens with their spacing (one space where there was whitespace). */
function joinTokens(tokens: readonly Token[], first: boolean): string {
  let text = '';
  tokens.forEach((token, index) => {
    if (token.spaced && !(first && index === 0)) text += ' ';
    text += token.text;
  });
  return text;
}

/** The result of comparing two texts word by word. */
export interface WordDiff {
  segments: WordSegment[];
  wordsAdded: number;
  wordsRemoved: number;
}

/**
 * Compares two texts word by word. Concatenating the `equal` and `insert`
 * segments gives the words and marks of the newer text, `equal` and
 * `delete` those of the older one; spacing follows the newer text (one
 * space where either had whitespace is not a change).
 */
export function diffWords(before: string, after: string): WordDiff {
  const old = tokenize(before);
  const next = tokenize(after);
  const segments: WordSegment[] = [];
  let wordsAdded = 0;
  let wordsRemoved = 0;
  let oldIndex = 0;
  let nextIndex = 0;
  for (const change of diffArrays(
    old.map((token) => token.text),
    next.map((token) => token.text),
  )) {
    const count = change.value.length;
    let tokens: Token[];
    if (change.removed) {
      tokens = old.slice(oldIndex, (oldIndex += count));
      wordsRemoved += tokens.filter((token) => isWord(token.text)).length;
    } else {
      tokens = next.slice(nextIndex, (nextIndex += count));
      if (change.added) wordsAdded += tokens.filter((token) => isWord(token.text)).length;
      else oldIndex += count;
    }
    const op = change.removed ? 'delete' : change.added ? 'insert' : 'equal';
    segments.push({op, text: joinTokens(tokens, segments.length === 0)});
  }
  return {segments, wordsAdded, wordsRemoved};
}

/**
 * How alike two texts are, 0 to 1: shared tokens over all tokens (Dice).
 * Decides whether a removed and an added block are one block modified.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1);
  let shared = 0;
  for (const token of b) {
    const left = counts.get(token) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(token, left - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
