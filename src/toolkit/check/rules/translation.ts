/**
 * `translation`: every Indonesian page has its English counterpart, and a
 * translation older than its source's last change is reported as stale (git
 * history where available; the `translation_source` hash the translation
 * records otherwise, or when it records one).
 *
 * A missing English press release is a warning: releases are published in
 * Indonesian and the English site falls back to them.
 *
 * ok: both files, translation committed after the source · not-ok: no English file
 */
import {decideTranslationState, recordedHashIn} from '../../history/translationState';
import type {Rule} from '../types';

export const translationRule: Rule = {
  id: 'translation',
  description: 'Every Indonesian page has an up-to-date English translation.',
  severity: 'error',
  async checkFile(file, context, report) {
    const {collection, collectionPath} = file;
    if (!collection || !collectionPath || file.text === undefined) return;
    if (file.locale === 'en') {
      const source = `${collection.dir}/${collectionPath}`;
      if (!context.sitePages.has(source)) {
        report({line: 1, column: 1, message: `English page has no Indonesian source (${source})`, hint: 'Indonesian is the source language: add the Indonesian page, or delete this one.'});
      }
      return;
    }
    const translation = `${collection.enDir}/${collectionPath}`;
    if (!context.sitePages.has(translation)) {
      // A press release is published in Indonesian and the English site falls back
      // to it, so a freshly imported release must not fail the build: a warning.
      const isPress = collection.id === 'siaran-pers';
      report({
        line: 1,
        column: 1,
        message: `No English translation (${translation})`,
        hint: isPress
          ? 'The English site shows the Indonesian release until an English page (summary + original) is added.'
          : 'Every page exists in both languages under the same file name.',
        ...(isPress ? {severity: 'warning' as const} : {}),
      });
      return;
    }
    const history = await context.history();
    // The session keeps the translation's parse until its own turn (see pairOrder), so it is parsed once.
    const translated = await context.file(translation);
    const recordedHash = recordedHashIn(translated?.yaml?.data as Record<string, unknown> | undefined);
    const sourceChange = history.get(file.path);
    const translationChange = history.get(translation);
    const decision = decideTranslationState({
      sourceText: file.text,
      translationExists: true,
      ...(recordedHash ? {recordedHash} : {}),
      ...(sourceChange ? {sourceChange} : {}),
      ...(translationChange ? {translationChange} : {}),
    });
    if (decision.state !== 'stale') return;
    const why =
      decision.basis === 'hash'
        ? 'its translation_source hash does not match the source'
        : `the source changed ${sourceChange?.date.slice(0, 10)} (${sourceChange?.commit.slice(0, 7)}), the translation last ${translationChange?.date.slice(0, 10)} (${translationChange?.commit.slice(0, 7)})`;
    report({
      line: 1,
      column: 1,
      severity: 'warning',
      message: `English translation is stale: ${why}`,
      hint: `Update ${translation}; if the change needs no translation, set translation_source: ${decision.sourceHash} in its frontmatter.`,
    });
  },
};
