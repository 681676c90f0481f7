/**
 * Owners, reviewers, approvers and action owners name a team (data/teams.yml)
 * or a person (data/people.yml): the one place that resolves such an id.
 * Type imports only, so components and plugins can use it without zod.
 */
import type {PeopleRegistry, TeamsRegistry} from './schemas/registries';

/** The registries an assignee id is looked up in; either may be missing (a registry that failed to load). */
export interface AssigneeRegistries {
  people?: PeopleRegistry;
  teams?: TeamsRegistry;
}

/** Every id an owner, reviewer, approver or action owner may use. */
export function assigneeIds(registries: AssigneeRegistries): Set<string> {
  return new Set([...Object.keys(registries.teams ?? {}), ...Object.keys(registries.people ?? {})]);
}

/** Id -> name in the page's language: a team's name in `locale`, a person's full name. */
export function assigneeNames(registries: AssigneeRegistries, locale: 'id' | 'en'): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(registries.people ?? {}).map(([id, person]) => [id, person.name])),
    ...Object.fromEntries(Object.entries(registries.teams ?? {}).map(([id, team]) => [id, team.name[locale]])),
  };
}
