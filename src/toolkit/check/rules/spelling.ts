/**
 * `spelling` (opt-in: `--rule spelling`): unknown words in prose, with cspell 9
 * and its Indonesian and English dictionaries, configured by `cspell.json` at
 * the site root. Only prose is checked (no code, math, URLs or verbatim quotes).
 *
 * ok: `pemerintah` · not-ok: `pemerintahh`
 */
import path from 'node:path';
import {existsSync} from 'node:fs';

import type {CSpellSettings} from 'cspell-lib';

import {proseRanges} from '../prose';
import type {Rule} from '../types';

type Validate = (text: string) => Promise<{offset: number; text: string; suggestions?: string[]}[]>;
const validators = new Map<string, Promise<Validate>>();

function validatorFor(siteDir: string, words: string[]): Promise<Validate> {
  let validator = validators.get(siteDir);
  if (!validator) {
    validator = (async () => {
      const cspell = await import('cspell-lib');
      const config = path.join(siteDir, 'cspell.json');
      const fromFile = existsSync(config) ? await cspell.readSettings(config) : {};
      // The Indonesian dictionary is part of the rule, whether or not the site's cspell.json imports it.
      const indonesian = await cspell.readSettings(require.resolve('@cspell/dict-id-id/cspell-ext.json'));
      const settings = cspell.mergeSettings(await cspell.getDefaultSettings(), indonesian, fromFile as CSpellSettings, {words, language: 'en,id', dictionaries: ['id-id', 'en_us', 'en-gb', 'companies', 'softwareTerms']});
      return (text: string) => cspell.validateText(text, settings, {generateSuggestions: false});
    })();
    validators.set(siteDir, validator);
  }
  return validator;
}

export const spellingRule: Rule = {
  id: 'spelling',
  description: 'Unknown words in prose (cspell with the Indonesian and English dictionaries).',
  severity: 'warning',
  optIn: true,
  async checkFile(file, context, report) {
    const {text, lines} = file;
    if (!file.tree || text === undefined || !lines) return;
    // Names from the registries are words too.
    const words = [
      ...Object.values(context.registries.people ?? {}).flatMap((person) => person.name.split(/\s+/)),
      ...Object.values(context.registries.glossary?.terms ?? {}).flatMap((entry) => [entry.term.id, entry.term.en]),
    ];
    const validate = await validatorFor(context.siteDir, words);
    // Blank everything but prose, keeping offsets (and line breaks) as they are.
    const masked = text.replace(/[^\n]/g, ' ').split('');
    for (const range of proseRanges(file)) {
      for (let i = 0; i < range.text.length; i++) masked[range.start + i] = range.text[i] ?? ' ';
    }
    for (const issue of await validate(masked.join(''))) {
      report({...lines.span(issue.offset, issue.offset + issue.text.length), message: `Unknown word \`${issue.text}\``});
    }
  },
};
