import {readFile} from 'node:fs/promises';
import path from 'node:path';

/** Where GitHub reads code owners from, relative to the site root. */
export const CODEOWNERS_PATH = '.github/CODEOWNERS';

/**
 * Who owns a chapter when none of its owners has a GitHub handle in
 * data/teams.yml or data/people.yml, and who owns everything that is not a chapter.
 * Override it in package.json: `"masterplan": {"codeownersFallback": "@org/team"}`.
 */
export const DEFAULT_FALLBACK_OWNER = '@panrb-egov/perencana';

const OWNER_PATTERN = /^@[A-Za-z0-9-]+(\/[A-Za-z0-9._-]+)?$/;

/** Whether a string is a GitHub user (`@name`) or team (`@org/team`). */
export function isGitHubOwner(value: string): boolean {
  return OWNER_PATTERN.test(value);
}

/** The fallback owner configured in the site's package.json, or the default. Throws on a malformed value. */
export async function readFallbackOwner(siteDir: string): Promise<string> {
  let configured: unknown;
  try {
    const pkg = JSON.parse(await readFile(path.join(siteDir, 'package.json'), 'utf8')) as {masterplan?: {codeownersFallback?: unknown}};
    configured = pkg.masterplan?.codeownersFallback;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_FALLBACK_OWNER;
    throw error;
  }
  if (configured === undefined) return DEFAULT_FALLBACK_OWNER;
  if (typeof configured !== 'string' || !isGitHubOwner(configured)) {
    throw new Error(`package.json: masterplan.codeownersFallback must be a GitHub user or team such as "${DEFAULT_FALLBACK_OWNER}", got ${JSON.stringify(configured)}`);
  }
  return configured;
}
