import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {loadRegistries} from '../content/registries';
import {readChapters, type ChapterProblem} from '../content/readChapters';
import {writeFileAtomic} from '../fs/atomicWrite';
import {generateCodeowners, type GeneratedCodeowners} from './generateCodeowners';
import {CODEOWNERS_PATH, readFallbackOwner} from './options';

/** A problem with the committed CODEOWNERS file, positioned for `masterplan check`. */
export interface CodeownersDiagnostic {
  /** Rule id, for `masterplan check`. */
  rule: 'codeowners-up-to-date';
  severity: 'error';
  /** Path relative to the site root. */
  file: string;
  /** 1-based line of the first difference (1 when the file is missing). */
  line: number;
  message: string;
}

/** The generated text, and the chapters that could not be read (their owners are missing from it). */
export interface ExpectedCodeowners extends GeneratedCodeowners {
  unreadable: ChapterProblem[];
}

/** The CODEOWNERS text the site's chapters and registry call for. */
export async function expectedCodeowners(siteDir: string): Promise<ExpectedCodeowners> {
  const [{chapters, problems}, registries, fallback] = await Promise.all([readChapters(siteDir), loadRegistries(siteDir), readFallbackOwner(siteDir)]);
  return {...generateCodeowners(chapters, registries, fallback), unreadable: problems};
}

/**
 * Writes the generated file over the committed one (atomically). Writes
 * nothing while a chapter cannot be read: its owners would silently lose
 * their review requests.
 */
export async function writeCodeowners(siteDir: string): Promise<ExpectedCodeowners & {written: boolean}> {
  const expected = await expectedCodeowners(siteDir);
  if (expected.unreadable.length > 0) return {...expected, written: false};
  await writeFileAtomic(path.join(siteDir, CODEOWNERS_PATH), expected.text);
  return {...expected, written: true};
}

/**
 * Compares the committed `.github/CODEOWNERS` with what the chapters call for.
 * Returns no diagnostics when it is up to date, one otherwise (the rule
 * `codeowners-up-to-date` of `masterplan check`). Pass `generated` when it
 * is already at hand, so the chapters are not read again.
 */
export async function checkCodeowners(siteDir: string, generated?: ExpectedCodeowners): Promise<CodeownersDiagnostic[]> {
  const {text: expected} = generated ?? (await expectedCodeowners(siteDir));
  const fix = 'run `npx masterplan codeowners --write` and commit the result';
  let actual: string;
  try {
    actual = await readFile(path.join(siteDir, CODEOWNERS_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return [{rule: 'codeowners-up-to-date', severity: 'error', file: CODEOWNERS_PATH, line: 1, message: `${CODEOWNERS_PATH} is missing; ${fix}`}];
  }
  if (actual === expected) return [];
  const [actualLines, expectedLines] = [actual.split('\n'), expected.split('\n')];
  const index = expectedLines.findIndex((line, i) => actualLines[i] !== line);
  const at = index === -1 ? expectedLines.length : index;
  const found = actualLines[at];
  const wanted = expectedLines[at];
  const detail =
    wanted === undefined ? `unexpected line \`${found}\`` : found === undefined ? `missing line \`${wanted}\`` : `expected \`${wanted}\`, found \`${found}\``;
  return [
    {
      rule: 'codeowners-up-to-date',
      severity: 'error',
      file: CODEOWNERS_PATH,
      line: at + 1,
      message: `${CODEOWNERS_PATH} is out of date with the chapter owners (${detail}); ${fix}`,
    },
  ];
}
