/**
 * The versions a redline compares: a git commit, the working tree, or a
 * published edition of the master plan (`versioned_docs/version-<name>/`).
 * Each is read the same way: list its content files, read many at once.
 */
import {existsSync} from 'node:fs';
import {readFile} from 'node:fs/promises';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {EDITION_FILES, listEditions} from '../edition/createEdition';
import {filesAtRevision, isShallowRepository, readAtRevision, repositoryPrefix, resolveBase, resolveCommit, ShallowCloneError, UnknownBaseError, DEFAULT_UPSTREAM, type BaseSource} from '../history/changeSet';
import {gitOutput} from '../history/git';
import {contentFolders, REDLINE_COLLECTIONS, type RedlineCollectionId} from './contentFiles';

/** What `--base` / `--head` name: a git ref, the working tree (`worktree`), or an edition (`edition:2016-2019`). */
export type VersionSpec = {kind: 'ref'; ref: string} | {kind: 'worktree'} | {kind: 'edition'; name: string};

/** The word that names the working tree on the command line. */
export const WORKTREE = 'worktree';
const EDITION_PREFIX = 'edition:';

/** Reads a command-line version: `worktree`, `edition:<name>`, or any git ref. */
export function parseVersionSpec(text: string): VersionSpec {
  if (text === WORKTREE) return {kind: 'worktree'};
  if (text.startsWith(EDITION_PREFIX)) return {kind: 'edition', name: text.slice(EDITION_PREFIX.length)};
  return {kind: 'ref', ref: text};
}

/** The edition named is not published (not in versions.json, or its folder is missing). */
export class UnknownEditionError extends Error {
  constructor(
    readonly edition: string,
    published: readonly string[],
  ) {
    super(
      `Unknown edition "${edition}": ${published.length === 0 ? 'this site has published no edition yet' : `the published editions are ${published.join(', ')}`} (versions.json). ` +
        'Name one of them as edition:<name>, or compare with a git ref.',
    );
    this.name = 'UnknownEditionError';
  }
}

/** One version, resolved: what it is called, and how to read its content files. */
export interface Version {
  spec: VersionSpec;
  /** For people: `main (merge base with origin/main, 1a2b3c4)`, `working tree`, `edition 2016-2019`. */
  label: string;
  /** The commit, for a git version. */
  commit?: string;
  /** How a default base was chosen (history/changeSet.ts). */
  source?: BaseSource;
  /** The collections this version holds: an edition holds only the master plan. */
  collections: readonly RedlineCollectionId[];
  /** Every content file of `collections`, as site-relative paths where the draft keeps them (`docs/rencana-induk/x.md`). */
  list(): Promise<string[]>;
  /** The text of each file (site-relative draft paths), `undefined` where it does not exist. */
  read(files: readonly string[]): Promise<Map<string, string | undefined>>;
}

const ALL_COLLECTIONS = REDLINE_COLLECTIONS.map((collection) => collection.id);
const short = (commit: string) => commit.slice(0, 7);

async function readFromDisk(root: string, files: readonly string[]): Promise<Map<string, string | undefined>> {
  const texts = await Promise.all(files.map((file) => readFile(path.join(root, file), 'utf8').catch(() => undefined)));
  return new Map(files.map((file, index) => [file, texts[index]]));
}

function listOnDisk(siteDir: string, folders: readonly string[]): string[] {
  return folders.flatMap((folder) => globSync('**/*.{md,mdx}', {cwd: path.join(siteDir, folder)}).map((file) => `${folder}/${file}`)).sort();
}

function worktreeVersion(siteDir: string): Version {
  return {
    spec: {kind: 'worktree'},
    label: 'working tree',
    collections: ALL_COLLECTIONS,
    list: async () => listOnDisk(siteDir, contentFolders(ALL_COLLECTIONS)),
    read: (files) => readFromDisk(siteDir, files),
  };
}

function commitVersion(siteDir: string, prefix: string, spec: VersionSpec, commit: string, label: string, source?: BaseSource): Version {
  return {
    spec,
    label,
    commit,
    ...(source ? {source} : {}),
    collections: ALL_COLLECTIONS,
    list: () => filesAtRevision(siteDir, commit, contentFolders(ALL_COLLECTIONS)),
    read: (files) => readAtRevision(siteDir, prefix, commit, files),
  };
}

