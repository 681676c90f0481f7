/**
 * Whether each Indonesian page's English translation exists and is up to date.
 * Git history decides where it exists; a source hash recorded in the
 * translation's frontmatter (`translation_source`) decides where it does not,
 * and overrides git when present (a translator's explicit statement).
 */
import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {COLLECTIONS, type Collection, type CollectionId, type TranslationState} from '../../content';
import {readFrontmatter} from '../content/frontmatter';
import {lastChanges, type FileChange} from './gitHistory';

export type {TranslationState} from '../../content/status';

/** What decided the state: the recorded hash, git dates, or nothing (state `current` by default). */
export type TranslationBasis = 'hash' | 'git' | 'none';

/** The frontmatter key in which a translation records its source's hash. */
export const TRANSLATION_SOURCE_KEY = 'translation_source';

/** The translation state of one Indonesian page. */
export interface PageTranslation {
  collection: CollectionId;
  /** Indonesian source, posix path relative to the site root. */
  source: string;
  /** Where the English counterpart is (or belongs), relative to the site root. */
  translation: string;
  state: TranslationState;
  basis: TranslationBasis;
  /** Hash of the source as it is now; what `translation_source` should say when the translation is current. */
  sourceHash: string;
  /** Last commits, when git knows the files. */
  sourceChange?: FileChange;
  translationChange?: FileChange;
}

/** SHA-256 of a page's text, ignoring a byte-order mark and CRLF line endings (editors add both silently). */
export function sourceHash(text: string): string {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return createHash('sha256').update(normalised).digest('hex');
}

/** The `translation_source` value of a translation's frontmatter fields, if they record one. */
export function recordedHashIn(fields: Record<string, unknown> | undefined): string | undefined {
  const value = fields?.[TRANSLATION_SOURCE_KEY];
  return typeof value === 'string' ? value : undefined;
}

/** The `translation_source` value of a translation's frontmatter, if it records one. */
export function recordedSourceHash(translationText: string): string | undefined {
  // Malformed frontmatter records nothing; the content check reports it.
  return recordedHashIn(readFrontmatter(translationText).data);
}

/** Inputs of {@link decideTranslationState}: what is known about one source and its translation. */
export interface TranslationEvidence {
  sourceText: string;
  /** Undefined when the English file does not exist. */
  translationExists: boolean;
  /** `translation_source` of the English file, if any. */
  recordedHash?: string;
  sourceChange?: FileChange;
  translationChange?: FileChange;
}

/** Decides one page's state from its evidence; pure, so the checker can call it on files it already parsed. */
export function decideTranslationState(evidence: TranslationEvidence): {state: TranslationState; basis: TranslationBasis; sourceHash: string} {
  const hash = sourceHash(evidence.sourceText);
  if (!evidence.translationExists) return {state: 'missing', basis: 'none', sourceHash: hash};
  if (evidence.recordedHash !== undefined) {
    return {state: evidence.recordedHash === hash ? 'current' : 'stale', basis: 'hash', sourceHash: hash};
  }
  const {sourceChange, translationChange} = evidence;
  if (sourceChange && translationChange) {
    const stale = Date.parse(sourceChange.date) > Date.parse(translationChange.date);
    return {state: stale ? 'stale' : 'current', basis: 'git', sourceHash: hash};
  }
  // A committed source with an uncommitted translation: the translation is the newer one.
  if (sourceChange && !translationChange) return {state: 'current', basis: 'git', sourceHash: hash};
  return {state: 'current', basis: 'none', sourceHash: hash};
}

/** The Indonesian pages of a collection, posix paths relative to the collection folder. */
export function sourcePagesOf(siteDir: string, collection: Collection): string[] {
  return globSync('**/*.{md,mdx}', {cwd: path.join(siteDir, collection.dir)}).sort();
}

/** A page's text, or undefined when it does not exist. Synchronous, as readChapters reads (see there why). */
function readOptional(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * The translation state of every Indonesian page of every collection.
 *
 * @param siteDir the site root
 * @param changes last commits per file, if the caller already has them (see {@link lastChanges})
 */
export async function translationStates(siteDir: string, changes?: Map<string, FileChange>): Promise<PageTranslation[]> {
  const history = changes ?? (await lastChanges(siteDir));
  const results: PageTranslation[] = [];
  for (const collection of COLLECTIONS) {
    for (const relative of sourcePagesOf(siteDir, collection)) {
      const source = `${collection.dir}/${relative}`;
      const translation = `${collection.enDir}/${relative}`;
      const sourceText = readOptional(path.join(siteDir, source)) ?? '';
      const translationText = readOptional(path.join(siteDir, translation));
      const sourceChange = history.get(source);
      const translationChange = history.get(translation);
      const decision = decideTranslationState({
        sourceText,
        translationExists: translationText !== undefined,
        recordedHash: translationText === undefined ? undefined : recordedSourceHash(translationText),
        sourceChange,
        translationChange,
      });
      results.push({
        collection: collection.id,
        source,
        translation,
        ...decision,
        ...(sourceChange ? {sourceChange} : {}),
        ...(translationChange ? {translationChange} : {}),
      });
    }
  }
  return results;
}
