import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {parseDocument} from 'yaml';

import {formatIssues, milestoneYear, timelineRegistrySchema, type TimelineRegistry} from '../../content';
import {RegistryError} from '../../toolkit/content/registries';
import type {TimelineEntry} from '../../content/siteData/readers';

/** Where the cooperation timeline lives, relative to the site root. */
export const TIMELINE_FILE = 'data/timeline.yml';

/** Parses and validates the timeline registry's text; throws a {@link RegistryError} naming the file. */
export function parseTimeline(text: string, file = TIMELINE_FILE): TimelineRegistry {
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new RegistryError(file, document.errors.map((error) => error.message));
  const data: unknown = document.toJS();
  const result = timelineRegistrySchema.safeParse(data);
  if (!result.success) throw new RegistryError(file, formatIssues(timelineRegistrySchema, data, result.error.issues));
  return result.data;
}

/** Reads data/timeline.yml. */
export async function loadTimeline(siteDir: string): Promise<TimelineRegistry> {
  return parseTimeline(await readFile(path.join(siteDir, TIMELINE_FILE), 'utf8'));
}

/**
 * The milestones in one locale's language, oldest first. Within a year the
 * file's order stands: a span that starts with an event (the Center's operation
 * after its inauguration) comes after it.
 */
export function timelineEntries(registry: TimelineRegistry, locale: 'id' | 'en'): TimelineEntry[] {
  return [...registry.milestones]
    .sort((a, b) => milestoneYear(a) - milestoneYear(b) || (a.date && b.date ? a.date.localeCompare(b.date) : 0))
    .map((milestone) => ({
      when: milestone.date ?? `${milestone.from}/${milestone.to}`,
      event: milestone.event[locale],
      ...(milestone.place ? {place: milestone.place[locale]} : {}),
    }));
}
