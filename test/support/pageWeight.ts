import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';

import {BUILD_DIR} from './paths';
import type {SiteBrowser} from './siteBrowser';

/** The JavaScript a page ran: every script it loaded, lazy chunks included, and their gzipped total. */
export interface ScriptWeight {
  scripts: Array<{path: string; gzipBytes: number}>;
  /** Sum of the scripts' gzipped sizes, in KB (1 KB = 1,024 bytes). */
  totalKb: number;
}

/**
 * Gzipped size of a built file, at gzip's default level 6 (what nginx,
 * Apache and most CDNs use when they compress on the fly).
 */
function gzippedSize(urlPath: string): number {
  return gzipSync(readFileSync(path.join(BUILD_DIR, decodeURIComponent(urlPath)))).length;
}

/**
 * Loads a page in the browser and weighs the scripts it executed: the entry
 * bundles plus every chunk loaded until the network went quiet. Link
 * prefetches of other pages' chunks are not scripts the page runs and are
 * not counted.
 */
export async function measureScriptWeight(site: SiteBrowser, urlPath: string): Promise<ScriptWeight> {
  const visit = await site.visit(urlPath);
  const scripts = [...new Set(visit.scripts)].sort().map((script) => ({path: script, gzipBytes: gzippedSize(script)}));
  const totalBytes = scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  return {scripts, totalKb: Math.round((totalBytes / 1024) * 10) / 10};
}
