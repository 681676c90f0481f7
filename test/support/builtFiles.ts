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
