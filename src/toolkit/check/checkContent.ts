/**
 * The content checker: parses each file once, runs every rule on the shared
 * result, and returns diagnostics sorted by file and position. It never
 * writes a file and never throws on bad content.
 */
import {todayIso} from '../../content/today';
import {lastChanges, type FileChange} from '../history/gitHistory';
import {isRuleName, selectRules} from './rules/select';
import {createSession, runFilePhase, type SessionOptions} from './session';
import {expandPaths, listDefaultFiles, listSitePages} from './siteFiles';
import type {Diagnostic, Rule, Severity} from './types';

export {isRuleName, selectRules};

/** Options of {@link checkContent}. */
export interface CheckOptions {
  /** The site root (where docusaurus.config.ts is). */
  siteDir: string;
  /** Files or folders to check, relative to `cwd`. Default: every page and registry. */
  paths?: readonly string[];
  /**
   * Exactly these files, relative to the site root (what `changedFiles`
   * gives); overrides `paths`, and an empty list checks nothing.
   */
  files?: readonly string[];
  /** Folder `paths` are relative to. Default: `siteDir`. */
  cwd?: string;
  /** Ids of opt-in rules to run as well (`spelling`). */
  enable?: readonly string[];
  /** Ids of rules (or names of rule groups, `references`) to skip. */
  disable?: readonly string[];
  /** Today's date `YYYY-MM-DD` for date rules. Default: today in the site's time zone (Asia/Jakarta, `todayIso`). */
  today?: string;
  /** Last commits per file; default read from git once, when the translation rule runs. */
  history?: Map<string, FileChange>;
}

/** What a check found. */
export interface CheckResult {
  /** Files checked, posix paths relative to the site root. */
  files: string[];
  /** Findings, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Rules that ran (for reports that describe them, like SARIF). */
  rules: Rule[];
  /** Paths the user named that do not exist. */
  missing: string[];
}

/** Counts of findings by severity. */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {error: 0, warning: 0, info: 0};
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** Checks the site's content; see {@link CheckOptions}. */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const {siteDir} = options;
  const rules = selectRules(options.enable, options.disable);
  const sitePages = listSitePages(siteDir);
  // A whole-site run also reports repository files that are not pages (.github/CODEOWNERS).
  const wholeSite = options.files === undefined && !(options.paths && options.paths.length > 0);
  const {files, missing} = options.files
    ? {files: [...options.files], missing: []}
    : wholeSite
      ? {files: listDefaultFiles(siteDir), missing: []}
      : expandPaths(siteDir, options.cwd ?? siteDir, options.paths ?? []);

  // One git call for the whole run, not one per file.
  const needsHistory = rules.some((rule) => rule.id === 'translation');
  const history = options.history ?? (needsHistory ? await lastChanges(siteDir) : undefined);
  const sessionOptions: SessionOptions = {
    siteDir,
    sitePages,
    today: options.today ?? todayIso(),
    ...(history ? {history} : {}),
  };
  const main = await createSession(sessionOptions);
  const {diagnostics} = await runFilePhase(main, files, rules);
  const checkedPaths = new Set(files);
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    await rule.checkProject(main.context, (relative, finding) => {
      if (!checkedPaths.has(relative) && !wholeSite) return;
      diagnostics.push({file: relative, ruleId: rule.id, severity: finding.severity ?? rule.severity, ...finding});
    });
  }

  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)));
  return {files, diagnostics, rules, missing};
}
