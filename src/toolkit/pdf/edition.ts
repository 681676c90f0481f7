import {existsSync} from 'node:fs';
import path from 'node:path';

import {COLLECTIONS} from '../../content/collections';
import {publishedEditions} from '../edition/editionVersions';
import {PdfError} from './errors';
import {localePrefix, type PdfLocale} from './locales';

const masterPlan = COLLECTIONS.find((collection) => collection.id === 'rencana-induk')!;

/** Where one edition of the master plan comes from and where the build serves it. */
export interface EditionSource {
  /** Edition name (a Docusaurus docs version); undefined for the current, unreleased text. */
  name?: string;
  /** Folder of the Indonesian chapters. */
  sourceDir: string;
  /** Folder of the English translations (missing files fall back to Indonesian, as on the site). */
  translatedDir: string;
  /** URL of the edition, e.g. `/rencana-induk/` or `/rencana-induk/2025/`. */
  versionRoute: string;
}

/** The editions a site has released, newest first (one reader of versions.json for the site, the PDF and the CLI). */
export const listEditions = publishedEditions;

/** `--edition` names no published edition: the error says which there are. */
export function unknownEditionError(edition: string, editions: readonly string[]): PdfError {
  const known = editions.length > 0 ? `Known editions: ${editions.join(', ')}.` : 'This site has no editions yet (no versions.json); leave out --edition for the current text.';
  return new PdfError(`No edition "${edition}" of the master plan. ${known}`);
}

/**
 * Finds an edition's sources and its URL in the build. Editions are Docusaurus
 * docs versions (`versioned_docs/version-<name>/`), served at
 * `/rencana-induk/<name>/`, or at `/rencana-induk/` when it is the latest one.
 * Throws a {@link PdfError} naming the known editions when `edition` is not one.
 */
export function resolveEdition(options: {siteDir: string; buildDir: string; locale: PdfLocale; edition?: string}): EditionSource {
  const {siteDir, buildDir, locale, edition} = options;
  const base = masterPlan.route;
  const builtAt = (route: string) => existsSync(path.join(buildDir, localePrefix(locale), route, 'index.html'))
    || existsSync(path.join(buildDir, localePrefix(locale), route));
  const editions = listEditions(siteDir);
  if (edition === undefined) {
    // With released editions, Docusaurus serves the unreleased text at /next/.
    const versionRoute = editions.length > 0 && builtAt(`${base}next/`) ? `${base}next/` : base;
    return {
      sourceDir: path.join(siteDir, masterPlan.dir),
      translatedDir: path.join(siteDir, masterPlan.enDir),
      versionRoute,
    };
  }
  if (!editions.includes(edition)) throw unknownEditionError(edition, editions);
  const own = `${base}${edition}/`;
  const versionRoute = builtAt(own) ? own : edition === editions[0] && builtAt(base) ? base : undefined;
  if (versionRoute === undefined) {
    throw new PdfError(`The build has no pages for edition "${edition}" at ${own}. Run \`npm run build\` first.`);
  }
  return {
    name: edition,
    sourceDir: path.join(siteDir, 'versioned_docs', `version-${edition}`),
    translatedDir: path.join(siteDir, path.dirname(masterPlan.enDir), `version-${edition}`),
    versionRoute,
  };
}
