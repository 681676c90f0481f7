/** Frontmatter values that must name something that exists (a planner, a program, a module), reported where they are written. */
import {didYouMean, formatPath} from '../../content';
import {spanOfPath} from './yamlPosition';
import type {ParsedFile, Report} from './types';

/** A frontmatter path and the value written there (`[['owners', 1], 'rni']`). */
export type IdEntry = [PropertyKey[], unknown];

/** The items of a frontmatter list, or none when the field is not a list (the schema rule reports that). */
export function listItems(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The entries of a list field, each at its index (`owners[0]`, `owners[1]`). */
export function listEntries(data: Record<string, unknown>, field: string): IdEntry[] {
  return listItems(data[field]).map((value, index) => [[field, index], value]);
}

/** Reports each string value that is not in `known`, at the value, with the closest known id. */
export function reportUnknownIds(file: ParsedFile, report: Report, entries: readonly IdEntry[], known: ReadonlySet<string>, what: string): void {
  for (const [keyPath, value] of entries) {
    if (typeof value !== 'string' || known.has(value)) continue;
    const guess = didYouMean(value, known);
    report({
      ...spanOfPath(file, keyPath),
      message: `${formatPath(keyPath)}: unknown ${what} "${value}"${guess ? `, did you mean "${guess}"?` : ''}`,
    });
  }
}
