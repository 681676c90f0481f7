/** Which files the checker looks at, and what each one is. */
import {statSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {COLLECTIONS} from '../../content';
import {REGISTRY_FILES} from '../content/registries';
import type {ParsedFile} from './types';

/** Blog registries that Docusaurus reads (keys referenced by press posts). */
export const BLOG_REGISTRY_FILES = {authors: 'blog/authors.yml', tags: 'blog/tags.yml'} as const;

const REGISTRIES = new Set<string>([...Object.values(REGISTRY_FILES), ...Object.values(BLOG_REGISTRY_FILES)]);
const PAGE = /\.mdx?$/;

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}

/** Every page of every collection in both languages, posix paths relative to the site root. */
export function listSitePages(siteDir: string): string[] {
  const patterns = COLLECTIONS.flatMap((collection) => [`${collection.dir}/**/*.{md,mdx}`, `${collection.enDir}/**/*.{md,mdx}`]);
  return globSync(patterns, {cwd: siteDir}).sort();
}

/** The files a full check covers: all pages and the registries. */
export function listDefaultFiles(siteDir: string): string[] {
  return [...REGISTRIES, ...listSitePages(siteDir)];
}

/**
 * Whether a full check covers this file (posix, relative to the site root):
 * a registry, or a page {@link listSitePages} would list (the glob skips
 * files and folders whose name starts with a dot).
 */
export function isCheckedFile(relative: string): boolean {
  if (REGISTRIES.has(relative)) return true;
  if (!PAGE.test(relative) || relative.split('/').some((segment) => segment.startsWith('.'))) return false;
  return COLLECTIONS.some((collection) => relative.startsWith(`${collection.dir}/`) || relative.startsWith(`${collection.enDir}/`));
}

/**
 * Expands the paths a user named (files or folders, relative to `cwd`) into
 * files relative to the site root. A folder means its pages and YAML files; a
 * file is checked whatever it is (a binary file gets a diagnostic).
 */
export function expandPaths(siteDir: string, cwd: string, paths: readonly string[]): {files: string[]; missing: string[]} {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let stats;
    try {
      stats = statSync(absolute);
    } catch {
      missing.push(given);
      continue;
    }
    if (stats.isDirectory()) {
      for (const file of globSync('**/*.{md,mdx,yml,yaml}', {cwd: absolute, ignore: ['**/node_modules/**']})) {
        files.add(toPosix(path.relative(siteDir, path.join(absolute, file))));
      }
    } else {
      files.add(toPosix(path.relative(siteDir, absolute)));
    }
  }
  return {files: [...files].sort(), missing};
}

/** An unparsed {@link ParsedFile}: what the path says the file is. */
export function describeFile(siteDir: string, relative: string): ParsedFile {
  const absolutePath = path.join(siteDir, relative);
  const isPage = PAGE.test(relative);
  const base: ParsedFile = {
    path: relative,
    absolutePath,
    kind: REGISTRIES.has(relative) ? 'registry' : isPage ? 'page' : /\.ya?ml$/.test(relative) ? 'other' : isPage ? 'page' : 'other',
    locale: relative.startsWith('i18n/en/') ? 'en' : 'id',
    mdx: relative.endsWith('.mdx'),
  };
  if (!isPage) return base;
  for (const collection of COLLECTIONS) {
    for (const [dir, locale] of [[collection.dir, 'id'], [collection.enDir, 'en']] as const) {
      if (relative.startsWith(`${dir}/`)) {
        return {...base, collection, collectionPath: relative.slice(dir.length + 1), locale};
      }
    }
  }
  return base;
}
