import {formatIssues, moduleSchema} from '../../content';
import {FrontMatterError, isOverview, type LoadedDoc} from './docs';
import {MODULE_LEVELS} from '../../content/levels';
import type {CurriculumModule} from '../../content/siteData/readers';

/**
 * The curriculum modules of one locale, from the `kurikulum` docs: every doc but
 * the overview, validated against the module schema, in level then sidebar order.
 * Throws a {@link FrontMatterError} naming the file when a module is invalid or
 * names a prerequisite that does not exist.
 */
export function gatherModules(docs: readonly LoadedDoc[]): CurriculumModule[] {
  const members = docs.filter((doc) => !isOverview(doc));
  const modules = members.map((doc) => {
    const parsed = moduleSchema.safeParse(doc.frontMatter);
    if (!parsed.success) {
      throw new FrontMatterError(doc.source, formatIssues(moduleSchema, doc.frontMatter, parsed.error.issues));
    }
    const module = parsed.data;
    return {
      sort: module.sidebar_position ?? Number.POSITIVE_INFINITY,
      value: {
        id: doc.id,
        title: doc.title,
        permalink: doc.permalink,
        status: module.status,
        level: module.level,
        hours: module.duration_hours,
        objectives: module.objectives,
        prerequisites: module.prerequisites,
      } satisfies CurriculumModule,
      source: doc.source,
    };
  });
  const ids = new Set(modules.map(({value}) => value.id));
  for (const {value, source} of modules) {
    const unknown = value.prerequisites.filter((id) => !ids.has(id));
    if (unknown.length > 0) {
      throw new FrontMatterError(source, [`prerequisites: unknown module ${unknown.map((id) => `"${id}"`).join(', ')}; use the file name of a module in the same folder`]);
    }
  }
  return modules
    .sort(
      (a, b) =>
        MODULE_LEVELS.indexOf(a.value.level) - MODULE_LEVELS.indexOf(b.value.level) ||
        a.sort - b.sort ||
        a.value.id.localeCompare(b.value.id),
    )
    .map(({value}) => value);
}

