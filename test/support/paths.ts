import path from 'node:path';

/** The site root (this repository). */
export const SITE_DIR = path.resolve(__dirname, '..', '..');
/** Where the production build is written and read. */
export const BUILD_DIR = process.env.BUILD_DIR ? path.resolve(process.env.BUILD_DIR) : path.join(SITE_DIR, 'build');
/** The build's console output, kept for the "no warnings" test. */
export const BUILD_LOG = path.join(BUILD_DIR, '..', '.build-log.txt');
