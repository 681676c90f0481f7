/**
 * `prerequisites`: a curriculum module's prerequisites name modules of the
 * same language, and form no cycle (a module cannot require itself, directly
 * or through others).
 *
 * ok: modul-b requires modul-a · not-ok: modul-a → modul-b → modul-c → modul-a
 */
import {COLLECTIONS, type Collection} from '../../../content';
import {listEntries, listItems, reportUnknownIds} from '../unknownIds';
import {spanOfPath} from '../yamlPosition';
import type {CheckContext, ParsedFile, Rule, Span} from '../types';

const KURIKULUM = COLLECTIONS.find((collection) => collection.id === 'kurikulum');
const MODULES = 'prerequisites:modules';

/** A module's prerequisites, gathered in `checkFile` for the cycle check. */
interface ModuleEntry {
  file: string;
  /** The collection folder of its language; prerequisites stay within one. */
  folder: string;
  id: string;
  prerequisites: string[];
  /** Where each prerequisite is written. */
  spans: Span[];
}

/** The module's id inside its collection, as prerequisites name it (`dasar-e-government`). */
function moduleId(collectionPath: string): string {
  return collectionPath.replace(/\.mdx?$/, '');
}

function folderOf(file: ParsedFile, collection: Collection): string {
  return file.locale === 'id' ? collection.dir : collection.enDir;
}

/** Ids of every module in a language's folder, read once per run. */
function modulesIn(folder: string, context: CheckContext): Set<string> {
  const key = `${MODULES}:${folder}`;
  let modules = context.store.get(key) as Set<string> | undefined;
  if (!modules) {
    modules = new Set([...context.sitePages].filter((page) => page.startsWith(`${folder}/`)).map((page) => moduleId(page.slice(folder.length + 1))));
    context.store.set(key, modules);
  }
  return modules;
}

function moduleEntry(file: ParsedFile): ModuleEntry | undefined {
  const {collection, collectionPath} = file;
  if (collection?.id !== 'kurikulum' || !collectionPath) return undefined;
  const prerequisites = listItems((file.yaml?.data as Record<string, unknown> | undefined)?.prerequisites).filter((value): value is string => typeof value === 'string');
  return {
    file: file.path,
    folder: folderOf(file, collection),
    id: moduleId(collectionPath),
    prerequisites,
    spans: prerequisites.map((_value, index) => spanOfPath(file, ['prerequisites', index])),
  };
}

/** Every cycle in a prerequisite graph, each as a path that ends where it starts. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const walk = (node: string): void => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      if (state.get(next) === 'visiting') cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) walk(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) walk(node);
  return cycles;
}

export const prerequisitesRule: Rule = {
  id: 'prerequisites',
  description: 'Curriculum prerequisites name existing modules and form no cycle.',
  severity: 'error',
  checkFile(file, context, report) {
    const data = file.yaml?.data;
    if (file.kind !== 'page' || file.collection?.id !== 'kurikulum' || !data || typeof data !== 'object') return;
    reportUnknownIds(file, report, listEntries(data as Record<string, unknown>, 'prerequisites'), modulesIn(folderOf(file, file.collection), context), 'module');
    const entry = moduleEntry(file);
    if (entry) context.collect(MODULES, entry);
  },
  async checkProject(context, report) {
    if (!KURIKULUM) return;
    const entries = new Map((context.collected(MODULES) as ModuleEntry[]).map((entry) => [entry.file, entry]));
    // Modules outside this run (a check of some paths only) still close a cycle: read them here.
    for (const page of context.sitePages) {
      if (entries.has(page) || !(page.startsWith(`${KURIKULUM.dir}/`) || page.startsWith(`${KURIKULUM.enDir}/`))) continue;
      const file = await context.file(page);
      const entry = file ? moduleEntry(file) : undefined;
      if (entry) entries.set(page, entry);
    }
    for (const folder of [KURIKULUM.dir, KURIKULUM.enDir]) {
      const inFolder = [...entries.values()].filter((entry) => entry.folder === folder);
      const graph = new Map(inFolder.map((entry) => [entry.id, entry.prerequisites]));
      const byId = new Map(inFolder.map((entry) => [entry.id, entry]));
      for (const cycle of findCycles(graph)) {
        const [first, second] = cycle;
        const entry = first ? byId.get(first) : undefined;
        if (!entry || second === undefined) continue;
        const span = entry.spans[entry.prerequisites.indexOf(second)] ?? {line: 1, column: 1};
        report(entry.file, {...span, message: `Prerequisites form a cycle: ${cycle.join(' → ')}`, hint: 'A module cannot require itself, directly or through others; remove one prerequisite of the cycle.'});
      }
    }
  },
};