/** The draft's folders of the master plan and where edition `name` keeps the same pages. */
function editionFolders(name: string): [draft: string, edition: string][] {
  const masterPlan = REDLINE_COLLECTIONS.find((collection) => collection.id === 'rencana-induk')!;
  return [
    [masterPlan.dir, EDITION_FILES.docs(name)],
    [masterPlan.enDir, EDITION_FILES.docsEn(name)],
  ];
}

/** Where edition `name` keeps the draft's page `file` (`docs/rencana-induk/x.md` → `versioned_docs/version-2016/x.md`); `undefined` for pages an edition does not hold. */
export function editionFileOf(file: string, name: string): string | undefined {
  for (const [draft, edition] of editionFolders(name)) if (file.startsWith(`${draft}/`)) return `${edition}${file.slice(draft.length)}`;
  return undefined;
}

/**
 * A published edition: its files live in `versioned_docs/version-<name>/`
 * (Indonesian) and `i18n/en/…/version-<name>/` (English), and are read from
 * the working tree under the draft's paths, so they pair with the draft's files.
 */
async function editionVersion(siteDir: string, name: string): Promise<Version> {
  const published = await listEditions(siteDir);
  if (!published.includes(name) || !existsSync(path.join(siteDir, EDITION_FILES.docs(name)))) throw new UnknownEditionError(name, published);
  return {
    spec: {kind: 'edition', name},
    label: `edition ${name}`,
    collections: ['rencana-induk'],
    list: async () => editionFolders(name).flatMap(([draft, edition]) => listOnDisk(siteDir, [edition]).map((file) => `${draft}${file.slice(edition.length)}`)).sort(),
    read: async (files) => {
      const held = files.flatMap((file) => {
        const onDisk = editionFileOf(file, name);
        return onDisk === undefined ? [] : [[file, onDisk] as const];
      });
      const texts = await readFromDisk(siteDir, held.map(([, onDisk]) => onDisk));
      const byDraftPath = new Map(held.map(([file, onDisk]) => [file, texts.get(onDisk)]));
      return new Map(files.map((file) => [file, byDraftPath.get(file)]));
    },
  };
}

/**
 * A git ref as a version. An unknown ref throws {@link UnknownBaseError}, or
 * {@link ShallowCloneError} when the clone is shallow (the ref may simply not
 * have been fetched). Without a ref (the default base), the merge base with
 * origin/main; in a shallow clone where origin/main exists but the merge base
 * was not fetched, that is an error too, rather than a silent comparison with HEAD.
 */
async function refVersion(siteDir: string, ref: string | undefined, role: 'base' | 'head'): Promise<Version> {
  const prefix = await repositoryPrefix(siteDir);
  try {
    if (role === 'head') {
      const commit = await resolveCommit(siteDir, ref!, 'head');
      return commitVersion(siteDir, prefix, {kind: 'ref', ref: ref!}, commit, `${ref} (${short(commit)})`);
    }
    const base = await resolveBase(siteDir, ref);
    if (base.source === 'HEAD' && (await isShallowRepository(siteDir)) && (await gitOutput(siteDir, ['rev-parse', '--verify', '--quiet', DEFAULT_UPSTREAM])) !== undefined) {
      throw new ShallowCloneError(undefined);
    }
    const name = ref ?? (base.source === 'merge-base' ? `merge base with ${DEFAULT_UPSTREAM}` : base.source);
    return commitVersion(siteDir, prefix, {kind: 'ref', ref: ref ?? base.commit}, base.commit, `${name} (${short(base.commit)})`, base.source);
  } catch (error) {
    if (error instanceof UnknownBaseError && (await isShallowRepository(siteDir))) throw new ShallowCloneError(error.ref);
    throw error;
  }
}

/**
 * Resolves a version to read. `undefined` is the default: the merge base
 * with origin/main (else HEAD) for the base, the working tree for the head.
 */
export async function openVersion(siteDir: string, spec: VersionSpec | undefined, role: 'base' | 'head'): Promise<Version> {
  if (spec === undefined) return role === 'head' ? worktreeVersion(siteDir) : refVersion(siteDir, undefined, 'base');
  switch (spec.kind) {
    case 'worktree':
      return worktreeVersion(siteDir);
    case 'edition':
      return editionVersion(siteDir, spec.name);
    case 'ref':
      return refVersion(siteDir, spec.ref, role);
  }
}
