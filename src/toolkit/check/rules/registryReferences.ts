/**
 * `registry-references`: every id a page's frontmatter gives exists in its
 * registry. Owners, reviewers, approvers and action owners are teams in
 * data/teams.yml or people in data/people.yml; `program` is in
 * data/programs.yml; press authors and tags are in blog/authors.yml and
 * blog/tags.yml.
 *
 * ok: `owners: [rini]` · not-ok: `owners: [rni]` (owners[0]: unknown team or person "rni", did you mean "rini"?)
 */
import {assigneeIds} from '../../../content/assignees';
import {listEntries, listItems, reportUnknownIds, type IdEntry} from '../unknownIds';
import type {Rule} from '../types';

/** Frontmatter lists of planner ids. */
const PLANNER_LISTS = ['owners', 'reviewers', 'approved_by'] as const;

export const registryReferencesRule: Rule = {
  id: 'registry-references',
  description: 'Planners, programs, press authors and tags named in frontmatter exist in their registries.',
  severity: 'error',
  checkFile(file, context, report) {
    const data = file.yaml?.data;
    if (file.kind !== 'page' || !file.collection || !data || typeof data !== 'object') return;
    const fields = data as Record<string, unknown>;
    const {people, teams, programs} = context.registries;
    if (people || teams) {
      const planners: IdEntry[] = PLANNER_LISTS.flatMap((field) => listEntries(fields, field));
      listItems(fields.actions).forEach((action, index) => planners.push([['actions', index, 'owner'], (action as Record<string, unknown> | null)?.owner]));
      reportUnknownIds(file, report, planners, assigneeIds(context.registries), 'team or person');
    }
    if (programs && fields.program !== undefined) reportUnknownIds(file, report, [[['program'], fields.program]], new Set(Object.keys(programs)), 'program');
    if (file.collection.id === 'siaran-pers') {
      reportUnknownIds(file, report, listEntries(fields, 'authors'), context.blogAuthors, 'author (blog/authors.yml)');
      reportUnknownIds(file, report, listEntries(fields, 'tags'), context.blogTags, 'tag (blog/tags.yml)');
    }
  },
};
