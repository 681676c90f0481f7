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
import {referencesRule} from './references';
import {reviewRule} from './review';
import {schemaRule} from './schema';
import {sourcesRule} from './sources';
import {spellingRule} from './spelling';
import {terminologyRule} from './terminology';
import {translationRule} from './translation';
import {unsafeContentRule} from './unsafeContent';

export const RULES: Rule[] = [
  schemaRule,
  referencesRule,
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
