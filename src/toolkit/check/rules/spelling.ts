/**
 * `spelling` (opt-in: `--rule spelling`): unknown words in prose, with cspell 9
 * and its Indonesian and English dictionaries, configured by `cspell.json` at
 * the site root. Only prose is checked (no code, math, URLs or verbatim quotes).
 *
 * ok: `pemerintah` · not-ok: `pemerintahh`
 */
import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

import type {CSpellSettings} from 'cspell-lib';

import {proseRanges, type ProseRange} from '../prose';
import type {CheckContext, Rule} from '../types';

/** An unknown word, at its offset in the text that was checked. */
interface Issue {
  offset: number;
  text: string;
}

type Check = (text: string) => Promise<Issue[]>;
const spellers = new Map<string, Promise<Check>>();

/**
 * Joins the texts of a batch. Each file's text keeps its own lines, so a
 * position maps back by subtracting where the file starts. Of cspell's own
 * ignore patterns, Base64MultiLine and RsaCert reach across lines; a line
 * holding only `;` stops both.
 */
const SEPARATOR = '\n;\n';
/** `cspell:disable` and its kin reach to the end of the text: a file that may hold one is checked alone. */
const MAY_HOLD_DIRECTIVE = /spell/i;
/** cspell's own limits when the settings give none (cspell-lib's textValidation/defaultConstants.ts). */
const CSPELL_DEFAULT_MAX_DUPLICATES = 5;
const CSPELL_DEFAULT_MAX_PROBLEMS = 200;

function samePatterns(a: readonly unknown[] = [], b: readonly unknown[] = []): boolean {
  return a.length === b.length && a.every((pattern, index) => String(pattern) === String(b[index]));
}

/**
 * A checker that gathers the texts asked for in one turn of the event loop
 * and checks them with one cspell call: cspell prepares its dictionaries and
 * word cache per call, which costs more than checking a page (on the
 * 10,000-page corpus 4 ms a page one by one, 0.8 ms in batches of 32). The
 * findings are those of one call per file: the limits cspell applies per
 * text (repeats of a word, findings in all) are applied per file here.
 */
