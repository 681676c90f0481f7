import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {parseDocument} from 'yaml';
import type {z} from 'zod';

import {
  formatIssues,
  glossaryRegistrySchema,
  peopleRegistrySchema,
  programsRegistrySchema,
  type GlossaryRegistry,
  type PeopleRegistry,
  type ProgramsRegistry,
} from '../../content';

/** The registries planners edit, as data files under `data/`. */
export interface Registries {
  people: PeopleRegistry;
  programs: ProgramsRegistry;
  glossary: GlossaryRegistry;
}

/** Where each registry lives, relative to the site root. */
export const REGISTRY_FILES = {
  people: 'data/people.yml',
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
  const text = await readFile(path.join(siteDir, file), 'utf8');
  const document = parseDocument(text);
  if (document.errors.length > 0) {
    throw new RegistryError(file, document.errors.map((error) => error.message));
  }
  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) throw new RegistryError(file, formatIssues(schema, data, result.error.issues));
  return result.data;
}

/** Reads and validates all registries; throws a {@link RegistryError} naming the file on bad data. */
export async function loadRegistries(siteDir: string): Promise<Registries> {
  const [people, programs, glossary] = await Promise.all([
    readRegistry(siteDir, REGISTRY_FILES.people, peopleRegistrySchema),
    readRegistry(siteDir, REGISTRY_FILES.programs, programsRegistrySchema),
    readRegistry(siteDir, REGISTRY_FILES.glossary, glossaryRegistrySchema),
  ]);
  return {people, programs, glossary};
}
