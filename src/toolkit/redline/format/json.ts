import type {RedlineReport} from '../types';

/**
 * The report as JSON: {@link RedlineReport} in src/toolkit/redline/types.ts,
 * whose `version` is raised when a field changes meaning or disappears.
 * Every block is there, unchanged ones too, so a program can rebuild both texts.
 */
export function formatJson(report: RedlineReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
