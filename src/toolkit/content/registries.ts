import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {parseDocument} from 'yaml';
import type {z} from 'zod';

import {
  formatIssues,
  glossaryRegistrySchema,
  peopleRegistrySchema,
  programsRegistrySchema,
  teamsRegistrySchema,
  type GlossaryRegistry,
  type PeopleRegistry,
  type ProgramsRegistry,
  type TeamsRegistry,
} from '../../content';

/** The registries planners edit, as data files under `data/`. */
export interface Registries {
  people: PeopleRegistry;
  /** Teams that stand in for people until the ministries name them; one id namespace with `people`. */
  teams: TeamsRegistry;
  programs: ProgramsRegistry;
  glossary: GlossaryRegistry;
}

/** Where each registry lives, relative to the site root. */
export const REGISTRY_FILES = {
  people: 'data/people.yml',
  teams: 'data/teams.yml',
  programs: 'data/programs.yml',
  glossary: 'data/glossary.yml',
} as const;

/** A registry file that could not be read or does not match its schema. */
export class RegistryError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
    this.name = 'RegistryError';
  }
}

async function readRegistry<S extends z.ZodType>(siteDir: string, file: string, schema: S): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(path.join(siteDir, file), 'utf8');
  } catch (error) {
    // A site from before the teams registry (issue 15) has no teams: nobody can name one, and the references check says so.
    if (file === REGISTRY_FILES.teams && (error as NodeJS.ErrnoException).code === 'ENOENT') return schema.parse({});
    throw error;
  }
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    throw new RegistryError(file, document.errors.map((error) => error.message));
  }
  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) throw new RegistryError(file, formatIssues(schema, data, result.error.issues));
  return result.data;
}

/**
 * Reads and validates all registries; throws a {@link RegistryError} naming the
 * file on bad data, or when a team and a person share an id (an owner id must
 * name one of them).
 */
export async function loadRegistries(siteDir: string): Promise<Registries> {
  const [people, teams, programs, glossary] = await Promise.all([
    readRegistry(siteDir, REGISTRY_FILES.people, peopleRegistrySchema),
    readRegistry(siteDir, REGISTRY_FILES.teams, teamsRegistrySchema),
    readRegistry(siteDir, REGISTRY_FILES.programs, programsRegistrySchema),
    readRegistry(siteDir, REGISTRY_FILES.glossary, glossaryRegistrySchema),
  ]);
  const shared = Object.keys(teams).filter((id) => Object.hasOwn(people, id));
  if (shared.length > 0) {
    throw new RegistryError(REGISTRY_FILES.teams, shared.map((id) => `"${id}" is also a person in ${REGISTRY_FILES.people}; give the team another id`));
  }
  return {people, teams, programs, glossary};
}
