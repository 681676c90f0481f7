/**
 * One checking session: the parsed-file cache, the registries and the rule
 * context, plus the per-file phase.
 */
import pLimit from 'p-limit';
import type {z} from 'zod';

import {glossaryRegistrySchema, peopleRegistrySchema, programsRegistrySchema, teamsRegistrySchema} from '../../content';
import type {Registries} from '../content/registries';
import {REGISTRY_FILES} from '../content/registries';
import type {FileChange} from '../history/gitHistory';
import {parseFile} from './parseFile';
import {BLOG_REGISTRY_FILES, describeFile} from './siteFiles';
import type {CheckContext, Diagnostic, ParsedFile, Rule} from './types';

/** What a session needs. */
export interface SessionOptions {
  siteDir: string;
  /** Every page of the site. */
  sitePages: string[];
  today: string;
  /** Last commits per file; undefined when no rule asked for them. */
  history?: Map<string, FileChange>;
}

/** What the per-file phase produced. */
export interface FilePhaseResult {
  diagnostics: Diagnostic[];
  /** What rules gathered with `context.collect`, by key. */
  collected: Record<string, unknown[]>;
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

/** A session: its context, and how to get a file's parse findings. */
export interface Session {
  context: CheckContext;
  load(relative: string): Promise<ParsedFile>;
  parseFindings(relative: string): Diagnostic[];
  /** Forgets a file once every rule is done with it. */
  release(relative: string): void;
  collected: Record<string, unknown[]>;
}

/** Creates a session: loads and reads the registries, sets up the context. */
export async function createSession(options: SessionOptions): Promise<Session> {
  const {siteDir} = options;
  const sitePages = new Set(options.sitePages);
  const parsed = new Map<string, Promise<ParsedFile>>();
  const findings = new Map<string, Diagnostic[]>();
  const load = (relative: string): Promise<ParsedFile> => {
    let pending = parsed.get(relative);
    if (!pending) {
      const file = describeFile(siteDir, relative);
      pending = parseFile(file).then((found) => {
        findings.set(relative, found.map((finding) => ({file: relative, ...finding})));
        return file;
      });
      parsed.set(relative, pending);
    }
    return pending;
  };
  const [people, teams, programs, glossary, authors, tags] = await Promise.all([
    load(REGISTRY_FILES.people),
    load(REGISTRY_FILES.teams),
    load(REGISTRY_FILES.programs),
    load(REGISTRY_FILES.glossary),
    load(BLOG_REGISTRY_FILES.authors),
    load(BLOG_REGISTRY_FILES.tags),
  ]);
  const registries: Partial<Registries> = {};
  const peopleData = registryData(people, peopleRegistrySchema);
  if (peopleData) registries.people = peopleData;
  const teamsData = registryData(teams, teamsRegistrySchema);
  if (teamsData) registries.teams = teamsData;
  const programsData = registryData(programs, programsRegistrySchema);
  if (programsData) registries.programs = programsData;
  const glossaryData = registryData(glossary, glossaryRegistrySchema);
  if (glossaryData) registries.glossary = glossaryData;

  const collected: Record<string, unknown[]> = {};
  const history = options.history ?? new Map<string, FileChange>();
  const context: CheckContext = {
    siteDir,
    registries,
    blogAuthors: keysOf(authors),
    blogTags: keysOf(tags),
    sitePages,
    file: async (relative) => (sitePages.has(relative) || parsed.has(relative) ? load(relative) : undefined),
    history: async () => history,
    today: options.today,
    store: new Map(),
    collect: (key, item) => void (collected[key] ??= []).push(item),
    collected: (key) => collected[key] ?? [],
  };
  const release = (relative: string): void => {
    parsed.delete(relative);
    findings.delete(relative);
  };
  return {context, load, parseFindings: (relative) => findings.get(relative) ?? [], release, collected};
}

/**
 * Files in an order that puts each English page right after its Indonesian
 * source: the translation rule reads both, so each is parsed once and can be
 * released soon after.
 */
function pairOrder(siteDir: string, files: readonly string[]): string[] {
  const keyOf = (relative: string): string => {
    const file = describeFile(siteDir, relative);
    return file.collection ? `${file.collection.id}/${file.collectionPath}\u0000${file.locale}` : `\u0000${relative}`;
  };
  return files.map((relative) => [keyOf(relative), relative] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, relative]) => relative);
}

/**
 * Files being checked at once. The work is CPU-bound on one thread; files in
 * flight let a rule that waits (a lazily loaded parser) not stall the others,
 * and let the spelling rule check them in one cspell call (on a 1,000-page
 * corpus `--rule spelling` took 18 s with 8 in flight, 12 s with 32).
 */
const FILES_IN_FLIGHT = 32;

/** Parses each file and runs every rule's `checkFile` on it. */
export async function runFilePhase(session: Session, files: readonly string[], rules: readonly Rule[]): Promise<FilePhaseResult> {
  const diagnostics: Diagnostic[] = [];
  const limit = pLimit(FILES_IN_FLIGHT);
  await limit.map(pairOrder(session.context.siteDir, files), async (relative) => {
    const file = await session.load(relative);
    diagnostics.push(...session.parseFindings(relative));
    for (const rule of rules) {
      if (!rule.checkFile) continue;
      await rule.checkFile(file, session.context, (finding) => {
        diagnostics.push({file: relative, ruleId: rule.id, severity: finding.severity ?? rule.severity, ...finding});
      });
    }
    // Rules are done with the file (pages are checked in path order, so an Indonesian
    // page, which reads its translation, comes before it); forgetting it keeps
    // 10,000-page runs small in memory. The project phase uses what rules collected.
    session.release(relative);
    delete file.tree;
  });
  return {diagnostics, collected: session.collected};
}
