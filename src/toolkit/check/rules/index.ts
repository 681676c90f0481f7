/**
 * Every rule of `masterplan check`, in report order. A rule is one file in
 * this folder exporting a {@link Rule}; to add one, write the file and add
 * one line here.
 */
import type {Rule} from '../types';
import {codeownersRule} from './codeowners';
import {derivedHeadlineRule} from './derivedHeadline';
import {mathRule} from './math';
import {mermaidRule} from './mermaid';
import {internalLinksRule} from './internalLinks';
import {prerequisitesRule} from './prerequisites';
import {registryReferencesRule} from './registryReferences';
import {reviewRule} from './review';
import {schemaRule} from './schema';
import {sourcesRule} from './sources';
import {spellingRule} from './spelling';
import {terminologyRule} from './terminology';
import {translationRule} from './translation';
import {unsafeContentRule} from './unsafeContent';

export const RULES: Rule[] = [
  schemaRule,
  registryReferencesRule,
  internalLinksRule,
  prerequisitesRule,
  terminologyRule,
  mermaidRule,
  mathRule,
  translationRule,
  reviewRule,
  unsafeContentRule,
  derivedHeadlineRule,
  codeownersRule,
  sourcesRule,
  spellingRule,
];

/**
 * Names that stand for several rules in `--rule` and `--skip`. `references`
 * was one rule until it was split in three; `--skip references` still skips
 * all of them.
 */
export const RULE_GROUPS: Readonly<Record<string, readonly string[]>> = {
  references: [registryReferencesRule.id, internalLinksRule.id, prerequisitesRule.id],
};
