import {readFileSync} from 'node:fs';
import path from 'node:path';

import {globSync} from 'tinyglobby';

import {BUILD_DIR} from './paths';

/** Every built HTML page, as paths relative to the build folder. */
export function builtPages(): string[] {
  return globSync('**/*.html', {cwd: BUILD_DIR}).sort();
}

/** A built file's text. */
export function readBuilt(relativePath: string): string {
  return readFileSync(path.join(BUILD_DIR, relativePath), 'utf8');
}

/** The built HTML file for a route such as `/en/kurikulum/`. */
export function pageForRoute(route: string): string {
  return path.posix.join(route.replace(/^\//, ''), 'index.html');
}

/**
 * A PDF's revision in the offline copy's list (`sw.js`, scripts/postbuild/offlinePrecache.ts): the MD5 of
 * the PDF, which follows its creation time, so it is the one timestamp-borne difference in that file.
 */
const PDF_REVISION = /("url":"[^"]*\.pdf","revision":")[0-9a-f]+"/g;

/** A built file's bytes, timestamps aside (see {@link PDF_REVISION}), to compare two builds (warm and cold). */
export function comparableBuiltFile(file: string): Buffer {
  const bytes = readFileSync(file);
  return path.basename(file) === 'sw.js' ? Buffer.from(bytes.toString('utf8').replace(PDF_REVISION, '$1<pdf>"')) : bytes;
}
