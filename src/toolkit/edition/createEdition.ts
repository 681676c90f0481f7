import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import {createRequire} from 'node:module';
import path from 'node:path';

import {chapterProblemPlace, readChapters} from '../content/readChapters';
import {writeFileAtomic} from '../fs/atomicWrite';
import {editionNameProblem} from './editionName';
import {publishedEditions} from './editionVersions';

/** The files Docusaurus versioning keeps for the master plan (the default docs plugin), relative to the site root. */
export const EDITION_FILES = {
  versions: 'versions.json',
  docs: (name: string) => `versioned_docs/version-${name}`,
  sidebars: (name: string) => `versioned_sidebars/version-${name}-sidebars.json`,
  docsEn: (name: string) => `i18n/en/docusaurus-plugin-content-docs/version-${name}`,
  labelsEn: (name: string) => `i18n/en/docusaurus-plugin-content-docs/version-${name}.json`,
};

/** An edition that could not be created; nothing usable was written. */
export class EditionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EditionError';
  }
}

/** Published editions of the master plan, newest first (Docusaurus's versions.json). */
export async function listEditions(siteDir: string): Promise<string[]> {
  return publishedEditions(siteDir);
}

/** The English label of an edition, shown in the version dropdown and the banner. */
export function englishEditionLabel(name: string): string {
  return `Edition ${name.replace('-', '–')}`;
}

/**
 * Snapshots the master plan, and only the master plan (not curricula or
 * consultations), as edition `name`: `docusaurus docs:version` copies
 * docs/rencana-induk/ and its English translation, and the sidebar. The
 * English version label is then set (Docusaurus copies the draft's "Draft").
 * Returns the paths created, relative to the site root.
 */
export async function createEdition(siteDir: string, name: string): Promise<string[]> {
  const problem = editionNameProblem(name);
  if (problem) throw new EditionError(problem);
  const existing = await listEditions(siteDir);
  if (existing.includes(name) || existsSync(path.join(siteDir, EDITION_FILES.docs(name)))) {
    throw new EditionError(`edition ${name} already exists (${EDITION_FILES.docs(name)}); editions are never replaced, choose a new name`);
  }
  // An edition is frozen: a chapter that cannot be read would be published broken, for good.
  const {problems} = await readChapters(siteDir);
  if (problems.length > 0) {
    const where = problems.map((problem) => `${chapterProblemPlace(problem)}: ${problem.message}`);
    throw new EditionError(`no edition was made; fix these chapters first:\n  ${where.join('\n  ')}`);
  }
  const docusaurus = createRequire(path.join(siteDir, 'package.json')).resolve('@docusaurus/core/bin/docusaurus.mjs');
  const result = spawnSync(process.execPath, [docusaurus, 'docs:version', name], {
    cwd: siteDir,
    encoding: 'utf8',
    env: {...process.env, FORCE_COLOR: '0'},
  });
  if (result.status !== 0) {
    throw new EditionError(`docusaurus docs:version ${name} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`.trim());
  }
  const created = [EDITION_FILES.docs(name), EDITION_FILES.sidebars(name), EDITION_FILES.docsEn(name), EDITION_FILES.labelsEn(name)];
  const missing = created.filter((file) => !existsSync(path.join(siteDir, file)));
  if (missing.length > 0) throw new EditionError(`docusaurus docs:version ${name} did not create ${missing.join(', ')}`);

  const labelsFile = path.join(siteDir, EDITION_FILES.labelsEn(name));
  const labels = JSON.parse(await readFile(labelsFile, 'utf8')) as Record<string, {message: string; description?: string}>;
  labels['version.label'] = {message: englishEditionLabel(name), description: `The label for version ${name}`};
  await writeFileAtomic(labelsFile, `${JSON.stringify(labels, null, 2)}\n`);
  return [EDITION_FILES.versions, ...created];
}
