/**
 * The content checker: parses each file once, runs every rule on the shared
 * result, and returns diagnostics sorted by file and position. It never
 * writes a file and never throws on bad content.
 */
import type {z} from 'zod';

import {glossaryRegistrySchema, peopleRegistrySchema, programsRegistrySchema} from '../../content';
import type {Registries} from '../content/registries';
import {REGISTRY_FILES} from '../content/registries';
import {lastChanges, type FileChange} from '../history/gitHistory';
import {parseFile} from './parseFile';
import {RULES} from './rules';
import {BLOG_REGISTRY_FILES, describeFile, expandPaths, listDefaultFiles, listSitePages} from './siteFiles';
import type {CheckContext, Diagnostic, ParsedFile, Rule, Severity} from './types';

/** Options of {@link checkContent}. */
export interface CheckOptions {
  /** The site root (where docusaurus.config.ts is). */
  siteDir: string;
  /** Files or folders to check, relative to `cwd`. Default: every page and registry. */
  paths?: readonly string[];
  /** Folder `paths` are relative to. Default: `siteDir`. */
  cwd?: string;
  /** Ids of opt-in rules to run as well (`spelling`). */
  enable?: readonly string[];
  /** Ids of rules to skip. */
  disable?: readonly string[];
  /** Today's date `YYYY-MM-DD` for date rules. Default: the current UTC date. */
  today?: string;
  /** Last commits per file; default read from git once, when a rule needs them. */
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

/** Rules to run: defaults plus enabled opt-ins, minus disabled ones. */
export function selectRules(enable: readonly string[] = [], disable: readonly string[] = []): Rule[] {
  return RULES.filter((rule) => (!rule.optIn || enable.includes(rule.id)) && !disable.includes(rule.id));
}

function registryData<S extends z.ZodType>(file: ParsedFile | undefined, schema: S): z.output<S> | undefined {
  const data = file?.yaml?.data;
  if (data === undefined || data === null) return undefined;
  const parsed = schema.safeParse(data);
  // A registry with a mistake still tells which ids exist; the schema rule reports the mistake.
  return parsed.success ? parsed.data : (data as z.output<S>);
}

function keysOf(file: ParsedFile | undefined): Set<string> {
  const data = file?.yaml?.data;
  return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
}

async function mapLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({length: Math.min(limit, items.length)}, async () => {
    while (next < items.length) await work(items[next++] as T);
  });
  await Promise.all(workers);
}

/** Checks the site's content; see {@link CheckOptions}. */
export async function checkContent(options: CheckOptions): Promise<CheckResult> {
  const {siteDir} = options;
  const rules = selectRules(options.enable, options.disable);
  const sitePages = new Set(listSitePages(siteDir));
  const {files: wanted, missing} = options.paths && options.paths.length > 0 ? expandPaths(siteDir, options.cwd ?? siteDir, options.paths) : {files: listDefaultFiles(siteDir), missing: []};

  const diagnostics: Diagnostic[] = [];
  const parsed = new Map<string, Promise<ParsedFile>>();
  const parseFindings = new Map<string, Diagnostic[]>();
  const load = (relative: string): Promise<ParsedFile> => {
    let pending = parsed.get(relative);
    if (!pending) {
      const file = describeFile(siteDir, relative);
      pending = parseFile(file).then((findings) => {
        parseFindings.set(relative, findings.map((finding) => ({file: relative, ...finding})));
        return file;
      });
      parsed.set(relative, pending);
    }
    return pending;
  };

  const [people, programs, glossary, authors, tags] = await Promise.all([
    load(REGISTRY_FILES.people),
    load(REGISTRY_FILES.programs),
    load(REGISTRY_FILES.glossary),
    load(BLOG_REGISTRY_FILES.authors),
    load(BLOG_REGISTRY_FILES.tags),
  ]);
  const registries: Partial<Registries> = {};
  const peopleData = registryData(people, peopleRegistrySchema);
  if (peopleData) registries.people = peopleData;
  const programsData = registryData(programs, programsRegistrySchema);
  if (programsData) registries.programs = programsData;
  const glossaryData = registryData(glossary, glossaryRegistrySchema);
  if (glossaryData) registries.glossary = glossaryData;

  let history: Promise<Map<string, FileChange>> | undefined = options.history ? Promise.resolve(options.history) : undefined;
  const context: CheckContext = {
    siteDir,
    registries,
    blogAuthors: keysOf(authors),
    blogTags: keysOf(tags),
    sitePages,
    file: async (relative) => (sitePages.has(relative) || parsed.has(relative) ? load(relative) : undefined),
    history: () => (history ??= lastChanges(siteDir)),
    today: options.today ?? new Date().toISOString().slice(0, 10),
    store: new Map(),
  };

  const checked: ParsedFile[] = [];
  await mapLimited(wanted, 16, async (relative) => {
    const file = await load(relative);
    checked.push(file);
    diagnostics.push(...(parseFindings.get(relative) ?? []));
    for (const rule of rules) {
      if (!rule.checkFile) continue;
      await rule.checkFile(file, context, (finding) => {
        diagnostics.push({file: relative, ruleId: rule.id, severity: finding.severity ?? rule.severity, ...finding});
      });
    }
    // Rules are done with the tree; dropping it keeps 10,000-page runs in memory.
    delete file.tree;
  });

  const checkedPaths = new Set(wanted);
  for (const rule of rules) {
    if (!rule.checkProject) continue;
    await rule.checkProject(checked, context, (relative, finding) => {
      if (!checkedPaths.has(relative)) return;
      diagnostics.push({file: relative, ruleId: rule.id, severity: finding.severity ?? rule.severity, ...finding});
    });
  }

  diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)));
  return {files: wanted, diagnostics, rules, missing};
}
