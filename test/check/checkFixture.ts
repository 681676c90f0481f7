import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

import {checkContent, type CheckOptions, type CheckResult, type Diagnostic} from '../../src/toolkit/check';

export const FIXTURES = path.join(__dirname, 'fixtures');
/** The date the fixtures are checked on (review dates are relative to it). */
export const TODAY = '2026-01-01';

/**
 * Checks a fixture site: the registries of `fixtures/_base` plus the files of
 * `fixtures/<scenario>`, copied to a temporary folder (so the repository's git
 * history does not apply), without git history.
 */
export async function checkFixture(scenario: string, options: Partial<CheckOptions> = {}): Promise<CheckResult & {siteDir: string}> {
  const siteDir = mkdtempSync(path.join(tmpdir(), `check-${scenario}-`));
  try {
    cpSync(path.join(FIXTURES, '_base'), siteDir, {recursive: true});
    cpSync(path.join(FIXTURES, scenario), siteDir, {recursive: true});
    const result = await checkContent({siteDir, today: TODAY, history: new Map(), ...options});
    return {...result, siteDir};
  } finally {
    rmSync(siteDir, {recursive: true, force: true});
  }
}

/** `file:line:column rule severity message`, one string per finding, for compact assertions. */
export function brief(diagnostics: readonly Diagnostic[], ruleId?: string): string[] {
  return diagnostics
    .filter((diagnostic) => ruleId === undefined || diagnostic.ruleId === ruleId)
    .map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.severity} ${d.message}`);
}