function createSpeller(siteDir: string, context: CheckContext): Promise<Check> {
  return (async () => {
    const cspell = await import('cspell-lib');
    const config = path.join(siteDir, 'cspell.json');
    const fromFile = existsSync(config) ? await cspell.readSettings(config) : {};
    // The Indonesian dictionary is part of the rule, whether or not the site's cspell.json imports it.
    // Resolved from this file, as `require` does not exist in the compiled (ESM) CLI.
    const indonesian = await cspell.readSettings(createRequire(import.meta.url).resolve('@cspell/dict-id-id/cspell-ext.json'));
    // Names from the registries are words too.
    const words = [
      ...Object.values(context.registries.people ?? {}).flatMap((person) => person.name.split(/\s+/)),
      ...Object.values(context.registries.glossary?.terms ?? {}).flatMap((entry) => [
        entry.term.id,
        entry.term.en,
        ...(entry.synonyms?.id ?? []),
        ...(entry.synonyms?.en ?? []),
        ...(entry.abbreviations ?? []),
      ]),
    ];
    const defaults = await cspell.getDefaultSettings();
    const ruleSettings = {words, language: 'en,id', dictionaries: ['id-id', 'en_us', 'en-gb', 'companies', 'softwareTerms']};
    const settings = cspell.mergeSettings(defaults, indonesian, fromFile as CSpellSettings, ruleSettings);
    const final = cspell.finalizeSettings(settings);
    const maxDuplicates = final.maxDuplicateProblems ?? CSPELL_DEFAULT_MAX_DUPLICATES;
    const maxProblems = final.maxNumberOfProblems ?? CSPELL_DEFAULT_MAX_PROBLEMS;
    // A site's own patterns might reach across files; with any, every file is checked alone.
    const builtIn = cspell.finalizeSettings(cspell.mergeSettings(defaults, indonesian, ruleSettings));
    const canBatch = samePatterns(final.ignoreRegExpList, builtIn.ignoreRegExpList) && (final.includeRegExpList ?? []).length === 0;
    const unlimited = cspell.mergeSettings(settings, {maxDuplicateProblems: Number.MAX_SAFE_INTEGER, maxNumberOfProblems: Number.MAX_SAFE_INTEGER});

    const validate = async (text: string): Promise<Issue[]> => cspell.validateText(text, unlimited, {generateSuggestions: false});
    /** cspell's per-text limits, applied to one file's findings. */
    const limit = (issues: readonly Issue[]): Issue[] => {
      const seen = new Map<string, number>();
      return issues
        .filter((issue) => {
          const count = (seen.get(issue.text) ?? 0) + 1;
          seen.set(issue.text, count);
          return count <= maxDuplicates;
        })
        .slice(0, maxProblems);
    };
    const checkBatch = async (texts: readonly string[]): Promise<Issue[][]> => {
      const starts: number[] = [];
      let at = 0;
      for (const text of texts) {
        starts.push(at);
        at += text.length + SEPARATOR.length;
      }
      const byFile: Issue[][] = texts.map(() => []);
      let file = 0;
      // Issues come in text order.
      for (const issue of await validate(texts.join(SEPARATOR))) {
        while (file + 1 < texts.length && (starts[file + 1] ?? Infinity) <= issue.offset) file++;
        byFile[file]?.push({offset: issue.offset - (starts[file] ?? 0), text: issue.text});
      }
      return byFile.map(limit);
    };

    let pending: {text: string; resolve: (issues: Issue[]) => void; reject: (error: unknown) => void}[] = [];
    const flush = (): void => {
      const batch = pending;
      pending = [];
      const together = batch.filter((item) => canBatch && !MAY_HOLD_DIRECTIVE.test(item.text));
      const alone = batch.filter((item) => !together.includes(item));
      const settle = (items: typeof batch, work: Promise<Issue[][]>): void => {
        work.then((results) => items.forEach((item, index) => item.resolve(results[index] ?? [])), (error: unknown) => items.forEach((item) => item.reject(error)));
      };
      if (together.length > 0) settle(together, checkBatch(together.map((item) => item.text)));
      for (const item of alone) settle([item], validate(item.text).then((issues) => [limit(issues)]));
    };
    return (text: string) =>
      new Promise<Issue[]>((resolve, reject) => {
        // The files in flight reach this point in the same turn; the batch is checked once they all have.
        if (pending.length === 0) setImmediate(flush);
        pending.push({text, resolve, reject});
      });
  })();
}

/** The file's text with everything but prose blanked, keeping offsets and line breaks as they are. */
function proseOnly(text: string, ranges: readonly ProseRange[]): string {
  const blank = (part: string): string => part.replace(/[^\n]/g, ' ');
  let masked = '';
  let at = 0;
  for (const range of ranges) {
    masked += blank(text.slice(at, range.start)) + range.text;
    at = range.start + range.text.length;
  }
  return masked + blank(text.slice(at));
}

export const spellingRule: Rule = {
  id: 'spelling',
  description: 'Unknown words in prose (cspell with the Indonesian and English dictionaries).',
  severity: 'warning',
  optIn: true,
  async checkFile(file, context, report) {
    const {text, lines} = file;
    if (!file.tree || text === undefined || !lines) return;
    let speller = spellers.get(context.siteDir);
    if (!speller) {
      speller = createSpeller(context.siteDir, context);
      spellers.set(context.siteDir, speller);
    }
    const check = await speller;
    for (const issue of await check(proseOnly(text, proseRanges(file)))) {
      report({...lines.span(issue.offset, issue.offset + issue.text.length), message: `Unknown word \`${issue.text}\``});
    }
  },
};
