/**
 * `schema`: frontmatter against its collection's schema, and the registries
 * against theirs, with friendly messages at the exact key or value.
 *
 * ok: `status: draft` · not-ok: `stauts: draft` (Unknown key "stauts", did you mean "status"?)
 */
import type {z} from 'zod';

import {friendlyIssues, glossaryRegistrySchema, peopleRegistrySchema, programsRegistrySchema, schemaForPage, teamsRegistrySchema} from '../../../content';
import {REGISTRY_FILES} from '../../content/registries';
import {NOT_FIELDS_MESSAGE} from '../../content/frontmatter';
import {spanOfPath} from '../yamlPosition';
import type {Report, Rule} from '../types';

const REGISTRY_SCHEMAS: Record<string, z.ZodType> = {
  [REGISTRY_FILES.people]: peopleRegistrySchema,
  [REGISTRY_FILES.teams]: teamsRegistrySchema,
  [REGISTRY_FILES.programs]: programsRegistrySchema,
  [REGISTRY_FILES.glossary]: glossaryRegistrySchema,
};

export const schemaRule: Rule = {
  id: 'schema',
  description: 'Frontmatter and registries match their schema; unknown keys are errors.',
  severity: 'error',
  checkFile(file, _context, report: Report) {
    // Unreadable files and YAML syntax errors are already reported by the parser.
    if (file.text === undefined) return;
    let schema: z.ZodType | undefined;
    if (file.kind === 'registry') schema = REGISTRY_SCHEMAS[file.path];
    else if (file.kind === 'page' && file.collection && file.collectionPath) {
      schema = schemaForPage(file.collection, file.collectionPath);
      if (!file.yaml) {
        report({line: 1, column: 1, message: 'Page has no frontmatter', hint: 'Start the file with ---, the fields its collection needs (see README "Writing content"), and ---.'});
        return;
      }
    }
    if (!schema || !file.yaml || (file.yaml.document.errors.length > 0)) return;
    const data = file.yaml.data ?? {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      report({...spanOfPath(file, []), message: NOT_FIELDS_MESSAGE});
      return;
    }
    const result = schema.safeParse(data);
    if (result.success) return;
    for (const issue of friendlyIssues(schema, data, result.error.issues)) {
      report({...spanOfPath(file, issue.path, {key: issue.unknownKey}), message: issue.message});
    }
  },
};
