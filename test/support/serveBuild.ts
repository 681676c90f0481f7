import {serveDirectory, type DirectoryServer} from '../../src/toolkit/server/serveDirectory';
import {BUILD_DIR} from './paths';

/** A static server over the production build, as a static host would serve it. */
export type BuildServer = DirectoryServer;

/** Serves build/ on a free loopback port. Headers come from `headers`, e.g. a CSP. */
export async function serveBuild(options: {dir?: string; headers?: Record<string, string>} = {}): Promise<BuildServer> {
  return serveDirectory(options.dir ?? BUILD_DIR, options.headers);
}
